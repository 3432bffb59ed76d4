package dev.modelops.pipeline;

import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a governance check needs to know: where the project and its models are, which rule packs and
 * project rule files are in force, the project's overrides of their enforcement, severity and parameters, from
 * which severity a violation fails, the "as of" instant of every time-dependent rule, where the reports go, and
 * the waivers file (null for none; when {@code waiversFileRequired} is false a missing file means no waivers),
 * the importers of other tools' files in force, by name (empty: every built-in importer), and how the reports
 * are rendered (PDF or not, the project's own templates).
 */
public record CheckSettings(
        String projectName,
        Path baseDirectory,
        Path modelsDirectory,
        List<String> packs,
        List<Path> ruleFiles,
        Severity failOnSeverity,
        Instant asOf,
        Path outputDirectory,
        List<ProjectOverride> overrides,
        Path waiversFile,
        boolean waiversFileRequired,
        List<String> importers,
        ReportOptions reports) {

    public CheckSettings {
        reports = reports == null ? ReportOptions.defaults() : reports;
        importers = importers == null ? List.of() : List.copyOf(importers);
        packs = List.copyOf(packs);
        ruleFiles = List.copyOf(ruleFiles);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** Settings with the default report options. */
    public CheckSettings(String projectName, Path baseDirectory, Path modelsDirectory, List<String> packs,
            List<Path> ruleFiles, Severity failOnSeverity, Instant asOf, Path outputDirectory,
            List<ProjectOverride> overrides, Path waiversFile, boolean waiversFileRequired, List<String> importers) {
        this(projectName, baseDirectory, modelsDirectory, packs, ruleFiles, failOnSeverity, asOf, outputDirectory,
                overrides, waiversFile, waiversFileRequired, importers, null);
    }

    /** Settings with every built-in importer. */
    public CheckSettings(String projectName, Path baseDirectory, Path modelsDirectory, List<String> packs,
            List<Path> ruleFiles, Severity failOnSeverity, Instant asOf, Path outputDirectory,
            List<ProjectOverride> overrides, Path waiversFile, boolean waiversFileRequired) {
        this(projectName, baseDirectory, modelsDirectory, packs, ruleFiles, failOnSeverity, asOf, outputDirectory,
                overrides, waiversFile, waiversFileRequired, List.of());
    }

    /** Settings without waivers. */
    public CheckSettings(String projectName, Path baseDirectory, Path modelsDirectory, List<String> packs,
            List<Path> ruleFiles, Severity failOnSeverity, Instant asOf, Path outputDirectory,
            List<ProjectOverride> overrides) {
        this(projectName, baseDirectory, modelsDirectory, packs, ruleFiles, failOnSeverity, asOf, outputDirectory,
                overrides, null, false);
    }

    /** Settings without overrides: every rule as its pack declares it. */
    public CheckSettings(String projectName, Path baseDirectory, Path modelsDirectory, List<String> packs,
            List<Path> ruleFiles, Severity failOnSeverity, Instant asOf, Path outputDirectory) {
        this(projectName, baseDirectory, modelsDirectory, packs, ruleFiles, failOnSeverity, asOf, outputDirectory,
                List.of());
    }
}
