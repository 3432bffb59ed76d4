package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Threshold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The core pack on 1,000 models, evaluated in parallel, gives exactly the findings of a one-thread run and no
 * error. How long it takes is measured by the benchmark ({@code dev.modelops.bench.GovernanceBenchmark}), not
 * asserted here: a timed assertion fails on a busy machine and proves nothing on a fast one.
 */
class RuleEngineAtScaleTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private static final int MODELS = 1_000;

    @Test
    void coreOnAThousandModels() {
        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules());
        List<GovernedModel> models = new ArrayList<>();
        for (int i = 0; i < MODELS; i++) {
            ModelFixture model = ModelFixture.compliant();
            model.id = "model-" + i;
            for (int slice = 0; slice < 20; slice++) {
                model.evaluations.add(ModelFixture.metric("auc", 0.70 + slice / 100.0, Map.of("region", "r" + slice),
                        new Threshold(0.75, null)));
            }
            if (i % 3 == 0) {
                model.people.clear();
                model.monitoring = null;
            }
            models.add(model.build());
        }
        models.subList(0, 100).forEach(model -> engine.evaluate(model, AS_OF));

        List<Finding> oneCore = new ArrayList<>();
        models.forEach(model -> oneCore.addAll(engine.evaluate(model, AS_OF)));
        List<Finding> findings = engine.evaluateAll(models, AS_OF);

        assertThat(findings).hasSize(MODELS * engine.rules().size()).containsExactlyInAnyOrderElementsOf(oneCore);
        assertThat(findings).noneMatch(f -> f.status() == FindingStatus.ERROR);
    }
}
