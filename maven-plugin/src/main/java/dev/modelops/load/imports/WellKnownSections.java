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

    private final List<MarkdownSections.Section> sections;
    /** The sections' titles as {@link #normalize} writes them, once for the four fields. */
    private final List<String> titles;

    private WellKnownSections(List<MarkdownSections.Section> sections) {
        this.sections = sections;
        this.titles = sections.stream().map(section -> normalize(section.title())).toList();
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

    private Optional<Mapped> find(List<String> fieldTitles) {
        Mapped best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < sections.size(); i++) {
            MarkdownSections.Section section = sections.get(i);
            if (section.level() == 0) {
                continue;
            }
            int rank = fieldTitles.indexOf(this.titles.get(i));
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
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.contains("optional")) {
            lower = lower.replace("[optional]", " ").replace("(optional)", " ");
        }
        StringBuilder words = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '&') {
                words.append(words.length() > 0 ? " and" : "and");
                gap = true;
            } else if (Character.isLetterOrDigit(c)) {
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

    /** The text without HTML comments, or empty when nothing but the template's placeholder is left. */
    static Optional<String> content(String text) {
        String withoutComments = text.contains("<!--") ? COMMENT.matcher(text).replaceAll("").strip() : text.strip();
        String meaningful = PLACEHOLDER.matcher(withoutComments).replaceAll("").strip();
        return meaningful.isEmpty() ? Optional.empty() : Optional.of(withoutComments);
    }
}
