package dev.modelops.mojo;

import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.RulePack;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.render.FindingCounts;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.JsonResultsWriter;
import dev.modelops.render.PdfReportWriter;
import dev.modelops.render.html.Badge;
import dev.modelops.verdict.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The {@code modelops.html} page of the project site, written through the site's Doxia sink so that it wears
 * the site's skin: the verdict, the counts, one row per model linking to its card, the blocking violations and
 * the warnings, and links to the full compliance report published beside it. Every text goes through
 * {@link Sink#text(String)}, which escapes it; no text is read as markup or as a link pattern.
 */
final class GovernanceSitePage extends AbstractMavenReportRenderer {

    static final String TITLE = "Model governance";

    private static final int LEFT = Sink.JUSTIFY_LEFT;
    private static final int RIGHT = Sink.JUSTIFY_RIGHT;

    private final CheckOutcome outcome;
    private final String reportFolder;

    /**
     * @param reportFolder the folder of the compliance report, relative to the page ({@code modelops})
     */
    GovernanceSitePage(Sink sink, CheckOutcome outcome, String reportFolder) {
        super(sink);
        this.outcome = outcome;
        this.reportFolder = reportFolder;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        GovernanceResult result = outcome.result();
        Verdict verdict = outcome.verdict();
        section(TITLE);
        paragraph(verdictLine(verdict, result));
        paragraph(verdict.summaryLine() + ".");
        paragraph("Rules evaluated as of " + result.asOf() + "; rule packs in force: " + packs(result) + ".");
        reportLinks();

        section("Models");
        if (result.models().isEmpty()) {
            paragraph("No model folder was found in " + outcome.settings().modelsDirectory()
                    + ": nothing was checked.");
        } else {
            modelTable(result);
        }
        endSection();

        findingSection("Blocking violations", verdict.blocking());
        findingSection("Warnings", verdict.warnings());
        endSection();
    }

    /** "Verdict: FAILED. 1 blocking violation (severity high or above, modelops.failOnSeverity)." */
    static String verdictLine(Verdict verdict, GovernanceResult result) {
        int blocking = verdict.blocking().size();
        String threshold = " (severity " + result.failOnSeverity().label() + " or above)";
        if (blocking == 0) {
            return "Verdict: " + Badge.verdict(true).text() + ". No violation blocks the release" + threshold + ".";
        }
        long models = verdict.blocking().stream().map(Finding::modelId).distinct().count();
        return "Verdict: " + Badge.verdict(false).text() + ". " + blocking
                + (blocking == 1 ? " violation blocks" : " violations block") + " the release" + threshold + ", in "
                + models + " of " + result.models().size() + (result.models().size() == 1 ? " model." : " models.");
    }

    private static String packs(GovernanceResult result) {
        if (result.packs().isEmpty()) {
            return "none";
        }
        return result.packs().stream().map(RulePack::name).collect(Collectors.joining(", "));
    }

    private void reportLinks() {
        sink.paragraph();
        link(reportFolder + "/" + HtmlReportWriter.INDEX_FILE, "Full compliance report");
        if (outcome.settings().reports().pdf()) {
            sink.text(" \u00b7 ");
            link(reportFolder + "/" + PdfReportWriter.REPORT_FILE, "Compliance report (PDF/A)");
        }
        sink.text(" \u00b7 ");
        link(reportFolder + "/" + JsonResultsWriter.FILE_NAME, "Machine-readable results (" + JsonResultsWriter.FILE_NAME + ")");
        sink.paragraph_();
    }

    private void modelTable(GovernanceResult result) {
        startTable(new int[] {LEFT, LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT}, false);
        tableHeader(new String[] {"Model", "Version", "Risk tier", "Status", "Verdict", "Blocking", "Warnings"});
        for (GovernedModel model : result.models()) {
            FindingCounts counts = FindingCounts.of(result.findingsFor(model.id()), result);
            sink.tableRow();
            sink.tableCell();
            link(reportFolder + "/" + HtmlReportWriter.CARDS_DIRECTORY + "/" + model.id() + ".html", modelName(model));
            sink.tableCell_();
            cell(model.metadata().version());
            cell(model.metadata().riskTier());
            cell(model.metadata().status());
            cell(Badge.verdict(counts.blocking() == 0).text());
            cell(Integer.toString(counts.blocking()));
            cell(Integer.toString(counts.warnings()));
            sink.tableRow_();
        }
        endTable();
    }

    /** {@code Retail credit default scorer (credit-scoring)}, or the id alone when the model has no other name. */
    private static String modelName(GovernedModel model) {
        String name = model.metadata().name();
        return name == null || name.isBlank() || name.equals(model.id()) ? model.id() : name + " (" + model.id() + ")";
    }

    private void findingSection(String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        section(title);
        startTable(new int[] {LEFT, LEFT, LEFT, LEFT, LEFT}, false);
        tableHeader(new String[] {"Severity", "Rule", "Model", "Message", "Where"});
        for (Finding finding : findings) {
            sink.tableRow();
            cell(finding.severity().label());
            cell(finding.ruleId());
            cell(finding.modelId());
            cell(finding.message());
            cell(String.valueOf(finding.location()));
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    /** A section whose anchor is its title with underscores for spaces, valid in HTML 4 and 5 alike. */
    private void section(String title) {
        startSection(title, title.replace(' ', '_'));
    }

    /** A cell holding {@code text} as text: never read as a {@code {text, url}} link pattern. */
    private void cell(String text) {
        sink.tableCell();
        text(text);
        sink.tableCell_();
    }
}
