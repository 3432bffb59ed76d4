package dev.modelops.render;

import dev.modelops.attest.SigningKey;
import java.nio.file.Path;

/**
 * How the reports are rendered, beyond what the governance result holds.
 *
 * @param pdf                whether the archival PDFs ({@code compliance-report.pdf}, {@code cards/<id>.pdf}) are
 *                           written; the HTML links to them only when they are
 * @param templatesDirectory a folder of the project's own templates, or {@code null}: a file there replaces the
 *                           shipped file of the same relative path (a section, a fragment such as the logo, a
 *                           whole page), and {@code css/custom.css} there is added after the shipped style sheet
 * @param sourcePrefix       the project's folder relative to the source root (the repository's top folder), e.g.
 *                           {@code sample-project/credit-risk/}, put in front of the paths of the SARIF log, which code
 *                           scanning resolves from the repository's root; empty for a project at the root
 * @param signingKey         the key the attestation is signed with ({@code modelops.signingKey}), or {@code null}:
 *                           the in-toto statement is then written unsigned, and the report says so
 */
public record ReportOptions(boolean pdf, Path templatesDirectory, String sourcePrefix, SigningKey signingKey) {

    public ReportOptions {
        sourcePrefix = sourcePrefix == null ? "" : sourcePrefix;
    }

    /** Options with an unsigned attestation. */
    public ReportOptions(boolean pdf, Path templatesDirectory, String sourcePrefix) {
        this(pdf, templatesDirectory, sourcePrefix, null);
    }

    /** Options for a project at the source root. */
    public ReportOptions(boolean pdf, Path templatesDirectory) {
        this(pdf, templatesDirectory, "");
    }

    /** PDFs written, the shipped templates only. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, null);
    }
}
