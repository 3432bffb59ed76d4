package dev.modelops.pipeline;

import dev.modelops.model.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a governance check needs to know: where the project and its models are, which rule packs and
 * project rule files are in force, from which severity a violation fails, the "as of" instant of every
 * time-dependent rule, and where the reports go.
 */
public record CheckSettings(
        String projectName,
        Path baseDirectory,
        Path modelsDirectory,
        List<String> packs,
        List<Path> ruleFiles,
        Severity failOnSeverity,
        Instant asOf,
        Path outputDirectory) {

    public CheckSettings {
        packs = List.copyOf(packs);
        ruleFiles = List.copyOf(ruleFiles);
    }
}
