package dev.modelops.render;

import java.nio.file.Path;

/**
 * How the reports are rendered, beyond what the governance result holds.
 *
 * @param pdf                whether the archival PDFs ({@code compliance-report.pdf}, {@code cards/<id>.pdf}) are
 *                           written; the HTML links to them only when they are
 * @param templatesDirectory a folder of the project's own templates, or {@code null}: a file there replaces the
 *                           shipped file of the same relative path (a section, a fragment such as the logo, a
 *                           whole page), and {@code css/custom.css} there is added after the shipped style sheet
 */
public record ReportOptions(boolean pdf, Path templatesDirectory) {

    /** PDFs written, the shipped templates only. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, null);
    }
}
