package dev.modelops.render.chart;

import dev.modelops.model.Baseline;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Governed models for chart tests: only what the pictures read (results, protected attributes, baseline). */
final class Models {

    private Models() {
    }

    static GovernedModel model(String id, List<String> protectedAttributes, List<MetricResult> evaluations) {
        return model(id, "3.2.0", protectedAttributes, evaluations, List.of(), null, List.of());
    }

    static GovernedModel model(String id, String version, List<String> protectedAttributes,
            List<MetricResult> evaluations, List<MetricResult> baselineResults, String baselineVersion,
            List<MetricResult> monitoring) {
        ModelMetadata metadata = new ModelMetadata(id, "Model " + id, version, "classifier", null, null, null,
                List.of(), "high", "production", null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                null, null, !protectedAttributes.isEmpty(), protectedAttributes, null, List.of(), null, List.of(),
                List.of(), List.of(), null, List.of(), null,
                baselineVersion == null ? null : new Baseline(baselineVersion, LocalDate.of(2025, 9, 29), List.of()),
                null);
        return new GovernedModel(metadata, evaluations, Lineage.EMPTY,
                SourceLocation.of("src/main/models/" + id + "/model.yaml"), List.of(), Map.of(), monitoring,
                baselineResults);
    }
}
