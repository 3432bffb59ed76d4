package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads 1,000 small but complete models, as the benchmark does (on several threads), and checks every one is
 * read whole. How long it takes is measured by the benchmark ({@code dev.modelops.bench.GovernanceBenchmark}),
 * not asserted here.
 */
class ModelInventoryLoaderAtScaleTest {

    private static final int MODELS = 1000;

    @Test
    void loadsAThousandModelsWhole(@TempDir Path base) throws IOException {
        Path models = base.resolve("src/main/models");
        for (int i = 0; i < MODELS; i++) {
            writeModel(models.resolve(String.format("model-%04d", i)), i);
        }
        List<GovernedModel> loaded = new ModelInventoryLoader(base).load(models);

        assertThat(loaded).hasSize(MODELS);
        assertThat(loaded.get(0).evaluations()).hasSize(4);
        assertThat(loaded.get(0).inputs()).hasSize(4);
    }

    private static void writeModel(Path folder, int index) throws IOException {
        Files.createDirectories(folder.resolve("evaluations"));
        String id = String.format("model-%04d", index);
        Files.writeString(folder.resolve("model.yaml"), """
                id: %s
                name: Model number %d
                version: 1.%d.0
                type: classifier
                task: binary-classification
                description: A generated model for the load benchmark.
                license: proprietary
                riskTier: high
                status: production
                people:
                  - {name: Dana Whitfield, email: dana@example.com, role: owner, organization: Risk}
                  - {name: Priya Raman, role: validator}
                intendedUse: Benchmarking.
                outOfScopeUses: [Anything real]
                limitations: [Synthetic]
                ethicalConsiderations: [None]
                datasets:
                  - {name: Applications, role: training, lineageRef: applications}
                artifact: {path: artifacts/m.onnx, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, format: onnx}
                approvals:
                  - {by: Priya Raman, role: validator, date: 2026-09-14, decision: approved}
                monitoring: {frequency: P30D, metrics: [auc, psi], owner: Dana Whitfield}
                extensions: {costCentre: %d}
                """.formatted(id, index, index, index));
        Files.writeString(folder.resolve("evaluations/holdout.json"), """
                {"dataset": "holdout", "date": "2026-09-01", "results": [
                  {"metric": "auc", "value": 0.81, "threshold": {"min": 0.75},
                   "confidenceInterval": {"lower": 0.80, "upper": 0.82, "level": 0.95}},
                  {"metric": "auc", "value": 0.77, "slice": {"age_band": "18-25"}}
                ]}
                """);
        Files.writeString(folder.resolve("evaluations/slices.csv"), """
                metric,value,slice,threshold_min,dataset,date
                auc,0.79,region=north,0.75,holdout,2026-09-01
                auc,0.80,region=south,0.75,holdout,2026-09-01
                """);
        Files.writeString(folder.resolve("lineage.yaml"), """
                datasets:
                  - {id: applications, name: Applications, pii: personal, version: "2024-12-31"}
                jobs:
                  - {id: train, type: training, runId: run-1}
                edges:
                  - {from: applications, to: train}
                  - {from: train, to: model-artifact}
                """);
    }
}
