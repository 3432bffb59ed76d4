package dev.modelops.mojo;

import dev.modelops.model.InputProblem;
import dev.modelops.attest.KeyFileException;
import dev.modelops.attest.SigningKey;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.render.ReportOptions;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Turns the governance parameters that {@code check} and {@code report} share (the same names, the same
 * {@code modelops.*} properties) into {@link CheckSettings}: paths resolved against the project, pack names
 * normalised, the fail threshold and the "as of" instant parsed, the templates folder checked. Both goals thus
 * read their inputs alike and refuse a wrong value with the same message.
 */
final class CheckSettingsBuilder {

    /** Read when {@code waiversFile} is not set, and only if it exists. */
    static final String DEFAULT_WAIVERS_FILE = "src/main/modelops/waivers.yaml";

    private final MavenProject project;
    private final Log log;
    private File modelsDirectory;
    private List<String> packs;
    private List<String> importers;
    private List<File> ruleFiles;
    private List<RuleOverride> rules;
    private String failOnSeverity;
    private String asOf;
    private String outputTimestamp;
    private Supplier<Instant> buildStart;
    private File waiversFile;
    private boolean pdf = true;
    private File templatesDirectory;
    private File signingKey;
    private File sourceRoot;

    CheckSettingsBuilder(MavenProject project, Log log) {
        this.project = project;
        this.log = log;
    }

    CheckSettingsBuilder modelsDirectory(File folder) {
        this.modelsDirectory = folder;
        return this;
    }

    CheckSettingsBuilder packs(List<String> names) {
        this.packs = names;
        return this;
    }

    CheckSettingsBuilder importers(List<String> names) {
        this.importers = names;
        return this;
    }

    CheckSettingsBuilder ruleFiles(List<File> files) {
        this.ruleFiles = files;
        return this;
    }

    CheckSettingsBuilder rules(List<RuleOverride> overrides) {
        this.rules = overrides;
        return this;
    }

    CheckSettingsBuilder failOnSeverity(String severity) {
        this.failOnSeverity = severity;
        return this;
    }

    /**
     * The "as of" instant: {@code asOf} if given, else {@code outputTimestamp}, else the build's start time (asked
     * for only then, with a warning that the reports are not reproducible).
     */
    CheckSettingsBuilder asOf(String asOf, String outputTimestamp, Supplier<Instant> buildStart) {
        this.asOf = asOf;
        this.outputTimestamp = outputTimestamp;
        this.buildStart = buildStart;
        return this;
    }

    CheckSettingsBuilder waiversFile(File file) {
        this.waiversFile = file;
        return this;
    }

    CheckSettingsBuilder pdf(boolean writePdf) {
        this.pdf = writePdf;
        return this;
    }

    CheckSettingsBuilder templatesDirectory(File folder) {
        this.templatesDirectory = folder;
        return this;
    }

    /** The PKCS#8 PEM key the attestation is signed with, relative to the project; null for an unsigned one. */
    CheckSettingsBuilder signingKey(File file) {
        this.signingKey = file;
        return this;
    }

    /** The repository's top folder, from which the SARIF log's paths are written; null for the project's own. */
    CheckSettingsBuilder sourceRoot(File folder) {
        this.sourceRoot = folder;
        return this;
    }

    /**
     * @param outputDirectory where the reports go, relative paths against the project's folder
     * @throws MojoFailureException naming the parameter when a value is wrong
     */
    CheckSettings build(File outputDirectory) throws MojoFailureException {
        Severity threshold = Severity.parse(failOnSeverity).orElseThrow(() -> new MojoFailureException(
                "modelops.failOnSeverity is '" + failOnSeverity + "', expected one of " + Severity.allLabels()));
        Path base = project.getBasedir().toPath();
        List<Path> files = new ArrayList<>();
        if (ruleFiles != null) {
            ruleFiles.forEach(file -> files.add(base.resolve(file.toPath())));
        }
        List<String> packNames = new ArrayList<>();
        if (packs != null) {
            packs.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).forEach(packNames::add);
        }
        return new CheckSettings(
                project.getName() == null ? project.getArtifactId() : project.getName(),
                base,
                base.resolve(modelsDirectory.toPath()),
                packNames,
                files,
                threshold,
                resolveAsOf(),
                base.resolve(outputDirectory.toPath()),
                rules == null ? List.of() : rules.stream().map(RuleOverride::toProjectOverride).toList(),
                waiversFile == null ? base.resolve(DEFAULT_WAIVERS_FILE) : base.resolve(waiversFile.toPath()),
                waiversFile != null,
                importers == null ? List.of() : importers,
                new ReportOptions(pdf, TemplatesFolder.resolve(base, templatesDirectory),
                        SourcePrefix.of(sourceRoot, base), signingKey(base)));
    }

    private SigningKey signingKey(Path base) throws MojoFailureException {
        if (signingKey == null) {
            return null;
        }
        try {
            return SigningKey.read(base.resolve(signingKey.toPath()).normalize());
        } catch (KeyFileException e) {
            throw new MojoFailureException("modelops.signingKey cannot be used: " + e.getMessage());
        }
    }

    private Instant resolveAsOf() throws MojoFailureException {
        Optional<Instant> fixed = AsOfInstant.resolve(asOf, outputTimestamp);
        if (fixed.isPresent()) {
            return fixed.get();
        }
        Instant start = buildStart.get();
        log.warn("Neither modelops.asOf nor project.build.outputTimestamp is set: time-dependent rules use the "
                + "build's start time " + start + ", and the reports will differ from one build to the next");
        return start;
    }

    /**
     * What a goal says when its inputs cannot be used: every problem on its own line, with its file and place.
     * Nothing was written then.
     */
    static String inputFailureMessage(String goal, InvalidInputException e) {
        StringBuilder message = new StringBuilder("modelops:").append(goal).append(" cannot use its inputs as written (")
                .append(e.problems().size()).append(e.problems().size() == 1 ? " problem):" : " problems):");
        for (InputProblem problem : e.problems()) {
            message.append("\n  ").append(problem.describe());
        }
        message.append("\nNo report was written; fix the input and run again.");
        return message.toString();
    }
}
