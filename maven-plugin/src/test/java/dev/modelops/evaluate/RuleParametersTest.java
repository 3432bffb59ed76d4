package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.Approval;
import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParametersTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private static Rule rule(String id, String expr, String message, RuleParameter... params) {
        Map<String, RuleParameter> declared = new LinkedHashMap<>();
        for (RuleParameter param : params) {
            declared.put(param.name(), param);
        }
        Map<String, SourceLocation> keys = Map.of("expr", new SourceLocation("rules/test.yaml", 9, 5, ""),
                "message", new SourceLocation("rules/test.yaml", 10, 5, ""));
        return new Rule(id, "Title of " + id, null, Severity.MEDIUM, null, expr, message, null, List.of(), "test",
                new SourceLocation("rules/test.yaml", 3, 5, "/rules/0"), keys, null, Enforcement.FAIL, declared);
    }

    private static Finding evaluate(Rule rule) {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.approvals.clear();
        fixture.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2026, 5, 1), "approved", null));
        return RuleEngine.compile(List.of(rule)).evaluate(fixture.build(), AS_OF).get(0);
    }

    @Test
    void eachRuleReadsItsOwnParameterValuesOfEveryType() {
        Rule typed = rule("t.typed",
                "params.minCount == 3 && params.ratio > 0.5 && params.name == 'auc' && params.strict"
                        + " && params.window == duration('8760h')",
                "never",
                new RuleParameter("minCount", RuleParameter.Type.INTEGER, 3L, null),
                new RuleParameter("ratio", RuleParameter.Type.NUMBER, 0.8, null),
                new RuleParameter("name", RuleParameter.Type.STRING, "auc", null),
                new RuleParameter("strict", RuleParameter.Type.BOOLEAN, true, null),
                new RuleParameter("window", RuleParameter.Type.DURATION, Duration.ofDays(365), null));
        Rule other = rule("t.other", "params.minCount == 7", "never",
                new RuleParameter("minCount", RuleParameter.Type.INTEGER, 7L, null));

        List<Finding> findings = RuleEngine.compile(List.of(typed, other))
                .evaluate(ModelFixture.compliant().build(), AS_OF);

        assertThat(findings).extracting(Finding::status).containsExactly(FindingStatus.PASSED, FindingStatus.PASSED);
    }

    @Test
    void aDurationParameterWorksWithDatesAndMessagesShowTheBoundAsWritten() {
        RuleParameter maxAge = new RuleParameter("maxAge", RuleParameter.Type.DURATION, Duration.ofDays(90), null);
        Finding finding = evaluate(rule("t.age",
                "model.approvals.exists(a, asOf - a.date <= params.maxAge)",
                "approved {{ asOf - model.approvals[0].date }} ago, but the maximum is {{ params.maxAge }}", maxAge));

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("approved 184 days ago, but the maximum is 90 days");
        assertThat(evaluate(rule("t.age", "model.approvals.exists(a, asOf - a.date <= params.maxAge)", "x",
                maxAge.withValue(Duration.ofDays(200)))).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void numbersInMessagesAreNeverRounded() {
        Finding finding = evaluate(rule("t.ratio", "0.7999 >= params.minRatio",
                "ratio 0.7999, but the minimum is {{ params.minRatio }}",
                new RuleParameter("minRatio", RuleParameter.Type.NUMBER, 0.8, null)));

        assertThat(finding.message()).isEqualTo("ratio 0.7999, but the minimum is 0.8");
    }

    @Test
    void readingAnUndeclaredParameterIsACompileProblemAtTheKey() {
        Rule misspelt = rule("t.misspelt", "params.maxAgeDay > 0 && has(params.extra)",
                "bound {{ params.maxAgeDays }} and {{ params.other }}",
                new RuleParameter("maxAgeDays", RuleParameter.Type.INTEGER, 365L, null));
        Rule undeclared = rule("t.none", "[1].all(x, params.limit > x)", "never");

        assertThatThrownBy(() -> RuleEngine.compile(List.of(misspelt, undeclared)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().stream().map(InputProblem::describe).toList()).containsExactly(
                        "rules/test.yaml:9:5: rule t.misspelt: expr reads params.extra, params.maxAgeDay, which the "
                                + "rule does not declare, expected one of the declared parameters: maxAgeDays",
                        "rules/test.yaml:10:5: rule t.misspelt: message placeholder 2 {{ params.other }} reads "
                                + "params.other, which the rule does not declare, expected one of the declared "
                                + "parameters: maxAgeDays",
                        "rules/test.yaml:9:5: rule t.none: expr reads params.limit, which the rule does not declare, "
                                + "expected a params: entry in the rule declaring each parameter it reads"));
    }

    @Test
    void theCorePackBoundsApprovalAgeByItsParameter() {
        Rule approvalCurrent = new RulePackLoader().loadBuiltIn("core").rules().stream()
                .filter(r -> r.id().equals("core.approval-current")).findFirst().orElseThrow();
        assertThat(approvalCurrent.paramValues()).containsExactly(Map.entry("maxAgeDays", 365L));

        Rule strict = approvalCurrent.overridden(approvalCurrent.severity(), Enforcement.FAIL,
                Map.of("maxAgeDays", approvalCurrent.params().get("maxAgeDays").withValue(100L)));
        Finding finding = evaluate(strict);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("The approvals of model credit-scoring are all more than 100 days old "
                + "on 2026-11-01 (maxAgeDays); approved on: 2026-05-01");
        assertThat(evaluate(approvalCurrent).status()).isEqualTo(FindingStatus.PASSED);
    }
}
