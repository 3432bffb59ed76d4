package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.DocumentationSection;
import dev.modelops.model.ModelMetadata;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where on the card a section of imported prose belongs. A Hugging Face card's "Training Data" or
 * "Recommendations", or a Model Card Toolkit card's "Intended users" and "Tradeoffs", say what a section of the
 * card is about, so the card shows them in that section rather than at the end; every other section stays under
 * "Further documentation". Titles are compared as words, ignoring case, punctuation and an "[optional]" mark, among
 * the headings of the Hub's card template and the Toolkit's considerations. A heading without text of its own (a
 * Hugging Face card's "Uses" above its "Direct Use") is only named, with where it is.
 *
 * <p>A section whose whole text is the value of a field of the card (the importer mapped a Hugging Face card's
 * "Direct Use" onto the intended use) is not shown a second time: the card names it and the field it is shown as.
 */
final class DocumentationPlacement {

    /** The sections of the card imported prose can be placed in; {@link #FURTHER} is "Further documentation". */
    enum Place {
        USE, FACTORS, EVALUATION_DATA, TRAINING_DATA, QUANTITATIVE_ANALYSES, CAVEATS, FURTHER
    }

    private static final Map<Place, Set<String>> TITLES = titles();
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * The rows by place, each list in the order read (every place has a list, maybe empty); for each section shown
     * as a field instead a sentence naming both; and the headings without text, each with where it is.
     */
    record Placed(Map<Place, List<CardPage.DocumentationRow>> rows, List<String> shownAsFields,
            List<String> withoutText) {

        List<CardPage.DocumentationRow> at(Place place) {
            return rows.get(place);
        }
    }

    private DocumentationPlacement() {
    }

    private static Map<Place, Set<String>> titles() {
        Map<Place, Set<String>> titles = new EnumMap<>(Place.class);
        titles.put(Place.USE, Set.of("intended users", "primary intended users"));
        titles.put(Place.FACTORS, Set.of("factors", "relevant factors", "evaluation factors"));
        titles.put(Place.EVALUATION_DATA, Set.of("evaluation", "evaluation data", "evaluation datasets", "testing data",
                "testing data factors and metrics", "test data"));
        titles.put(Place.TRAINING_DATA, Set.of("training details", "training data", "training procedure",
                "preprocessing", "training hyperparameters", "speeds sizes times"));
        titles.put(Place.QUANTITATIVE_ANALYSES, Set.of("results", "evaluation results", "quantitative analyses",
                "quantitative analysis"));
        titles.put(Place.CAVEATS, Set.of("recommendations", "tradeoffs", "trade offs", "caveats",
                "caveats and recommendations"));
        return titles;
    }

    /** The place of a section titled {@code title}. */
    static Place of(String title) {
        String words = words(title);
        for (Map.Entry<Place, Set<String>> entry : TITLES.entrySet()) {
            if (entry.getValue().contains(words)) {
                return entry.getKey();
            }
        }
        return Place.FURTHER;
    }

    /**
     * Places the rows of {@code sections} (one row per section, in the same order) on the card of a model with
     * {@code metadata}.
     */
    static Placed place(List<CardPage.DocumentationRow> rows, List<DocumentationSection> sections,
            ModelMetadata metadata) {
        Map<Place, List<CardPage.DocumentationRow>> placed = new EnumMap<>(Place.class);
        for (Place place : Place.values()) {
            placed.put(place, new ArrayList<>());
        }
        Map<String, String> fields = rows.isEmpty() ? Map.of() : fieldTexts(metadata);
        List<String> shownAsFields = new ArrayList<>();
        List<String> withoutText = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CardPage.DocumentationRow row = rows.get(i);
            String text = sections.get(i).text();
            String field = present(text) ? fields.get(normalized(text)) : null;
            if (field != null) {
                shownAsFields.add("\u201c" + row.title() + "\u201d (" + row.source() + ") is shown as " + field + ".");
            } else if (row.blocks().isEmpty()) {
                withoutText.add("\u201c" + row.title() + "\u201d (" + row.source() + ")");
            } else {
                placed.get(of(row.title())).add(row);
            }
        }
        return new Placed(placed, shownAsFields, withoutText);
    }

    /** The texts of the fields an importer maps whole sections onto, normalized, to the field's name in words. */
    private static Map<String, String> fieldTexts(ModelMetadata metadata) {
        Map<String, String> fields = new HashMap<>();
        put(fields, metadata.description(), "the description under Model details");
        put(fields, metadata.intendedUse(), "the intended use");
        metadata.outOfScopeUses().forEach(use -> put(fields, use, "an out-of-scope use"));
        metadata.limitations().forEach(limitation -> put(fields, limitation, "a limitation under Caveats and recommendations"));
        metadata.recommendations().forEach(recommendation -> put(fields, recommendation,
                "a recommendation under Caveats and recommendations"));
        return fields;
    }

    private static void put(Map<String, String> fields, String text, String field) {
        if (present(text)) {
            fields.putIfAbsent(normalized(text), field);
        }
    }

    /** The text without HTML comments, its white space collapsed: as importers write a section into a field. */
    private static String normalized(String text) {
        String cleaned = t(text);
        if (cleaned.contains("<!--")) {
            cleaned = COMMENT.matcher(cleaned).replaceAll(" ");
        }
        return SPACE.matcher(cleaned).replaceAll(" ").strip();
    }

    /** {@code Testing Data, Factors & Metrics [optional]} as {@code testing data factors and metrics}. */
    static String words(String title) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT).replace("[optional]", " ")
                .replace("(optional)", " ").replace("&", " and ");
        StringBuilder words = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                gap = false;
                words.append(c);
            } else {
                gap = true;
            }
        }
        return words.toString();
    }
}
