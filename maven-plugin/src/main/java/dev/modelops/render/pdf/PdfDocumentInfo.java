package dev.modelops.render.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a PDF says about itself in its document information and XMP metadata: the title, the subject (for a model
 * card, which model and version), keywords, the author (the project whose build wrote it) and the instant it is
 * dated with: the run's "as of" instant, never the wall clock, so that two builds give the same bytes.
 */
public record PdfDocumentInfo(String title, String subject, List<String> keywords, String author, Instant date) {

    public PdfDocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
    }

    /** The keywords as the {@code Keywords} entry writes them: separated by commas. */
    public String keywordText() {
        return String.join(", ", keywords);
    }
}
