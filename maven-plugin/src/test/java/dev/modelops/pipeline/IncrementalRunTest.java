package dev.modelops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.FileTrees;
import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second run on unchanged inputs skips rendering, and any change to what the reports are made from (an input
 * file, a template, a rule file, a setting, the plugin build) changes the digest and renders again.
 */
class IncrementalRunTest {

    private static final Path FIXTURE = Path.of("src/test/resources/load/complete");
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    private static final String RULES = """
            pack: team
            version: 1.0.0
            title: The team's own rules
            rules:
              - id: team.auc-floor
                title: AUC is at least 0.5 overall
                severity: high
                expr: evaluations.filter(e, e.metric == 'auc' && size(e.slice) == 0).all(e, e.value >= 0.5)
                message: "Overall AUC of {{ model.id }} is below 0.5"
            """;

    @TempDir
    Path project;

    private Path output;
    private Path templates;
    private Path ruleFile;

    @BeforeEach
    void copyProject() throws IOException {
        FileTrees.copy(FIXTURE, project);
        output = project.resolve("target/modelops");
        templates = Files.createDirectories(project.resolve("src/main/modelops/templates/css"));
        Files.writeString(templates.resolve("custom.css"), "h1 { color: #123456; }\n");
        templates = project.resolve("src/main/modelops/templates");
        ruleFile = project.resolve("src/main/modelops/team-rules.yaml");
        Files.writeString(ruleFile, RULES);
    }

    private CheckSettings settings() {
        return settings(Severity.HIGH, List.of());
    }

    private CheckSettings settings(Severity failOn, List<ProjectOverride> overrides) {
        return new CheckSettings("Incremental", project, project.resolve("src/main/models"), List.of("core"),
                List.of(ruleFile), failOn, AS_OF, output, overrides, project.resolve("src/main/modelops/waivers.yaml"),
                false, List.of(), new ReportOptions(false, templates));
    }

    @Test
    void aSecondRunOnUnchangedInputsSkipsRenderingAndStillDecides() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        Path index = output.resolve("index.html");
        Files.setLastModifiedTime(index, java.nio.file.attribute.FileTime.fromMillis(0));

        CheckOutcome second = new GovernanceCheck().run(settings());

