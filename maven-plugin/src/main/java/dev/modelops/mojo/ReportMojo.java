package dev.modelops.mojo;

import dev.modelops.model.InvalidInputException;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.pipeline.GovernanceCheck;
import dev.modelops.verdict.Verdict;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds the governance check of the project's models to the project site ({@code mvn site}): a page
 * {@code modelops.html} with the verdict, the counts, one row per model (linking to its model card) and every
 * blocking violation and warning, and the full compliance report (HTML model cards, the PDF/A documents,
 * {@code results.json}, JUnit XML, ML-BOMs) under {@code modelops/} in the site. It reads the same parameters,
 * with the same {@code modelops.*} properties, as the {@code check} goal. In the site a violation never fails the
 * build: it is shown on the page and logged as a warning, and {@code failOnSeverity} only decides which violations
 * count as blocking. Input that cannot be used (a malformed {@code model.yaml}, an unknown pack) still fails the
 * build, with the same message as {@code check}. Without a models folder the page is left out of the site.
 *
 * <p>Made for maven-site-plugin 3.20.0 or later (Doxia 2, which maven-reporting-impl 4 is built on). Maven 3.9
 * binds 3.12.1 (Doxia 1) by default, so pin the site plugin in the project's {@code <pluginManagement>}:</p>
 *
 * <pre>
 * &lt;build&gt;
 *   &lt;pluginManagement&gt;
 *     &lt;plugins&gt;
 *       &lt;plugin&gt;
 *         &lt;artifactId&gt;maven-site-plugin&lt;/artifactId&gt;
 *         &lt;version&gt;3.21.0&lt;/version&gt;
 *       &lt;/plugin&gt;
 *     &lt;/plugins&gt;
 *   &lt;/pluginManagement&gt;
 * &lt;/build&gt;
 * &lt;reporting&gt;
 *   &lt;plugins&gt;
 *     &lt;plugin&gt;
 *       &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *       &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *       &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *       &lt;configuration&gt;
 *         &lt;packs&gt;&lt;pack&gt;sr-11-7&lt;/pack&gt;&lt;/packs&gt;
 *       &lt;/configuration&gt;
 *       &lt;reportSets&gt;
 *         &lt;reportSet&gt;
 *           &lt;reports&gt;&lt;report&gt;report&lt;/report&gt;&lt;/reports&gt;
 *         &lt;/reportSet&gt;
 *       &lt;/reportSets&gt;
 *     &lt;/plugin&gt;
 *   &lt;/plugins&gt;
 * &lt;/reporting&gt;
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The page's name in the site ({@code modelops.html}) and the folder of the compliance report beside it. */
    static final String OUTPUT_NAME = "modelops";

    /** Whether to leave the governance page out of the site, like every other modelops goal of this build. */
    @Parameter(property = "modelops.skip", defaultValue = "false")
    private boolean skip;

    /** The folder holding one sub-folder per model; without it the page is left out of the site. */
    @Parameter(property = "modelops.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    private File modelsDirectory;

    /** The built-in rule packs in force, by name (for example {@code core} or {@code sr-11-7}). */
    @Parameter(property = "modelops.packs", defaultValue = "core")
    private List<String> packs;

    /**
     * The importers of other tools' files in force, by name: {@code huggingface}, {@code model-card-toolkit},
     * {@code cyclonedx}, {@code openlineage}, {@code mlflow}, {@code dvc}; {@code none} for the native files only.
     * Every importer is in force when this is not set.
     */
    @Parameter(property = "modelops.importers")
    private List<String> importers;

    /** The project's own rule files (YAML, in the format of the built-in packs), added to the packs. */
    @Parameter(property = "modelops.ruleFiles")
    private List<File> ruleFiles;

    /**
     * Changes to the rules in force without copying them, as for the {@code check} goal: per rule ({@code <id>}) or
     * per pack ({@code <pack>}), an {@code <enforcement>} (fail, warn, audit, off), a {@code <severity>}, and for a
     * rule {@code <params>} values. This is configured in the POM only.
     */
    @Parameter
    private List<RuleOverride> rules;

    /**
     * The lowest severity at which a violation counts as blocking on the page: info, low, medium, high or critical.
     * In the site it never fails the build.
     */
    @Parameter(property = "modelops.failOnSeverity", defaultValue = "high")
    private String failOnSeverity;

    /**
     * The instant every time-dependent rule is evaluated at (ISO-8601, for example {@code 2026-11-20T00:00:00Z}).
     * It defaults to {@code project.build.outputTimestamp}, so that the site is reproducible.
     */
    @Parameter(property = "modelops.asOf")
    private String asOf;

    /**
     * The waivers file (YAML or JSON) of approved, time-limited exceptions to rules for given models. When it is not
     * set, {@code src/main/modelops/waivers.yaml} is read if it exists; a file set here must exist.
     */
    @Parameter(property = "modelops.waiversFile")
    private File waiversFile;

    /**
     * Whether the archival PDFs ({@code compliance-report.pdf} and {@code cards/<model-id>.pdf}, PDF/A-3a) are
     * written into the site as well.
     */
    @Parameter(property = "modelops.pdf", defaultValue = "true")
    private boolean pdf;

    /**
     * A folder of the project's own templates (custom branding), as for the {@code check} goal: a file there
     * replaces the shipped template of the same relative path. The folder must exist when it is set.
     */
    @Parameter(property = "modelops.templatesDirectory")
    private File templatesDirectory;

    /**
     * The private key the attestation in the site's report ({@code modelops/attestation/<project>.intoto.dsse.json})
     * is signed with, as for the {@code check} goal: an unencrypted PKCS#8 PEM file holding an Ed25519 or ECDSA
     * P-256 key, relative to the project. Without it the statement is written unsigned and the report says so.
     */
    @Parameter(property = "modelops.signingKey")
    private File signingKey;

    /**
     * The top folder of the repository, from which the paths of the SARIF log in the site's report
     * ({@code modelops/modelops.sarif}) are written, as for the {@code check} goal. It defaults to the folder Maven
     * found the build's {@code .mvn} in, else the folder it was started in.
     */
    @Parameter(property = "modelops.sourceRoot", defaultValue = "${maven.multiModuleProjectDirectory}")
    private File sourceRoot;

    /** The build's session, whose start time is the "as of" instant when neither asOf nor outputTimestamp is set. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return GovernanceSitePage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Governance check of the project's models: the verdict, each model's results and model card, and "
                + "the compliance report.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping modelops:report because modelops.skip is true");
            return false;
        }
        Path models = modelsFolder();
        if (!Files.isDirectory(models)) {
            getLog().info("No models folder " + models + ": the model governance page is left out of the site");
            return false;
        }
        return true;
    }

    private Path modelsFolder() {
        return project.getBasedir().toPath().resolve(modelsDirectory.toPath()).normalize();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        CheckOutcome outcome;
        try {
            CheckSettings settings = new CheckSettingsBuilder(project, getLog())
                    .modelsDirectory(modelsDirectory)
                    .packs(packs)
                    .importers(importers)
                    .ruleFiles(ruleFiles)
                    .rules(rules)
                    .failOnSeverity(failOnSeverity)
                    .asOf(asOf, outputTimestamp, () -> session.getRequest().getStartTime().toInstant())
                    .waiversFile(waiversFile)
                    .pdf(pdf)
                    .templatesDirectory(templatesDirectory)
                    .sourceRoot(sourceRoot)
                    .signingKey(signingKey)
                    .build(new File(getReportOutputDirectory(), OUTPUT_NAME));
            outcome = new GovernanceCheck().run(settings);
        } catch (MojoFailureException e) {
            throw userMistake(e.getMessage());
        } catch (InvalidInputException e) {
            throw userMistake(CheckSettingsBuilder.inputFailureMessage("report", e));
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("modelops:report could not read its inputs or write its reports: "
                    + e.getMessage(), e);
        }
        log(outcome);
        new GovernanceSitePage(getSink(), outcome, OUTPUT_NAME).render();
    }

    /**
     * The site plugin shows only the outermost message of a failed report, so the user's mistake is logged first,
     * in full, as {@code check} would print it.
     */
    private MavenReportException userMistake(String message) {
        getLog().error(message);
        return new MavenReportException(message);
    }

    private void log(CheckOutcome outcome) {
        Verdict verdict = outcome.verdict();
        getLog().info("Governance check: " + verdict.summaryLine());
        if (verdict.blocksRelease()) {
            getLog().warn(verdict.blocking().size()
                    + (verdict.blocking().size() == 1 ? " governance violation" : " governance violations")
                    + " at or above severity " + outcome.settings().failOnSeverity().label()
                    + " (modelops.failOnSeverity); a site report never fails the build, modelops:check does:");
            verdict.blockingLines().forEach(line -> getLog().warn("  " + line));
        }
        verdict.warningLines().forEach(line -> getLog().warn(line));
        for (WaiverOutcome expired : outcome.result().waiversIn(WaiverState.EXPIRED)) {
            getLog().warn("Expired waiver " + CheckMojo.describe(expired.waiver()) + " expired on "
                    + expired.waiver().expires() + ": it no longer waives anything, its violations count again");
        }
        for (WaiverOutcome unused : outcome.result().waiversIn(WaiverState.UNUSED)) {
            getLog().warn("Unused waiver " + CheckMojo.describe(unused.waiver())
                    + ": it matches no violation (the rule passed or did not apply); remove it");
        }
        AttestationLog.log(getLog(), outcome);
        getLog().info("Model governance page: " + new File(getReportOutputDirectory(), OUTPUT_NAME + ".html"));
        getLog().info("Compliance report: " + outcome.indexHtml());
    }
}
