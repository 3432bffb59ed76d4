package dev.modelops.load.imports;

import dev.modelops.model.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections of a Hugging Face card that say what a native field says: the model description, its intended
 * use, its out-of-scope uses and its limitations, found by heading among the titles of the Hub's card template
 * ({@code huggingface_hub/templates/modelcard_template.md}) and of the cards the {@code transformers} Trainer writes.
 * Titles are compared ignoring case, punctuation, {@code &} for "and" and an "[optional]" mark. A section whose text,
 * without HTML comments, is empty or only the template's "[More Information Needed]" says nothing and maps to
 * nothing: a blank template must not pass for a documented intended use. When several sections fit one field, the
 * most specific title wins (Direct Use before Uses), then the first in the file.
 */
final class WellKnownSections {

    /** A section mapped onto a field, and the text the field gets (HTML comments removed, trimmed). */
    record Mapped(MarkdownSections.Section section, String text) {

        SourceLocation heading(String file) {
            return new SourceLocation(file, section.line(), 1, "");
        }

        SourceLocation textStart(String file) {
            return new SourceLocation(file, section.textLine(), 1, "");
        }
    }

    /** The titles of each field, most specific first, as {@link #normalize} writes them. */
    static final List<String> DESCRIPTION = List.of("model description");
    static final List<String> INTENDED_USE = List.of("direct use", "intended use", "intended uses",
            "intended uses and limitations", "uses");
    static final List<String> OUT_OF_SCOPE_USE = List.of("out of scope use", "out of scope uses",
            "misuse malicious use and out of scope use", "misuse and out of scope use");
    static final List<String> LIMITATIONS = List.of("bias risks and limitations", "limitations", "risks and limitations",
            "limitations and bias", "limitations and biases", "known limitations");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[?more information needed\\]?\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTIONAL_MARK = Pattern.compile("[\\[(]optional[\\])]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<MarkdownSections.Section> sections;

    private WellKnownSections(List<MarkdownSections.Section> sections) {
        this.sections = sections;
    }

    static WellKnownSections of(List<MarkdownSections.Section> sections) {
        return new WellKnownSections(sections);
    }

    Optional<Mapped> description() {
        return find(DESCRIPTION);
    }

    Optional<Mapped> intendedUse() {
        return find(INTENDED_USE);
    }

    Optional<Mapped> outOfScopeUse() {
        return find(OUT_OF_SCOPE_USE);
    }

    Optional<Mapped> limitations() {
        return find(LIMITATIONS);
    }

    private Optional<Mapped> find(List<String> titles) {
        Mapped best = null;
        int bestRank = Integer.MAX_VALUE;
        for (MarkdownSections.Section section : sections) {
            if (section.level() == 0) {
                continue;
            }
            int rank = titles.indexOf(normalize(section.title()));
            if (rank < 0 || rank >= bestRank) {
                continue;
            }
            Optional<String> text = content(section.text());
            if (text.isPresent()) {
                best = new Mapped(section, text.get());
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code Bias, Risks, and Limitations} as {@code bias risks and limitations}. */
    static String normalize(String title) {
        String lower = title.toLowerCase(Locale.ROOT).replace("&", " and ");
        lower = OPTIONAL_MARK.matcher(lower).replaceAll(" ");
        return NOT_A_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /** The text without HTML comments, or empty when nothing but the template's placeholder is left. */
    static Optional<String> content(String text) {
        String withoutComments = text.contains("<!--") ? COMMENT.matcher(text).replaceAll("").strip() : text.strip();
        String meaningful = PLACEHOLDER.matcher(withoutComments).replaceAll("").strip();
        return meaningful.isEmpty() ? Optional.empty() : Optional.of(withoutComments);
    }
}
