package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.MetricResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The built-in fairness pack: the four-fifths rule, demographic parity and equalized odds on the per-group results
 * of the protected attributes, and that a model affecting people is assessed at all.
 */
class FairnessRulePackTest extends BuiltInPackContract {

    static final String FAIRNESS_FILE = "src/main/models/credit-scoring/evaluations/fairness-2026q3.csv";
    static final String DATASET = "holdout-2026q3";

    @Override
    String packName() {
        return "fairness";
    }

    /**
     * The core-compliant credit scorer, affecting people, with protected attributes sex and age_band and, for each,
     * selection_rate, true_positive_rate and false_positive_rate per group, each group counted. Rows 2 to 16 of the
     * fairness file, in the order added.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.affectsPeople = true;
        model.protectedAttributes.add("sex");
        model.protectedAttributes.add("age_band");
        add(model, "selection_rate", "sex", "male", 0.41, 9120L);
        add(model, "selection_rate", "sex", "female", 0.37, 8410L);
        add(model, "selection_rate", "age_band", "18-25", 0.35, 1210L);
        add(model, "selection_rate", "age_band", "26-40", 0.40, 6350L);
        add(model, "selection_rate", "age_band", "41+", 0.39, 9970L);
        add(model, "true_positive_rate", "sex", "male", 0.81, 9120L);
        add(model, "true_positive_rate", "sex", "female", 0.78, 8410L);
        add(model, "true_positive_rate", "age_band", "18-25", 0.76, 1210L);
        add(model, "true_positive_rate", "age_band", "26-40", 0.80, 6350L);
        add(model, "true_positive_rate", "age_band", "41+", 0.79, 9970L);
        add(model, "false_positive_rate", "sex", "male", 0.08, 9120L);
        add(model, "false_positive_rate", "sex", "female", 0.07, 8410L);
        add(model, "false_positive_rate", "age_band", "18-25", 0.09, 1210L);
        add(model, "false_positive_rate", "age_band", "26-40", 0.08, 6350L);
        add(model, "false_positive_rate", "age_band", "41+", 0.07, 9970L);
        return model;
    }

    /** A per-group result on the holdout, at the next row of the fairness file. */
    static void add(ModelFixture model, String metric, String attribute, String group, double value, Long count) {
        int line = (int) model.evaluations.stream().filter(e -> FAIRNESS_FILE.equals(e.source().file())).count() + 2;
        model.evaluations.add(ModelFixture.result(metric, value, Map.of(attribute, group), null, count, DATASET,
                LocalDate.of(2026, 9, 1), FAIRNESS_FILE, line));
    }

    /** Replaces the value and count of one group's result, keeping its row. */
    static void set(ModelFixture model, String metric, String attribute, String group, double value, Long count) {
        for (int i = 0; i < model.evaluations.size(); i++) {
            MetricResult e = model.evaluations.get(i);
            if (e.metric().equals(metric) && e.slice().equals(Map.of(attribute, group))) {
                model.evaluations.set(i, ModelFixture.result(metric, value, Map.of(attribute, group), null, count,
                        e.dataset(), e.date(), e.source().file(), e.source().line()));
                return;
            }
        }
        throw new IllegalArgumentException("no " + metric + " for " + attribute + "=" + group);
    }

