package dev.modelops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.imports.HuggingFaceCardImporter;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticHuggingFaceCardsTest {

    @Test
    void everyGeneratedCardIsOfRealSizeAndLoadsAsAModel(@TempDir Path project) throws IOException {
        Path models = project.resolve("src/main/models");
        SyntheticHuggingFaceCards.write(models, 120, 42L);

        try (Stream<Path> files = Files.walk(models)) {
            List<Path> cards = files.filter(Files::isRegularFile).toList();
            assertThat(cards).hasSize(120).allSatisfy(card -> {
                assertThat(card.getFileName().toString()).isEqualTo(HuggingFaceCardImporter.FILE_NAME);
                assertThat(Files.size(card)).isBetween(5L * 1024, 16L * 1024);
            });
        }
        List<GovernedModel> loaded = new ModelInventoryLoader(project, List.of(new HuggingFaceCardImporter()))
                .load(models);

        assertThat(loaded).hasSize(120).allSatisfy(model -> {
            assertThat(model.evaluations()).isNotEmpty();
            assertThat(model.metadata().version()).isNotBlank();
            assertThat(model.metadata().intendedUse()).isNotBlank();
            assertThat(model.documentation()).hasSizeGreaterThan(15);
        });
        // Messy on purpose: a few "n/a" values are reading warnings, the percentages and spreads are not.
        assertThat(loaded).filteredOn(model -> !model.inputWarnings().isEmpty()).hasSizeBetween(1, 30);
        assertThat(loaded).flatExtracting(GovernedModel::evaluations)
                .anySatisfy(result -> assertThat(result.confidenceInterval()).isNotNull());

        List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                .evaluateAll(loaded, Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(findings).noneMatch(finding -> finding.status() == FindingStatus.ERROR);
        long passed = findings.stream().filter(finding -> finding.status() == FindingStatus.PASSED).count();
        long failed = findings.stream().filter(finding -> finding.status() == FindingStatus.FAILED).count();
        assertThat(passed).as("core rules passed, against %d failed", failed).isGreaterThan(2 * failed);
    }

    @Test
    void isDeterministicForASeed(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticHuggingFaceCards.write(first, 4, 7L);
        SyntheticHuggingFaceCards.write(second, 4, 7L);

        assertThat(Files.readString(first.resolve("model-0004/README.md")))
                .isEqualTo(Files.readString(second.resolve("model-0004/README.md")));
    }
}
