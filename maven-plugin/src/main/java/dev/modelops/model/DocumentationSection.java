package dev.modelops.model;

/**
 * A section of prose a model's documentation carries that has no field of its own, such as the "Bias, Risks, and
 * Limitations" section of a Hugging Face model card or a Model Card Toolkit "considerations" text: its heading,
 * its text as written (Markdown for the Hugging Face card, plain text otherwise; the reports escape it), the
 * format it came in, and where it is. Kept so that the model card shows everything the team wrote.
 */
public record DocumentationSection(String title, String text, String format, SourceLocation source) {

    /** {@link #format()} of Markdown text. */
    public static final String MARKDOWN = "markdown";
    /** {@link #format()} of plain text. */
    public static final String PLAIN = "text";
}