    static void removeMetric(ModelFixture model, String metric) {
        model.evaluations.removeIf(e -> e.metric().equals(metric));
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("fairness.assessed", "no protected attributes declared",
                        m -> m.protectedAttributes.clear(),
                        "Model credit-scoring affects people but declares no protected attributes "
                                + "(protectedAttributes), so its fairness cannot be assessed"),
                violation("fairness.assessed", "attributes declared, no per-group results", m -> {
                    removeMetric(m, "selection_rate");
                    removeMetric(m, "true_positive_rate");
                    removeMetric(m, "false_positive_rate");
                }, "Model credit-scoring affects people but has no per-group results of selection_rate, "
                        + "true_positive_rate or false_positive_rate on at least two groups of its protected "
                        + "attributes sex, age_band"),
                violation("fairness.attributes-covered", "a declared attribute never measured",
                        m -> m.protectedAttributes.add("marital_status"),
                        "Protected attributes of model credit-scoring without per-group results of selection_rate, "
                                + "true_positive_rate or false_positive_rate on at least two groups: "
                                + "marital_status (no per-group results)"),
                violation("fairness.attributes-covered", "an attribute measured on one group only", m -> {
                    m.protectedAttributes.add("region");
                    add(m, "selection_rate", "region", "north", 0.40, 5000L);
                }, "at least two groups: region (only selection_rate on 1 group)"),
                violation("fairness.group-sizes-sufficient", "a group of 12", m -> set(m, "selection_rate", "sex",
                        "female", 0.37, 12L),
                        "Groups of model credit-scoring too small or of unknown size to judge fairness (minimum 30 "
                                + "examples): sex=female on holdout-2026q3 (selection_rate, 12 examples)"),
                violation("fairness.group-sizes-sufficient", "a group without count", m -> set(m,
                        "false_positive_rate", "age_band", "41+", 0.07, null),
                        "age_band=41+ on holdout-2026q3 (false_positive_rate, count not given)"),
                violation("fairness.disparate-impact-ratio", "selection rate of women 0.29 against 0.41",
                        m -> set(m, "selection_rate", "sex", "female", 0.29, 8410L),
                        "Model credit-scoring fails the four-fifths rule: disparate impact ratio for sex=female on "
                                + "holdout-2026q3 is 0.707 (selection rate 0.29 against 0.41 for sex=male), but the "
                                + "minimum is 0.8"),
                violation("fairness.disparate-impact-ratio", "a ratio of 0.79975 never reads as 0.8",
                        m -> set(m, "selection_rate", "sex", "female", 0.3279, 8410L),
                        "disparate impact ratio for sex=female on holdout-2026q3 is 0.799 (selection rate 0.3279 "
                                + "against 0.41 for sex=male), but the minimum is 0.8"),
                violation("fairness.disparate-impact-ratio", "the most favoured group is too small to compare", m -> {
                    add(m, "selection_rate", "sex", "other", 0.9, 12L);
                    set(m, "selection_rate", "sex", "female", 0.30, 8410L);
                }, "disparate impact ratio for sex=female on holdout-2026q3 is 0.731 (selection rate 0.3 against "
                        + "0.41 for sex=male)"),
                violation("fairness.disparate-impact-ratio", "a group without count is compared, two failures", m -> {
                    add(m, "selection_rate", "sex", "undisclosed", 0.2, null);
                    set(m, "selection_rate", "age_band", "18-25", 0.31, 1210L);
                }, "disparate impact ratio for age_band=18-25 on holdout-2026q3 is 0.775 (selection rate 0.31 "
                        + "against 0.4 for age_band=26-40), but the minimum is 0.8; disparate impact ratio for "
                        + "sex=undisclosed on holdout-2026q3 is 0.487 (selection rate 0.2 against 0.41 for sex=male)"),
                violation("fairness.demographic-parity", "selection rates 0.41 and 0.30",
                        m -> set(m, "selection_rate", "sex", "female", 0.30, 8410L),
                        "Model credit-scoring fails demographic parity: demographic parity difference for sex on "
                                + "holdout-2026q3 is 0.11 (selection rate 0.41 for sex=male against 0.3 for "
                                + "sex=female), but the maximum is 0.1"),
                violation("fairness.equalized-odds", "true positive rates 0.81 and 0.69",
                        m -> set(m, "true_positive_rate", "sex", "female", 0.69, 8410L),
                        "Model credit-scoring fails equalized odds: true_positive_rate differs by 0.12 across sex on "
                                + "holdout-2026q3 (0.81 for sex=male against 0.69 for sex=female), but the maximum "
                                + "equalized-odds difference is 0.1"),
                violation("fairness.equalized-odds", "false positive rates 0.19 and 0.07",
                        m -> set(m, "false_positive_rate", "age_band", "18-25", 0.19, 1210L),
                        "false_positive_rate differs by 0.12 across age_band on holdout-2026q3 (0.19 for "
                                + "age_band=18-25 against 0.07 for age_band=41+)"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("fairness.assessed", "does not affect people", m -> {
                    m.affectsPeople = false;
                    m.protectedAttributes.clear();
                }),
                notApplicable("fairness.assessed", "affectsPeople not declared", m -> m.affectsPeople = null),
                notApplicable("fairness.attributes-covered", "no protected attribute", m -> m.protectedAttributes.clear()),
                notApplicable("fairness.group-sizes-sufficient", "no protected attribute, nothing compared",
                        m -> m.protectedAttributes.clear()),
                notApplicable("fairness.disparate-impact-ratio", "no selection rates",
                        m -> removeMetric(m, "selection_rate")),
                notApplicable("fairness.disparate-impact-ratio", "a single group large enough per attribute", m -> {
                    set(m, "selection_rate", "sex", "female", 0.1, 20L);
                    set(m, "selection_rate", "age_band", "18-25", 0.1, 20L);
                    set(m, "selection_rate", "age_band", "26-40", 0.1, 29L);
                }),
                notApplicable("fairness.demographic-parity", "no selection rates",
                        m -> removeMetric(m, "selection_rate")),
                notApplicable("fairness.equalized-odds", "no error rates per group", m -> {
                    removeMetric(m, "true_positive_rate");
                    removeMetric(m, "false_positive_rate");
                }));
    }