        assertThat(first.renderSkipped()).isFalse();
        assertThat(second.renderSkipped()).isTrue();
        assertThat(second.digest()).isEqualTo(first.digest()).hasSize(64);
        assertThat(Files.getLastModifiedTime(index).toMillis()).as("index.html not written again").isZero();
        assertThat(second.verdict().summaryLine()).isEqualTo(first.verdict().summaryLine());
        assertThat(second.verdict().blocking()).hasSameSizeAs(first.verdict().blocking()).isNotEmpty();
        assertThat(second.indexHtml()).isEqualTo(first.indexHtml());
    }

    @Test
    void forceRendersAgain() throws IOException {
        new GovernanceCheck().run(settings());
        Files.setLastModifiedTime(output.resolve("index.html"), java.nio.file.attribute.FileTime.fromMillis(0));

        CheckOutcome forced = new GovernanceCheck().run(settings(), true);

        assertThat(forced.renderSkipped()).isFalse();
        assertThat(Files.getLastModifiedTime(output.resolve("index.html")).toMillis()).isNotZero();
    }

    @Test
    void theRecordListsEveryReportAndIsTheSameForTheSameInputs() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        String record = Files.readString(output.resolve(RunRecord.FILE));
        Path elsewhere = project.resolve("target/other");
        new GovernanceCheck().run(new CheckSettings("Incremental", project, project.resolve("src/main/models"),
                List.of("core"), List.of(ruleFile), Severity.HIGH, AS_OF, elsewhere, List.of(),
                project.resolve("src/main/modelops/waivers.yaml"), false, List.of(), new ReportOptions(false, templates)));

        assertThat(record).contains("sha256 " + first.digest() + "\n")
                .contains(" index.html\n", " results.json\n", " cards/credit-scoring.html\n", " bom/churn.cdx.json\n")
                .doesNotContain(RunRecord.FILE);
        assertThat(Files.readString(elsewhere.resolve(RunRecord.FILE))).as("the report folder is not part of it")
                .isEqualTo(record);
    }

    @Test
    void aReportDeletedByHandIsRenderedAgain() throws IOException {
        new GovernanceCheck().run(settings());
        Files.delete(output.resolve("cards/churn.html"));

        CheckOutcome again = new GovernanceCheck().run(settings());

        assertThat(again.renderSkipped()).isFalse();
        assertThat(output.resolve("cards/churn.html")).isRegularFile();
    }

    @Test
    void aTruncatedReportIsRenderedAgain() throws IOException {
        new GovernanceCheck().run(settings());
        Files.writeString(output.resolve("results.json"), "{");

        assertThat(new GovernanceCheck().run(settings()).renderSkipped()).isFalse();
    }

    @Test
    void aOneByteChangeOfAnEvaluationFileChangesTheDigestAndRendersAgain() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        Path evaluation = project.resolve("src/main/models/credit-scoring/evaluations/holdout-2026q3.json");
        replaceOnce(evaluation, "2026-09-01", "2026-09-02");

        CheckOutcome second = new GovernanceCheck().run(settings());

        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(second.renderSkipped()).isFalse();
    }

    @Test
    void aOneByteChangeOfATemplateChangesTheDigest() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        replaceOnce(templates.resolve("css/custom.css"), "#123456", "#123457");

        CheckOutcome second = new GovernanceCheck().run(settings());

        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(second.renderSkipped()).isFalse();
        assertThat(Files.readString(output.resolve(RunRecord.FILE))).contains(second.digest());
    }

    @Test
    void aNewTemplateFileChangesTheDigest() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        // Any file of the folder counts, whether or not a template uses it today.
        Files.writeString(templates.resolve("css/print.css"), "h1 { color: black; }\n");

        assertThat(new GovernanceCheck().run(settings()).digest()).isNotEqualTo(first.digest());
    }

    @Test
    void aOneByteChangeOfARuleFileChangesTheDigest() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        replaceOnce(ruleFile, "is below 0.5", "is below 0.5.");

        CheckOutcome second = new GovernanceCheck().run(settings());

        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(second.renderSkipped()).isFalse();
    }

    @Test
    void aWaiversFileThatAppearsChangesTheDigest() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        Files.writeString(project.resolve("src/main/modelops/waivers.yaml"), "waivers: []\n");

        assertThat(new GovernanceCheck().run(settings()).digest()).isNotEqualTo(first.digest());
    }

    @Test
    void everySettingThatChangesAnOutputChangesTheDigest() throws IOException {
        CheckOutcome run = new GovernanceCheck().run(settings());
        String base = digest(settings(), run);
        CheckSettings s = settings();

        assertThat(List.of(
                digest(settings(Severity.MEDIUM, List.of()), run),
                digest(settings(Severity.HIGH, List.of(new ProjectOverride("core.license-declared", null, "off", null,
                        Map.of()))), run),
                digest(settings(Severity.HIGH, List.of(new ProjectOverride("core.approval-current", null, null, null,
                        Map.of("maxAgeDays", "400")))), run),
                digest(with(s, "Another name", s.packs(), s.asOf(), s.importers(), s.reports()), run),
                digest(with(s, s.projectName(), List.of("core", "lineage"), s.asOf(), s.importers(), s.reports()), run),
                digest(with(s, s.projectName(), s.packs(), AS_OF.plusSeconds(1), s.importers(), s.reports()), run),
                digest(with(s, s.projectName(), s.packs(), s.asOf(), List.of("none"), s.reports()), run),
                digest(with(s, s.projectName(), s.packs(), s.asOf(), s.importers(), new ReportOptions(true, templates)), run),
                digest(with(s, s.projectName(), s.packs(), s.asOf(), s.importers(), new ReportOptions(false, null)), run),
                digest(with(s, s.projectName(), s.packs(), s.asOf(), s.importers(),
                        new ReportOptions(false, templates, "credit-risk/")), run)))
                .doesNotContain(base).doesNotHaveDuplicates();
        assertThat(RunDigest.of("modelops-maven-plugin 9.9.9", settings(), run.result()).sha256())
                .as("another plugin build").isNotEqualTo(RunDigest.of("modelops-maven-plugin 1.0.0", settings(),
                        run.result()).sha256());
        assertThat(digest(settings(), run)).as("the same settings, the same digest").isEqualTo(base);
    }

    @Test
    void theParametersOfAnOverrideCountWhateverTheirOrder() throws IOException {
        CheckOutcome run = new GovernanceCheck().run(settings());
        java.util.LinkedHashMap<String, String> ab = new java.util.LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        java.util.LinkedHashMap<String, String> ba = new java.util.LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        assertThat(digest(settings(Severity.HIGH, List.of(new ProjectOverride(null, "core", null, null, ab))), run))
                .isEqualTo(digest(settings(Severity.HIGH, List.of(new ProjectOverride(null, "core", null, null, ba))), run));
    }

    @Test
    void aValueCannotForgeAnotherLineOfTheDigest() throws IOException {
        CheckOutcome run = new GovernanceCheck().run(settings());
        CheckSettings s = settings();

        String forged = RunDigest.of("p", with(s, "Incremental\"\npack \"lineage", s.packs(), s.asOf(), s.importers(),
                s.reports()), run.result()).text();

        assertThat(forged).contains("project \"Incremental\\\"\\npack \\\"lineage\"\n").doesNotContain("\npack \"lineage\"\n");
    }

    @Test
    void theDigestNamesEveryInputByItsPathInTheProjectAndNothingOfTheMachine() throws IOException {
        CheckOutcome run = new GovernanceCheck().run(settings());

        String text = RunDigest.of(settings(), run.result()).text();

        assertThat(text).startsWith("plugin \"modelops-maven-plugin ")
                .contains("\nrule-file \"src/main/modelops/team-rules.yaml\"\n",
                        "\ntemplate \"css/custom.css\" ",
                        "\ninput \"rules\" \"modelops/rules/core.yaml\" ",
                        "\nmodel \"churn\"\ninput \"model\" \"src/main/models/churn/model.json\" ",
                        "\ninput \"evaluation\" \"src/main/models/credit-scoring/evaluations/holdout-2026q3.json\" ")
                .doesNotContain(project.toString(), "target/modelops");
    }

    @Test
    void aFailedRunLeavesThePreviousReportsAndTheirRecord() throws IOException {
        CheckOutcome first = new GovernanceCheck().run(settings());
        String record = Files.readString(output.resolve(RunRecord.FILE));
        Files.writeString(project.resolve("src/main/models/churn/model.json"), "{ not json");

        assertThatThrownBy(() -> new GovernanceCheck().run(settings())).isInstanceOf(InvalidInputException.class);

        assertThat(Files.readString(output.resolve(RunRecord.FILE))).isEqualTo(record).contains(first.digest());
    }

    private String digest(CheckSettings settings, CheckOutcome run) throws IOException {
        return RunDigest.of("modelops-maven-plugin test", settings, run.result()).sha256();
    }

    private static CheckSettings with(CheckSettings s, String name, List<String> packs, Instant asOf,
            List<String> importers, ReportOptions reports) {
        return new CheckSettings(name, s.baseDirectory(), s.modelsDirectory(), packs, s.ruleFiles(), s.failOnSeverity(),
                asOf, s.outputDirectory(), s.overrides(), s.waiversFile(), s.waiversFileRequired(), importers, reports);
    }

    private static void replaceOnce(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content.indexOf(text)).as(text + " in " + file).isNotNegative()
                .isEqualTo(content.lastIndexOf(text));
        Files.writeString(file, content.replace(text, replacement));
    }
}
