package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.FileTrees;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.pipeline.GovernanceCheck;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site page of modelops:report, rendered through a real Doxia sink from a real governance check. */
class GovernanceSitePageTest {

    private static final Path COMPLETE_MODEL = Path.of("src/it/fixtures/complete-model");

    @TempDir
    Path project;

    @Test
    void aModelThatPassesShowsAPassedVerdictAndARowLinkingToItsCard() throws Exception {
        FileTrees.copy(COMPLETE_MODEL, project.resolve("src/main/models/fraud-alerts"));

        String html = render(check(true));

        assertThat(html).contains("<h1>Model governance</h1>")
                .contains("Verdict: PASSED. No violation blocks the release (severity high or above).")
                .contains("1 model, ")
                .contains("Rules evaluated as of 2026-11-20T00:00:00Z; rule packs in force: core.")
                .contains("<a href=\"modelops/index.html\">Full compliance report</a>")
                .contains("<a href=\"modelops/compliance-report.pdf\">Compliance report (PDF/A)</a>")
                .contains("<a href=\"modelops/results.json\">")
                .contains("<a href=\"modelops/cards/fraud-alerts.html\">Card fraud alert scorer (fraud-alerts)</a>")
                .contains("<td>1.4.0</td>", "<td>high</td>", "<td>production</td>", "<td>PASSED</td>")
                .doesNotContain("Blocking violations");
    }

    @Test
    void aBlockingViolationIsListedWithItsRuleAndPlaceAndNoPdfLinkWithoutPdfs() throws Exception {
        writeModel("credit", "id: credit\nname: Credit scorer\nversion: \"2.0.0\"\n");

        String html = render(check(false));

        assertThat(html).contains("Verdict: FAILED. ")
                .contains(" the release (severity high or above), in 1 of 1 model.")
                .contains("<h2>Blocking violations</h2>")
                .contains("<td>core.owner-present</td>")
                .contains("<td>src/main/models/credit/model.yaml")
                .contains("<td>FAILED</td>")
                .doesNotContain("compliance-report.pdf");
    }

    @Test
    void aModelsTextIsEscapedAndNeverReadAsMarkupOrAsALinkPattern() throws Exception {
        writeModel("hostile", "id: hostile\nname: \"<script>alert(1)</script> {click, https://evil.example}\"\n");

        String html = render(check(false));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; {click, https://evil.example} (hostile)")
                .doesNotContain("<script>")
                .doesNotContain("href=\"https://evil.example\"");
    }

    private void writeModel(String id, String yaml) throws IOException {
        Path folder = Files.createDirectories(project.resolve("src/main/models").resolve(id));
        Files.writeString(folder.resolve("model.yaml"), yaml);
    }

    private CheckOutcome check(boolean pdf) throws IOException {
        CheckSettings settings = new CheckSettings("Site page test", project, project.resolve("src/main/models"),
                List.of("core"), List.of(), Severity.HIGH, Instant.parse("2026-11-20T00:00:00Z"),
                project.resolve("target/site/modelops"), List.of(), null, false, List.of(),
                new ReportOptions(pdf, null));
        return new GovernanceCheck().run(settings);
    }

    private static String render(CheckOutcome outcome) {
        StringWriter out = new StringWriter();
        new GovernanceSitePage(new Xhtml5BaseSink(out), outcome, ReportMojo.OUTPUT_NAME).render();
        // The cells' alignment is the sink's business, not this page's.
        return out.toString().replaceAll(" style=\"text-align: (left|right);\"", "");
    }

}