    @Test
    void aRatioOfExactlyFourFifthsPassesDespiteBinaryRounding() {
        ModelFixture model = compliant();
        set(model, "selection_rate", "sex", "female", 0.328, 8410L);

        assertThat(findingOf("fairness.disparate-impact-ratio", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aDifferenceOfExactlyTheMaximumPassesDespiteBinaryRounding() {
        ModelFixture model = compliant();
        // 0.45 - 0.35 is 0.10000000000000003 in binary floating point
        set(model, "selection_rate", "sex", "male", 0.45, 9120L);
        set(model, "selection_rate", "sex", "female", 0.35, 8410L);

        assertThat(findingOf("fairness.demographic-parity", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aGroupBelowTheMinimumSizeIsNotComparedButReported() {
        ModelFixture model = compliant();
        add(model, "selection_rate", "sex", "other", 0.05, 12L);

        assertThat(findingOf("fairness.disparate-impact-ratio", model).status()).isEqualTo(FindingStatus.PASSED);
        assertThat(findingOf("fairness.demographic-parity", model).status()).isEqualTo(FindingStatus.PASSED);
        Finding tooSmall = findingOf("fairness.group-sizes-sufficient", model);
        assertThat(tooSmall.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(tooSmall.message()).endsWith("sex=other on holdout-2026q3 (selection_rate, 12 examples)");
        assertThat(tooSmall.location()).hasToString(FAIRNESS_FILE + ":17");
    }

    @Test
    void theMinimumGroupSizeIsAParameter() {
        ModelFixture model = compliant();
        add(model, "selection_rate", "sex", "other", 0.05, 12L);
        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn(packName()).rules().stream()
                .map(rule -> rule.id().equals("fairness.disparate-impact-ratio")
                        ? rule.overridden(rule.severity(), rule.enforcement(), Map.of(
                                "minRatio", rule.params().get("minRatio"),
                                "minGroupSize", rule.params().get("minGroupSize").withValue(10L)))
                        : rule)
                .toList());

        Finding finding = engine.evaluate(model.build(), AS_OF).stream()
                .filter(f -> f.ruleId().equals("fairness.disparate-impact-ratio")).findFirst().orElseThrow();

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).contains("disparate impact ratio for sex=other on holdout-2026q3 is 0.121");
    }

    @Test
    void aFailingGroupIsLocatedAtItsRow() {
        ModelFixture model = compliant();
        set(model, "selection_rate", "sex", "female", 0.29, 8410L);
        set(model, "true_positive_rate", "sex", "female", 0.69, 8410L);

        assertThat(findingOf("fairness.disparate-impact-ratio", model).location()).hasToString(FAIRNESS_FILE + ":3");
        assertThat(findingOf("fairness.demographic-parity", model).location()).hasToString(FAIRNESS_FILE + ":3");
        assertThat(findingOf("fairness.equalized-odds", model).location()).hasToString(FAIRNESS_FILE + ":8");
    }

    @Test
    void resultsOnOtherMetricsOrUnprotectedFeaturesAreNotCompared() {
        ModelFixture model = compliant();
        add(model, "selection_rate", "region", "north", 0.10, 5000L);
        add(model, "selection_rate", "region", "south", 0.50, 5000L);
        add(model, "auc", "sex", "female", 0.50, 8410L);

        List<Finding> findings = engine().evaluate(model.build(), AS_OF);

        assertThat(findings).allSatisfy(f -> assertThat(f.status()).as(f.ruleId() + ": " + f.message())
                .isEqualTo(FindingStatus.PASSED));
    }
}
