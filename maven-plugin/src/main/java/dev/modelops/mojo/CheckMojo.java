package dev.modelops.mojo;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.pipeline.GovernanceCheck;
import dev.modelops.render.CycloneDxBomWriter;
import dev.modelops.render.JsonResultsWriter;
import dev.modelops.render.PdfReportWriter;
import dev.modelops.render.SarifWriter;
import dev.modelops.verdict.Verdict;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Checks every model of the project against the governance rules in force, writes the compliance report,
 * one model card per model, {@code results.json}, JUnit XML, a SARIF log for code scanning ({@code modelops.sarif})
 * and one CycloneDX ML-BOM per model under {@code target/modelops/}, attaches {@code results.json} (classifier
 * {@code modelops-results}) and the ML-BOMs (classifier {@code mlbom-<model-id>}) to the build unless {@code attach}
 * is false, and only then fails the build, once, if a violation reaches {@code failOnSeverity}
 * (violations covered by a waiver in force excepted), or if a waiver is unused and {@code failOnUnusedWaiver} is set.
 *
 * <p>Bound to the {@code verify} phase:</p>
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *   &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;check&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;
 *         &lt;packs&gt;&lt;pack&gt;sr-11-7&lt;/pack&gt;&lt;/packs&gt;
 *         &lt;ruleFiles&gt;&lt;ruleFile&gt;src/main/modelops/team-rules.yaml&lt;/ruleFile&gt;&lt;/ruleFiles&gt;
 *         &lt;failOnSeverity&gt;high&lt;/failOnSeverity&gt;
 *       &lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractModelOpsMojo {

    /** The folder holding one sub-folder per model, each with its {@code model.yaml} or another tool's files. */
    @Parameter(property = "modelops.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    private File modelsDirectory;

    /** The built-in rule packs in force, by name (for example {@code core}). */
    @Parameter(property = "modelops.packs", defaultValue = "core")
    private List<String> packs;

    /**
     * The importers of other tools' files in force, by name: {@code huggingface}, {@code model-card-toolkit},
     * {@code cyclonedx}, {@code openlineage}, {@code mlflow}, {@code dvc}; {@code none} for the native files only.
     * Every importer is in force when this is not set.
     */
    @Parameter(property = "modelops.importers")
    private List<String> importers;

    /** The project's own rule files (YAML, same format as the built-in packs), added to the packs. */
    @Parameter(property = "modelops.ruleFiles")
    private List<File> ruleFiles;

    /**
     * Changes to rules in force without copying them: per rule ({@code <id>}) or per pack ({@code <pack>}), an
     * {@code <enforcement>} (fail, warn, audit, off), a {@code <severity>}, and for a rule {@code <params>}
     * values. A rule-level override wins over its pack's. This is configured in the POM only.
     */
    @Parameter
    private List<RuleOverride> rules;

    /**
     * The lowest severity at which a violation fails the build: info, low, medium, high or critical.
     * Violations below it are logged as warnings and shown in the reports.
     */
    @Parameter(property = "modelops.failOnSeverity", defaultValue = "high")
    private String failOnSeverity;

    /** Whether blocking violations fail the build; when false they are logged as errors and the build goes on. */
    @Parameter(property = "modelops.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    /** Where the reports are written; the folder is replaced as a whole on each successful run. */
    @Parameter(property = "modelops.outputDirectory", defaultValue = "${project.build.directory}/modelops")
    private File outputDirectory;

    /**
     * The instant every time-dependent rule is evaluated at (ISO-8601, e.g. {@code 2026-11-20T00:00:00Z}).
     * It defaults to {@code project.build.outputTimestamp}, so that the reports are reproducible.
     */
    @Parameter(property = "modelops.asOf")
    private String asOf;

    /**
     * The waivers file (YAML or JSON): approved, time-limited exceptions to rules for given models. When not set,
     * {@code src/main/modelops/waivers.yaml} is read if it exists; a file set here must exist.
     */
    @Parameter(property = "modelops.waiversFile")
    private File waiversFile;

    /**
     * Whether a waiver in force that matches no violation (the rule passed or did not apply) fails the build,
     * after the reports are written. Unused waivers are always logged as warnings.
     */
    @Parameter(property = "modelops.failOnUnusedWaiver", defaultValue = "false")
    private boolean failOnUnusedWaiver;

    /**
     * Whether {@code results.json} (type {@code json}, classifier {@code modelops-results}) and each model's
     * CycloneDX ML-BOM ({@code bom/<model-id>.cdx.json}, type {@code json}, classifier {@code mlbom-<model-id>}) are
     * attached to the build, so that {@code mvn install} and {@code mvn deploy} publish them with the project (and
     * {@code modelops:inventory} can find the results). Attached once the reports are published, also when a
     * violation then fails the build.
     */
    @Parameter(property = "modelops.attach", defaultValue = "true")
    private boolean attach;

    /**
     * Whether the archival PDFs are written: {@code compliance-report.pdf} and {@code cards/<model-id>.pdf}, PDF/A-3a
     * with {@code results.json} attached. They take about a tenth of a second per model card.
     */
    @Parameter(property = "modelops.pdf", defaultValue = "true")
    private boolean pdf;

    /**
     * A folder of the project's own templates (custom branding). A file there replaces the shipped template of the
     * same relative path, and only that one: {@code html/fragments/branding.html} for the logo and organisation,
     * {@code html/card/<section>.html} for one section of the model card, {@code html/report/<section>.html} for
     * one of the compliance report; {@code css/custom.css} is added after the shipped style sheet. The folder
     * must exist when it is set.
     */
    @Parameter(property = "modelops.templatesDirectory")
    private File templatesDirectory;

    /**
     * The private key the run's in-toto attestation ({@code target/modelops/attestation/<project>.intoto.dsse.json})
     * is signed with: an unencrypted PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}) holding an Ed25519 or
     * ECDSA P-256 key, relative to the project. The envelope's keyid is the SHA-256 of the public key's DER. Without
     * it the statement is written unsigned ({@code <project>.intoto.json}) and the compliance report says so.
     * Ed25519 signatures are deterministic; ECDSA ones are randomized, so an ECDSA envelope differs between builds.
     * Keep the key out of the repository (a CI secret written to a file, {@code -Dmodelops.signingKey=...}).
     */
    @Parameter(property = "modelops.signingKey")
    private File signingKey;

    /**
     * The top folder of the repository, from which code scanning resolves the paths of the SARIF log
     * ({@code modelops.sarif}): a module's paths are written from there ({@code credit-risk/src/main/models/...}).
     * Defaults to the folder Maven found the build's {@code .mvn} in, else the folder it was started in.
     */
    @Parameter(property = "modelops.sourceRoot", defaultValue = "${maven.multiModuleProjectDirectory}")
    private File sourceRoot;

    /**
     * Whether to render the reports even when nothing changed. Without it, a run whose plugin build, settings, input
     * files (models, rule files, waivers) and templates are exactly those of the reports in {@code outputDirectory}
     * (compared by the SHA-256 digest kept there as {@code .inputs.sha256}) checks and decides as usual but does not
     * render them again.
     */
    @Parameter(property = "modelops.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final MavenProjectHelper projectHelper;

    @Inject
    public CheckMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goalName() {
        return "check";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        CheckSettings settings = settings();
        CheckOutcome outcome;
        try {
            outcome = new GovernanceCheck().run(settings, force);
        } catch (InvalidInputException e) {
            throw new MojoFailureException(CheckSettingsBuilder.inputFailureMessage(goalName(), e));
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("modelops:check could not read its inputs or write its reports: "
                    + e.getMessage(), e);
        }
        attach(outcome);
        report(outcome);
    }

    /** Attaches results.json and the ML-BOMs (see {@link ReportAttachments}), or says where they are. */
    private void attach(CheckOutcome outcome) {
        Path output = outcome.settings().outputDirectory();
        Path results = output.resolve(JsonResultsWriter.FILE_NAME);
        Path bomFolder = output.resolve(CycloneDxBomWriter.FOLDER);
        boolean boms = !outcome.result().models().isEmpty();
        if (!attach) {
            getLog().info("Results: " + results + (boms ? ", ML-BOMs: " + bomFolder : "")
                    + " (not attached to the build: modelops.attach is false)");
            return;
        }
        String resultsClassifier = ReportAttachments.attachResults(projectHelper, project, output);
        if (resultsClassifier != null) {
            getLog().info("Results: " + results + ", attached to the build as type " + ReportAttachments.TYPE
                    + ", classifier " + resultsClassifier);
        }
        if (!boms) {
            return;
        }
        List<String> classifiers = ReportAttachments.attachBoms(projectHelper, project, output,
                outcome.result().models().stream().map(GovernedModel::id).sorted().toList());
        getLog().info("ML-BOMs: " + bomFolder + (classifiers.isEmpty() ? ""
                : ", attached to the build as type " + ReportAttachments.TYPE + ", classifiers "
                        + String.join(", ", classifiers)));
    }

    private CheckSettings settings() throws MojoFailureException {
        return new CheckSettingsBuilder(project, getLog())
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
                .signingKey(signingKey)
                .sourceRoot(sourceRoot)
                .build(outputDirectory);
    }

    private void report(CheckOutcome outcome) throws MojoFailureException {
        Verdict verdict = outcome.verdict();
        if (outcome.result().models().isEmpty()) {
            getLog().warn("No model folders in " + outcome.settings().modelsDirectory()
                    + ": nothing was checked. Each model needs a folder with a model.yaml");
        }
        getLog().info("Governance check: " + verdict.summaryLine());
        if (outcome.renderSkipped()) {
            getLog().info("Reports up to date, not rendered again: nothing changed since the run that wrote "
                    + outcome.settings().outputDirectory() + " (inputs digest " + outcome.digest()
                    + "); -Dmodelops.force renders them anyway");
        }
        if (!outcome.rulesOff().isEmpty()) {
            getLog().info(outcome.rulesOff().size() + (outcome.rulesOff().size() == 1 ? " rule" : " rules")
                    + " switched off (enforcement off), not evaluated: " + String.join(", ", outcome.rulesOff()));
        }
        verdict.warningLines().forEach(line -> getLog().warn(line));
        GovernanceResult result = outcome.result();
        result.waivedFindings().forEach(finding -> getLog().info("Waived: " + Verdict.describeWaived(finding)));
        for (WaiverOutcome expired : result.waiversIn(WaiverState.EXPIRED)) {
            getLog().warn("Expired waiver " + describe(expired.waiver()) + " expired on " + expired.waiver().expires()
                    + ": it no longer waives anything, its violations count again");
        }
        List<WaiverOutcome> unused = result.waiversIn(WaiverState.UNUSED);
        for (WaiverOutcome waiver : unused) {
            getLog().warn("Unused waiver " + describe(waiver.waiver())
                    + ": it matches no violation (the rule passed or did not apply); remove it");
        }
        getLog().info("Compliance report: " + outcome.indexHtml());
        if (outcome.settings().reports().pdf()) {
            getLog().info("Compliance report (PDF/A): " + outcome.indexHtml().resolveSibling(PdfReportWriter.REPORT_FILE));
        }
        getLog().info("Model cards: " + outcome.indexHtml().resolveSibling("cards")
                + (outcome.settings().reports().pdf() ? " (HTML and PDF/A)" : ""));
        getLog().info("Machine-readable results: " + outcome.indexHtml().resolveSibling("results.json"));
        getLog().info("SARIF for code scanning: " + outcome.indexHtml().resolveSibling(SarifWriter.FILE_NAME));
        AttestationLog.log(getLog(), outcome);
        boolean unusedFail = failOnUnusedWaiver && !unused.isEmpty();
        if (!verdict.blocksRelease() && !unusedFail) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (verdict.blocksRelease()) {
            message.append(verdict.blocking().size())
                    .append(verdict.blocking().size() == 1 ? " governance violation" : " governance violations")
                    .append(" at or above severity ").append(outcome.settings().failOnSeverity().label())
                    .append(" (modelops.failOnSeverity):");
            verdict.blockingLines().forEach(line -> message.append("\n  ").append(line));
        }
        if (unusedFail) {
            message.append(message.length() == 0 ? "" : "\n").append(unused.size())
                    .append(unused.size() == 1 ? " unused waiver" : " unused waivers")
                    .append(" (modelops.failOnUnusedWaiver):");
            unused.forEach(waiver -> message.append("\n  ").append(describe(waiver.waiver())));
        }
        message.append("\nSee the compliance report: ").append(outcome.indexHtml());
        if (haltOnFailure) {
            throw new MojoFailureException(message.toString());
        }
        getLog().error(message.toString());
        getLog().error("modelops.haltOnFailure is false: the build goes on despite these violations");
    }

    /** {@code MRM-F-2026-044 (core.slice-thresholds-met on churn-prediction, src/main/modelops/waivers.yaml:2)}. */
    static String describe(Waiver waiver) {
        return waiver.ticket() + " (" + waiver.ruleId() + " on " + waiver.modelId()
                + (waiver.modelVersion() == null ? "" : " " + waiver.modelVersion()) + ", "
                + waiver.location().file() + (waiver.location().line() > 0 ? ":" + waiver.location().line() : "") + ")";
    }
}
