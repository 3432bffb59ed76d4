package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ResourceBudgets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The built-in resources pack: a model in production with a latency, memory and artifact-size budget, measured
 * by a load test before release and by its monitoring since, passes every rule; a current measurement over its
 * budget, a budget nobody measured or a production model without budgets fails the rule concerned.
 */
class ResourcesRulePackTest extends BuiltInPackContract {

    static final String PERF_FILE = "src/main/models/credit-scoring/evaluations/perf.json";
    static final String MONITORING_FILE = "src/main/models/credit-scoring/monitoring/2026-10.json";
    static final LocalDate LOAD_TEST = LocalDate.of(2026, 9, 1);
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Override
    String packName() {
        return "resources";
    }

    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.budgets = new ResourceBudgets(150.0, 512.0, 40.0);
        model.evaluations.add(perf("latency_p95_ms", 118, Map.of(), LOAD_TEST, PERF_FILE, 4));
        model.evaluations.add(perf("memory_mb", 430, Map.of(), LOAD_TEST, PERF_FILE, 9));
        model.evaluations.add(perf("artifact_size_mb", 36.5, Map.of(), LOAD_TEST, PERF_FILE, 14));
        model.monitoringResults.add(perf("latency_p95_ms", 141, Map.of(), OCTOBER, MONITORING_FILE, 3));
        model.monitoringResults.add(perf("memory_mb", 470, Map.of(), OCTOBER, MONITORING_FILE, 8));
        return model;
    }

    static MetricResult perf(String metric, double value, Map<String, String> slice, LocalDate date, String file,
            int line) {
        return ModelFixture.result(metric, value, slice, null, 20_000L, "scoring-traffic", date, file, line);
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("resources.latency-budget-met", "the latest monitoring measurement is over budget",
                        m -> m.monitoringResults.set(0, perf("latency_p95_ms", 212, Map.of(), OCTOBER,
                                MONITORING_FILE, 3)),
                        "p95 latency of model credit-scoring measured 212 ms on 2026-10-01 "
                                + "(src/main/models/credit-scoring/monitoring/2026-10.json:3) exceeds its budget of "
                                + "150 ms"),
                violation("resources.latency-budget-met", "a later load test is over budget by a hair",
                        m -> m.evaluations.add(perf("latency_p95_ms", 150.01, Map.of(), LocalDate.of(2026, 10, 15),
                                PERF_FILE, 20)),
                        "measured 150.01 ms on 2026-10-15 (" + PERF_FILE + ":20) exceeds its budget of 150 ms"),
                violation("resources.latency-budget-met", "an undated measurement is over budget",
                        m -> m.evaluations.add(perf("latency_p95_ms", 180, Map.of(), null, PERF_FILE, 7)),
                        "p95 latency of model credit-scoring measured 180 ms (undated, " + PERF_FILE + ":7) exceeds "
                                + "its budget of 150 ms"),
                violation("resources.latency-budget-met", "two regions of the latest day over budget", m -> {
                    m.monitoringResults.add(perf("latency_p95_ms", 160, Map.of("region", "eu"), OCTOBER,
                            MONITORING_FILE, 11));
                    m.monitoringResults.add(perf("latency_p95_ms", 149, Map.of("region", "uk"), OCTOBER,
                            MONITORING_FILE, 12));
                    m.monitoringResults.add(perf("latency_p95_ms", 171.5, Map.of("region", "us"), OCTOBER,
                            MONITORING_FILE, 13));
                }, "p95 latency of model credit-scoring measured 160 ms for region=eu on 2026-10-01 ("
                        + MONITORING_FILE + ":11), 171.5 ms for region=us on 2026-10-01 (" + MONITORING_FILE
                        + ":13) each exceed its budget of 150 ms"),
                violation("resources.memory-budget-met", "peak memory in production over budget",
                        m -> m.monitoringResults.set(1, perf("memory_mb", 600, Map.of(), OCTOBER, MONITORING_FILE,
                                8)),
                        "Peak memory of model credit-scoring measured 600 MB on 2026-10-01 (" + MONITORING_FILE
                                + ":8) exceeds its budget of 512 MB"),
                violation("resources.artifact-size-budget-met", "artifact larger than its budget",
                        m -> m.evaluations.set(m.evaluations.size() - 1, perf("artifact_size_mb", 41.2, Map.of(),
                                LOAD_TEST, PERF_FILE, 14)),
                        "Artifact size of model credit-scoring measured 41.2 MB on 2026-09-01 (" + PERF_FILE
                                + ":14) exceeds its budget of 40 MB"),
                violation("resources.budgets-measured", "memory and artifact size never measured", m -> {
                    m.evaluations.removeIf(e -> !e.metric().equals("latency_p95_ms"));
                    m.monitoringResults.removeIf(e -> !e.metric().equals("latency_p95_ms"));
                }, "Model credit-scoring declares resource budgets that no evaluation or monitoring result measures: "
                        + "memoryMb of 512 MB (no memory_mb result); artifactSizeMb of 40 MB (no artifact_size_mb "
                        + "result)"),
                violation("resources.budgets-measured", "a latency budget measured under another name", m -> {
                    m.evaluations.removeIf(e -> e.metric().equals("latency_p95_ms"));
                    m.monitoringResults.set(0, perf("p95_latency", 141, Map.of(), OCTOBER, MONITORING_FILE, 3));
                }, "measures: latencyP95Ms of 150 ms (no latency_p95_ms result)"),
                violation("resources.budgets-declared", "in production without budgets", m -> m.budgets = null,
                        "Model credit-scoring is in production but declares no resource budget "
                                + "(budgets.latencyP95Ms, budgets.memoryMb or budgets.artifactSizeMb)"),
                violation("resources.budgets-declared", "an empty budgets section",
                        m -> m.budgets = new ResourceBudgets(null, null, null),
                        "is in production but declares no resource budget"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("resources.latency-budget-met", "no latency budget",
                        m -> m.budgets = new ResourceBudgets(null, 512.0, 40.0)),
                notApplicable("resources.latency-budget-met", "a latency budget nobody measured", m -> {
                    m.evaluations.removeIf(e -> e.metric().equals("latency_p95_ms"));
                    m.monitoringResults.removeIf(e -> e.metric().equals("latency_p95_ms"));
                }),
                notApplicable("resources.memory-budget-met", "no memory budget",
                        m -> m.budgets = new ResourceBudgets(150.0, null, 40.0)),
                notApplicable("resources.memory-budget-met", "no budgets at all", m -> m.budgets = null),
                notApplicable("resources.artifact-size-budget-met", "no artifact-size budget",
                        m -> m.budgets = new ResourceBudgets(150.0, 512.0, null)),
                notApplicable("resources.artifact-size-budget-met", "an artifact-size budget nobody measured",
                        m -> m.evaluations.removeIf(e -> e.metric().equals("artifact_size_mb"))),
                notApplicable("resources.budgets-measured", "no budgets", m -> m.budgets = null),
                notApplicable("resources.budgets-measured", "an empty budgets section",
                        m -> m.budgets = new ResourceBudgets(null, null, null)),
                notApplicable("resources.budgets-declared", "in development", m -> {
                    m.status = "development";
                    m.budgets = null;
                }));
    }

    @Test
    void anEarlierMeasurementOverBudgetIsSupersededByALaterOne() {
        ModelFixture model = compliant();
        model.evaluations.add(perf("latency_p95_ms", 250, Map.of(), LocalDate.of(2026, 8, 1), PERF_FILE, 30));
        model.evaluations.add(perf("memory_mb", 900, Map.of("batch", "64"), LocalDate.of(2026, 8, 1), PERF_FILE, 31));

        assertThat(findingOf("resources.latency-budget-met", model).status()).isEqualTo(FindingStatus.PASSED);
        assertThat(findingOf("resources.memory-budget-met", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aMeasurementExactlyAtItsBudgetMeetsIt() {
        ModelFixture model = compliant();
        model.monitoringResults.set(0, perf("latency_p95_ms", 150, Map.of(), OCTOBER, MONITORING_FILE, 3));

        assertThat(findingOf("resources.latency-budget-met", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void undatedMeasurementsAreAllCurrent() {
        ModelFixture model = compliant();
        model.evaluations.removeIf(e -> e.metric().equals("artifact_size_mb"));
        model.evaluations.add(perf("artifact_size_mb", 39.9, Map.of(), null, PERF_FILE, 40));
        model.evaluations.add(perf("artifact_size_mb", 40.5, Map.of("format", "onnx-fp32"), null, PERF_FILE, 41));

        Finding finding = findingOf("resources.artifact-size-budget-met", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("Artifact size of model credit-scoring measured 40.5 MB for "
                + "format=onnx-fp32 (undated, " + PERF_FILE + ":41) exceeds its budget of 40 MB");
    }

    @Test
    void aBudgetOverrunIsLocatedAtTheMeasurementRow() {
        ModelFixture model = compliant();
        model.monitoringResults.set(0, perf("latency_p95_ms", 212, Map.of(), OCTOBER, MONITORING_FILE, 3));

        Finding finding = findingOf("resources.latency-budget-met", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString(MONITORING_FILE + ":3:1");
    }

    @Test
    void aBareModelHasNothingToCheck() {
        assertThat(engine().evaluate(bare().build(), AS_OF))
                .allSatisfy(f -> assertThat(f.status()).as(f.ruleId()).isEqualTo(FindingStatus.NOT_APPLICABLE));
    }
}
