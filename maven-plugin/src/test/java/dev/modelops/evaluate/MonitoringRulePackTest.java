package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.MetricResult;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The built-in monitoring pack: a production model monitored as its plan says, without significant drift, without
 * degradation from its validated performance, meeting its thresholds in production, judged on the latest results.
 */
class MonitoringRulePackTest extends BuiltInPackContract {

    static final String SEPTEMBER_FILE = "src/main/models/credit-scoring/monitoring/2026-09.csv";
    static final String OCTOBER_FILE = "src/main/models/credit-scoring/monitoring/2026-10.csv";
    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 30);
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

    @Override
    String packName() {
        return "monitoring";
    }

    /**
     * The core-compliant credit scorer (in production, monitored every 30 days on auc and psi, validated at auc 0.812
     * and false_positive_rate 0.08 on the holdout) with two months of monitoring: September, when the income
     * feature drifted (psi 0.31) and auc was lower, and October, the latest, when everything is within bounds.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.monitoringResults.add(september("auc", 0.79, Map.of(), new Threshold(0.75, null), 2));
        model.monitoringResults.add(september("psi", 0.05, Map.of(), null, 3));
        model.monitoringResults.add(september("psi", 0.31, Map.of("feature", "income"), null, 4));
        model.monitoringResults.add(october("auc", 0.805, Map.of(), new Threshold(0.75, null), 2));
        model.monitoringResults.add(october("false_positive_rate", 0.085, Map.of(), new Threshold(null, 0.10), 3));
        model.monitoringResults.add(october("psi", 0.04, Map.of(), new Threshold(null, 0.25), 4));
        model.monitoringResults.add(october("psi", 0.06, Map.of("feature", "income"), null, 5));
        model.monitoringResults.add(october("auc", 0.78, Map.of("region", "north"), new Threshold(0.75, null), 6));
        return model;
    }

    static MetricResult september(String metric, double value, Map<String, String> slice, Threshold threshold,
            int line) {
        return ModelFixture.result(metric, value, slice, threshold, 51_200L, "production-2026-09", SEPTEMBER,
                SEPTEMBER_FILE, line);
    }

    static MetricResult october(String metric, double value, Map<String, String> slice, Threshold threshold,
            int line) {
        return ModelFixture.result(metric, value, slice, threshold, 49_870L, "production-2026-10", OCTOBER,
                OCTOBER_FILE, line);
    }

    /** Replaces the October result of {@code metric} on {@code slice} by one of another value and threshold. */
    static void setOctober(ModelFixture model, String metric, Map<String, String> slice, double value,
            Threshold threshold) {
        for (int i = 0; i < model.monitoringResults.size(); i++) {
            MetricResult r = model.monitoringResults.get(i);
            if (r.date().equals(OCTOBER) && r.metric().equals(metric) && r.slice().equals(slice)) {
                model.monitoringResults.set(i, october(metric, value, slice, threshold, r.source().line()));
                return;
            }
        }
        throw new IllegalArgumentException("no October " + metric + " on " + slice);
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("monitoring.results-current", "the latest result is 32 days old",
                        m -> m.monitoringResults.removeIf(r -> r.date().equals(OCTOBER)),
                        "The latest monitoring result of model credit-scoring is from 2026-09-30, 32 days before "
                                + "2026-11-01, but the monitoring plan (frequency P30D) asks for one at least every "
                                + "30 days"),
                violation("monitoring.results-current", "no monitoring result at all",
                        m -> m.monitoringResults.clear(),
                        "Model credit-scoring is in production with a monitoring plan (frequency P30D) but has no "
                                + "monitoring results"),
                violation("monitoring.results-current", "only undated results", m -> {
                    m.monitoringResults.clear();
                    m.monitoringResults.add(ModelFixture.result("auc", 0.8, Map.of(), null, null, null, null,
                            OCTOBER_FILE, 2));
                }, "Model credit-scoring is in production with a monitoring plan (frequency P30D) but has no dated "
                        + "monitoring result"),
                violation("monitoring.plan-metrics-monitored", "brier planned, never measured",
                        m -> m.monitoring = new MonitoringPlan("P30D", List.of("auc", "psi", "brier"), "Dana Whitfield",
                                null),
                        "Metrics of the monitoring plan of model credit-scoring without monitoring results: brier "
                                + "(planned metrics with results: auc, psi)"),
                violation("monitoring.results-dated", "a result without date",
                        m -> m.monitoringResults.add(ModelFixture.result("psi", 0.02, Map.of("feature", "age"), null,
                                null, null, null, OCTOBER_FILE, 7)),
                        "Monitoring results of model credit-scoring without a date: psi on feature=age ("
                                + OCTOBER_FILE + ":7)"),
                violation("monitoring.drift-within-limit", "the income feature drifts in October",
                        m -> setOctober(m, "psi", Map.of("feature", "income"), 0.27, null),
                        "Model credit-scoring has drifted: PSI of feature income on 2026-10-31 (production-2026-10) "
                                + "is 0.27, at or above the limit 0.25"),
                violation("monitoring.drift-within-limit", "the score drifts exactly at the limit",
                        m -> setOctober(m, "psi", Map.of(), 0.25, null),
                        "PSI of the model score on 2026-10-31 (production-2026-10) is 0.25, at or above the limit 0.25"),
                violation("monitoring.drift-watch", "a moderate drift of income",
                        m -> setOctober(m, "psi", Map.of("feature", "income"), 0.14, null),
                        "Model credit-scoring shows a moderate drift: PSI of feature income on 2026-10-31 "
                                + "(production-2026-10) is 0.14, at or above the watch level 0.1 (limit 0.25)"),
                violation("monitoring.drift-watch", "a slice other than a feature is named by its label",
                        m -> m.monitoringResults.add(october("psi", 0.1, Map.of("region", "north"), null, 8)),
                        "PSI of region=north on 2026-10-31 (production-2026-10) is 0.1"),
                violation("monitoring.performance-not-degraded", "auc 0.031 below the validated level",
                        m -> setOctober(m, "auc", Map.of(), 0.781, new Threshold(0.75, null)),
                        "Model credit-scoring performs below its validated level in production: auc in production on "
                                + "2026-10-31 is 0.781, 0.031 below the validated 0.812 on holdout-2026q3 "
                                + "(tolerance 0.02)"),
                violation("monitoring.performance-not-degraded", "false positive rate 0.03 above the validated level",
                        m -> setOctober(m, "false_positive_rate", Map.of(), 0.11, null),
                        "false_positive_rate in production on 2026-10-31 is 0.11, 0.03 above the validated 0.08 on "
                                + "holdout-2026q3 (tolerance 0.02)"),
                violation("monitoring.performance-not-degraded", "below the lowest of two validated levels", m -> {
                    m.evaluations.add(ModelFixture.result("auc", 0.798, Map.of(), new Threshold(0.75, null), 71_905L,
                            "credit-oot-2024h2", LocalDate.of(2026, 9, 1), ModelFixture.EVALUATION_FILE, 9));
                    setOctober(m, "auc", Map.of(), 0.77, null);
                }, "auc in production on 2026-10-31 is 0.77, 0.028 below the validated 0.798 on credit-oot-2024h2 "
                        + "(the lowest of 2 validation results) (tolerance 0.02)"),
                violation("monitoring.thresholds-met", "auc a hair below its production minimum",
                        m -> setOctober(m, "auc", Map.of(), 0.7999, new Threshold(0.8, null)),
                        "Model credit-scoring misses its thresholds in production: auc on overall of "
                                + "production-2026-10 on 2026-10-31 is 0.7999, below the minimum 0.8"),
                violation("monitoring.slice-thresholds-met", "region north below its minimum",
                        m -> setOctober(m, "auc", Map.of("region", "north"), 0.74, new Threshold(0.75, null)),
                        "Model credit-scoring misses its thresholds in production on some slices: auc on "
                                + "region=north of production-2026-10 on 2026-10-31 is 0.74, below the minimum 0.75"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("monitoring.results-current", "in development", m -> {
                    m.status = "development";
                    m.monitoringResults.clear();
                }),
                notApplicable("monitoring.results-current", "no monitoring plan", m -> {
                    m.monitoring = null;
                    m.monitoringResults.clear();
                }),
                notApplicable("monitoring.results-current", "a plan without frequency",
                        m -> m.monitoring = new MonitoringPlan(null, List.of("auc"), "Dana Whitfield", null)),
                notApplicable("monitoring.plan-metrics-monitored", "retired", m -> m.status = "retired"),
                notApplicable("monitoring.plan-metrics-monitored", "a plan without metrics",
                        m -> m.monitoring = new MonitoringPlan("P30D", List.of(), "Dana Whitfield", null)),
                notApplicable("monitoring.results-dated", "no monitoring result", m -> m.monitoringResults.clear()),
                notApplicable("monitoring.drift-within-limit", "no psi measured",
                        m -> m.monitoringResults.removeIf(r -> r.metric().equals("psi"))),
                notApplicable("monitoring.drift-watch", "no psi measured",
                        m -> m.monitoringResults.removeIf(r -> r.metric().equals("psi"))),
                notApplicable("monitoring.performance-not-degraded", "no validated metric measured overall in production",
                        m -> m.monitoringResults.removeIf(r -> !r.metric().equals("psi") && r.slice().isEmpty())),
                notApplicable("monitoring.performance-not-degraded", "no validation thresholds", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.812, Map.of(), null));
                }),
                notApplicable("monitoring.thresholds-met", "no thresholds overall in production",
                        m -> m.monitoringResults.replaceAll(r -> r.slice().isEmpty() ? ModelFixture.result(r.metric(),
                                r.value(), r.slice(), null, r.count(), r.dataset(), r.date(), r.source().file(),
                                r.source().line()) : r)),
                notApplicable("monitoring.slice-thresholds-met", "no thresholds on slices in production",
                        m -> m.monitoringResults.removeIf(r -> !r.slice().isEmpty() && r.threshold() != null)));
    }

    @Test
    void aDriftOrDegradationThatLaterResultsCorrectedNoLongerFails() {
        ModelFixture model = compliant();
        model.monitoringResults.add(september("auc", 0.70, Map.of(), new Threshold(0.75, null), 5));
        model.monitoringResults.add(september("auc", 0.70, Map.of("region", "north"), new Threshold(0.75, null), 6));

        assertThat(engine().evaluate(model.build(), AS_OF)).allSatisfy(f -> assertThat(f.status())
                .as("%s: %s", f.ruleId(), f.message()).isEqualTo(FindingStatus.PASSED));
    }

    @Test
    void aDegradationOfExactlyTheToleranceIsWithinIt() {
        ModelFixture model = compliant();
        // 0.812 - 0.792 is 0.020000000000000018 in binary floating point
        setOctober(model, "auc", Map.of(), 0.792, null);

        assertThat(findingOf("monitoring.performance-not-degraded", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aGraceExtendsTheMonitoringFrequency() {
        ModelFixture model = compliant();
        model.monitoringResults.removeIf(r -> r.date().equals(OCTOBER));
        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn(packName()).rules().stream()
                .filter(rule -> rule.id().equals("monitoring.results-current"))
                .map(rule -> rule.overridden(rule.severity(), rule.enforcement(), Map.of("grace",
                        rule.params().get("grace").withValue(java.time.Duration.ofDays(1)))))
                .toList());

        Finding withOneDay = engine.evaluate(model.build(), AS_OF).get(0);
        Finding withoutGrace = findingOf("monitoring.results-current", model);

        assertThat(withOneDay.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(withOneDay.message()).endsWith("asks for one at least every 30 days plus a grace of 1 day");
        assertThat(withoutGrace.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(engine.evaluate(model.build(), AS_OF.minusSeconds(86_400)).get(0).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aViolationIsLocatedAtTheRowOfTheLatestResult() {
        ModelFixture model = compliant();
        setOctober(model, "psi", Map.of("feature", "income"), 0.27, null);
        setOctober(model, "auc", Map.of(), 0.7, new Threshold(0.75, null));

        assertThat(findingOf("monitoring.drift-within-limit", model).location()).hasToString(OCTOBER_FILE + ":5:1");
        assertThat(findingOf("monitoring.performance-not-degraded", model).location())
                .hasToString(OCTOBER_FILE + ":2:1");
        assertThat(findingOf("monitoring.thresholds-met", model).location()).hasToString(OCTOBER_FILE + ":2:1");
    }

    @Test
    void twoYearsOfMonthlyMonitoringOnThirtyFeaturesStayWithinTheIterationBudget() {
        ModelFixture model = compliant();
        model.monitoringResults.clear();
        int line = 2;
        for (int month = 0; month < 24; month++) {
            LocalDate date = LocalDate.of(2024, 11, 30).plusMonths(month);
            model.monitoringResults.add(ModelFixture.result("auc", 0.70, Map.of(), new Threshold(0.75, null), null,
                    "production", date, OCTOBER_FILE, line++));
            for (int feature = 0; feature < 30; feature++) {
                model.monitoringResults.add(ModelFixture.result("psi", 0.3, Map.of("feature", "f" + feature), null,
                        null, "production", date, OCTOBER_FILE, line++));
            }
        }

        List<Finding> findings = engine().evaluate(model.build(), AS_OF.plusSeconds(90L * 86_400));

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).as("%s: %s", f.ruleId(), f.message()).isNotEqualTo(FindingStatus.ERROR);
            assertThat(f.message()).as(f.ruleId()).doesNotContain("<error");
        });
        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.FAILED).extracting(Finding::ruleId)
                .contains("monitoring.results-current", "monitoring.drift-within-limit",
                        "monitoring.performance-not-degraded", "monitoring.thresholds-met");
    }
}
