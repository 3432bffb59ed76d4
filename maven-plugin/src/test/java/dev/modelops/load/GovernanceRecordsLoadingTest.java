package dev.modelops.load;

import static dev.modelops.load.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The governance records of model.yaml, and the monitoring and baseline result folders, as loaded. */
class GovernanceRecordsLoadingTest {

    private final Path base = project("governance-records");
    private final GovernedModel model = new ModelInventoryLoader(base).load(base.resolve("models")).get(0);

    @Test
    void everyGovernanceRecordIsBound() {
        ModelMetadata metadata = model.metadata();

        assertThat(metadata.vendor().contract()).isEqualTo("MSA-2025-117");
        assertThat(metadata.affectsPeople()).isTrue();
        assertThat(metadata.protectedAttributes()).containsExactly("language");
        assertThat(metadata.euAiAct().riskClass()).isEqualTo("limited");
        assertThat(metadata.euAiAct().role()).isEqualTo("deployer");
        assertThat(metadata.acceptanceCriteria().get(0).declared()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(metadata.acceptanceCriteria().get(0).min()).isEqualTo(0.9);
        assertThat(metadata.budgets().latencyP95Ms()).isEqualTo(1500.0);
        assertThat(metadata.budgets().memoryMb()).isEqualTo(512.5);
        assertThat(metadata.budgets().artifactSizeMb()).isNull();
        assertThat(metadata.risks().get(0).status()).isEqualTo("mitigated");
        assertThat(metadata.humanOversight()).hasSize(1);
        assertThat(metadata.cybersecurity()).containsExactly("Prompt-injection filter on inbound text.");
        assertThat(metadata.logging().retentionDays()).isEqualTo(365L);
        assertThat(metadata.logging().events()).containsExactly("input", "output", "reviewer");
        assertThat(metadata.changeLog().get(0).status()).isEqualTo("production");
        assertThat(metadata.impactAssessment().reference()).isEqualTo("DPIA-2026-014");
        assertThat(metadata.baseline().version()).isEqualTo("1.3.2");
        assertThat(metadata.approvals().get(0).artifactSha256()).isEqualTo(metadata.artifact().sha256());
        assertThat(metadata.datasets().get(0).datasheet()).isEqualTo("docs/datasheets/complaints-eval.md");
        assertThat(metadata.extensions()).isEmpty();
    }

    @Test
    void monitoringAndBaselineResultsAreReadFromTheirFoldersAndListedAsInputs() {
        assertThat(model.evaluations()).extracting(MetricResult::count).containsExactly(1200L, 310L);
        assertThat(model.monitoringResults()).extracting(MetricResult::metric).containsExactly("faithfulness", "psi");
        assertThat(model.monitoringResults().get(0).count()).isEqualTo(5000L);
        assertThat(model.monitoringResults().get(1).count()).isNull();
        assertThat(model.baselineEvaluations()).extracting(MetricResult::value).containsExactly(0.9);
        assertThat(model.inputs()).extracting(InputFile::kind)
                .containsExactly("model", "evaluation", "monitoring", "baseline", "lineage");
        assertThat(model.inputs()).extracting(InputFile::path).containsExactly(
                "models/summarizer/model.yaml", "models/summarizer/evaluations/heldout.json",
                "models/summarizer/monitoring/2026-10.csv", "models/summarizer/baseline/approved-1.3.2.json",
                "models/summarizer/lineage.yaml");
    }

    @Test
    void lineageDatasetsKeepLegalBasisMaskingAndStatus() {
        var dataset = model.lineage().datasets().get(0);

        assertThat(dataset.legalBasis()).isEqualTo("GDPR Art. 6(1)(f)");
        assertThat(dataset.masked()).isTrue();
        assertThat(dataset.status()).isEqualTo("active");
    }

    @Test
    void aListedBaselineFileMustExist(@TempDir Path copy) throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path path : walk.toList()) {
                Path target = copy.resolve(base.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Path modelFile = copy.resolve("models/summarizer/model.yaml");
        Files.writeString(modelFile, Files.readString(modelFile).replace("  approved: 2025-09-10\n",
                "  approved: 2025-09-10\n  evaluationFiles: [baseline/missing.json]\n"));

        List<String> problems = Fixtures.problemsOf(() -> new ModelInventoryLoader(copy).load(copy.resolve("models")));

        assertThat(problems).singleElement().asString().contains("baseline/missing.json").contains("does not exist");
    }
}
