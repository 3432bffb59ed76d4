package dev.modelops.render.html;

import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.render.XmlText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small text conversions every page factory shares: every text taken from an input passes through
 * {@link XmlText#clean(String)} here (the templates escape it), absent values become {@link PageFactory#ABSENT}
 * in a table or {@link PageFactory#NOT_STATED} in a definition list.
 */
final class PageText {

    private PageText() {
    }

    /** A table cell: the cleaned text, or {@link PageFactory#ABSENT}. */
    static String cell(String value) {
        return present(value) ? t(value) : PageFactory.ABSENT;
    }

    /** A labelled value, or {@link PageFactory#NOT_STATED} marked missing. */
    static Detail detail(String label, String value) {
        return present(value) ? new Detail(label, t(value), false) : new Detail(label, PageFactory.NOT_STATED, true);
    }

    /** A labelled value that says {@code whenAbsent} (marked missing) when the input did not state it. */
    static Detail detail(String label, String value, String whenAbsent) {
        return present(value) ? new Detail(label, t(value), false) : new Detail(label, whenAbsent, true);
    }

    /** {@code yes}, {@code no}, or null when not declared. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    /** The non-blank texts, cleaned. */
    static List<String> texts(List<String> texts) {
        return texts.stream().filter(PageText::present).map(PageText::t).toList();
    }

    /** The non-blank texts joined with {@code ", "}, or null when there is none. */
    static String joined(List<String> texts) {
        List<String> present = texts.stream().filter(PageText::present).toList();
        return present.isEmpty() ? null : String.join(", ", present);
    }

    static String names(List<Person> people) {
        return people.stream().map(Person::name).filter(PageText::present).collect(Collectors.joining(", "));
    }

    /** {@code SR 11-7 III.A; EU AI Act Art. 17}. */
    static String references(Rule rule) {
        return rule.references().stream().map(Reference::toString).map(PageText::t).collect(Collectors.joining("; "));
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String t(String text) {
        return XmlText.clean(text);
    }
}
