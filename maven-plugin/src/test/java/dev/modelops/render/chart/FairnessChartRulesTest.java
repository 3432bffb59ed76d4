package dev.modelops.render.chart;

import static dev.modelops.render.chart.Results.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.evaluate.FairnessComparison;
import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RuleOverrides;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fairness pictures against the fairness rules themselves: the built-in pack is run on the same results, and a
 * group the picture marks below its band is exactly a group the rule's message names, so that the card can never
 * show a screen passed that the rule failed, or the other way round.
 */
class FairnessChartRulesTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    private static final List<Rule> PACK = new RulePackLoader().loadBuiltIn("fairness").rules();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all within four-fifths", FindingStatus.PASSED, FindingStatus.NOT_APPLICABLE, List.of(), List.of(
                        group("selection_rate", "sex", "male", 0.63, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.61, 8000L, "holdout"))),
                Arguments.of("one group below four-fifths", FindingStatus.FAILED, FindingStatus.NOT_APPLICABLE, List.of(), List.of(
                        group("selection_rate", "sex", "male", 0.60, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.47, 8000L, "holdout"),
                        group("selection_rate", "age_band", "18-25", 0.40, 900L, "holdout"),
                        group("selection_rate", "age_band", "26-40", 0.52, 900L, "holdout"))),
                Arguments.of("exactly four-fifths in decimals", FindingStatus.PASSED, FindingStatus.NOT_APPLICABLE, List.of(), List.of(
                        group("selection_rate", "sex", "male", 0.40, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.32, 8000L, "holdout"))),
                Arguments.of("a small group with a high rate is not the reference", FindingStatus.PASSED, FindingStatus.NOT_APPLICABLE, List.of(), List.of(
                        group("selection_rate", "sex", "male", 0.50, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.45, null, "holdout"),
                        group("selection_rate", "sex", "other", 0.95, 12L, "holdout"))),
                Arguments.of("two datasets, one failing", FindingStatus.FAILED, FindingStatus.NOT_APPLICABLE, List.of(), List.of(
                        group("selection_rate", "sex", "male", 0.50, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.45, 8000L, "holdout"),
                        group("selection_rate", "sex", "male", 0.50, 9000L, "out-of-time"),
                        group("selection_rate", "sex", "female", 0.35, 8000L, "out-of-time"))),
                Arguments.of("a project's stricter ratio and smaller minimum group", FindingStatus.FAILED, FindingStatus.NOT_APPLICABLE,
                        List.of(new ProjectOverride(FairnessScreen.FOUR_FIFTHS_RULE, null, null, null,
                                Map.of("minRatio", "0.95", "minGroupSize", "10"))), List.of(
                        group("selection_rate", "sex", "male", 0.50, 9000L, "holdout"),
                        group("selection_rate", "sex", "female", 0.46, 8000L, "holdout"),
                        group("selection_rate", "sex", "other", 0.30, 12L, "holdout"))),
                Arguments.of("true positive rates too far apart", FindingStatus.NOT_APPLICABLE, FindingStatus.FAILED, List.of(), List.of(
                        group("true_positive_rate", "sex", "male", 0.70, 9000L, "holdout"),
                        group("true_positive_rate", "sex", "female", 0.58, 8000L, "holdout"),
                        group("false_positive_rate", "sex", "male", 0.10, 900L, "holdout"),
                        group("false_positive_rate", "sex", "female", 0.05, 800L, "holdout"))),
                Arguments.of("error rates exactly the allowed difference apart", FindingStatus.NOT_APPLICABLE, FindingStatus.PASSED, List.of(), List.of(
                        group("true_positive_rate", "sex", "male", 0.7, 9000L, "holdout"),
                        group("true_positive_rate", "sex", "female", 0.6, 8000L, "holdout"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theGroupsMarkedBelowAreTheGroupsTheRuleFails(String situation, FindingStatus fourFifthsStatus,
            FindingStatus equalizedOddsStatus, List<ProjectOverride> overrides, List<MetricResult> results) {
        List<Rule> rules = RuleOverrides.apply(PACK, overrides);
        GovernedModel model = Models.model("scorer", List.of("sex", "age_band"), results);
        List<Finding> findings = RuleEngine.compile(rules).evaluate(model, AS_OF);

        assertThat(check(FairnessScreen.FOUR_FIFTHS_RULE, FairnessScreen.fourFifths(rules), model, findings,
                List.of(FairnessComparison.SELECTION_RATE))).isEqualTo(fourFifthsStatus);
        assertThat(check(FairnessScreen.EQUALIZED_ODDS_RULE, FairnessScreen.equalizedOdds(rules), model, findings,
                List.of(FairnessComparison.TRUE_POSITIVE_RATE, FairnessComparison.FALSE_POSITIVE_RATE)))
                .isEqualTo(equalizedOddsStatus);
    }

    /** Checks the picture against the rule's finding, and returns the finding's status. */
    private static FindingStatus check(String ruleId, FairnessScreen screen, GovernedModel model, List<Finding> findings,
            List<String> metrics) {
        Finding finding = findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
        List<String> below = new ArrayList<>();
        for (FairnessComparison comparison : FairnessComparison.of(model.evaluations(),
                model.metadata().protectedAttributes())) {
            if (metrics.contains(comparison.metric())) {
                for (String group : FairnessChart.of(comparison, screen).below()) {
                    below.add(comparison.attribute() + "=" + group);
                }
            }
        }
        if (finding.status() == FindingStatus.NOT_APPLICABLE) {
            assertThat(below).as(finding.message()).isEmpty();
            return finding.status();
        }
        assertThat(finding.status()).as(finding.message())
                .isEqualTo(below.isEmpty() ? FindingStatus.PASSED : FindingStatus.FAILED);
        if (screen.kind() == FairnessScreen.Kind.RATIO) {
            // The four-fifths rule names every failing group.
            below.forEach(group -> assertThat(finding.message()).contains("ratio for " + group));
        } else {
            // Equalized odds names the lowest group of each spread too wide: one of those marked below.
            below.forEach(group -> assertThat(finding.message()).contains(group));
        }
        return finding.status();
    }
}
