package dev.modelops.evaluate;

import dev.modelops.model.RulePack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    static Rule rule(String id, String when, String expr, String message) {
        return new Rule(id, "Title of " + id, null, Severity.MEDIUM, when, expr, message, null, List.of(), "test",
                new SourceLocation("rules/test.yaml", 3, 5, "/rules/0"));
    }

    private static Finding evaluateOne(Rule rule, GovernedModel model) {
        return RuleEngine.compile(List.of(rule)).evaluate(model, AS_OF).get(0);
    }

    @Test
    void oneFindingPerRuleInRuleOrder() {
        RuleEngine engine = RuleEngine.compile(List.of(
                rule("t.passes", null, "has(model.id)", "never"),
                rule("t.fails", null, "size(model.people) > 5", "only {{ size(model.people) }} people"),
                rule("t.not-applicable", "model.status == 'retired'", "false", "never")));

        List<Finding> findings = engine.evaluate(ModelFixture.compliant().build(), AS_OF);

        assertThat(engine.rules()).extracting(Rule::id).containsExactly("t.passes", "t.fails", "t.not-applicable");
        assertThat(findings).extracting(Finding::ruleId).containsExactly("t.passes", "t.fails", "t.not-applicable");
        assertThat(findings).extracting(Finding::status)
                .containsExactly(FindingStatus.PASSED, FindingStatus.FAILED, FindingStatus.NOT_APPLICABLE);
        assertThat(findings).extracting(Finding::message)
                .containsExactly("Title of t.passes", "only 3 people", "Title of t.not-applicable");
        assertThat(findings).extracting(Finding::modelId).containsOnly("credit-scoring");
    }

    @Test
    void whenFalseMeansNotApplicableAndExprIsNotEvaluated() {
        Finding finding = evaluateOne(rule("t.when", "model.status == 'development'", "model.no.such.key", "never"),
                ModelFixture.compliant().build());

        assertThat(finding.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(finding.message()).isEqualTo("Title of t.when");
    }

    @Test
    void aMissingKeyIsAnErrorFindingNamingRuleModelAndCause() {
        Finding finding = evaluateOne(rule("t.missing", null, "model.monitoring.escalation == 'pager'", "never"),
                ModelFixture.compliant().build());

        assertThat(finding.status()).isEqualTo(FindingStatus.ERROR);
        assertThat(finding.message())
                .startsWith("Rule t.missing could not be evaluated on model credit-scoring: expr: ")
                .endsWith("expr: key 'escalation' is not present in map (at character 17); test optional fields "
                        + "with has(...) first");
    }

    @Test
    void wrongTypesDivisionByZeroAndNonBoolResultsAreErrorsNotExceptions() {
        GovernedModel model = ModelFixture.compliant().build();

        assertThat(evaluateOne(rule("t.type", null, "model.id + 1 == 2", "x"), model))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR))
                .satisfies(f -> assertThat(f.message()).contains("No matching overload"));
        assertThat(evaluateOne(rule("t.zero", null, "size(model.people) / 0 == 1", "x"), model))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR))
                .satisfies(f -> assertThat(f.message()).contains("by zero"));
        assertThat(evaluateOne(rule("t.dyn", null, "model.id", "x"), model))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR))
                .satisfies(f -> assertThat(f.message())
                        .contains("expr gave the string 'credit-scoring', expected true or false"));
        assertThat(evaluateOne(rule("t.when-error", "model.nothing", "true", "x"), model))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR))
                .satisfies(f -> assertThat(f.message()).contains("when: ").contains("'nothing'"));
    }

    @Test
    void runawayLoopsStopAtTheIterationBudget() {
        ModelFixture fixture = ModelFixture.compliant();
        IntStream.range(0, 1_000).forEach(i -> fixture.evaluations.add(
                ModelFixture.metric("m" + i, i, Map.of(), null)));

        Finding finding = evaluateOne(rule("t.loop", null,
                "evaluations.all(a, evaluations.all(b, evaluations.all(c, a.value + b.value + c.value >= 0)))", "x"),
                fixture.build());

        assertThat(finding.status()).isEqualTo(FindingStatus.ERROR);
        assertThat(finding.message()).contains("Iteration budget exceeded");
    }

    @Test
    void intsAndDoublesCompare() {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.extensions.put("reviewCycleMonths", 12);
        fixture.extensions.put("targetAuc", 0.75);
        GovernedModel model = fixture.build();

        assertThat(evaluateOne(rule("t.int-double", null,
                "model.extensions.reviewCycleMonths < 12.5 && model.extensions.reviewCycleMonths == 12.0 "
                        + "&& model.extensions.reviewCycleMonths == 12 && model.extensions.targetAuc > 0", "x"), model)
                .status()).isEqualTo(FindingStatus.PASSED);
        assertThat(evaluateOne(rule("t.double-int", null, "evaluations[0].value < 1 && evaluations[0].value > 0", "x"),
                model).status()).isEqualTo(FindingStatus.PASSED);
        assertThat(evaluateOne(rule("t.int-int", null, "size(model.people) == 3", "x"), model).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void asOfIsATimestampAndDatesAreTimestamps() {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.approvals.clear();
        fixture.approvals.add(new dev.modelops.model.Approval("Priya Raman", "validator", LocalDate.of(2025, 11, 2),
                "approved", null));
        Rule recent = rule("t.recent", null, "asOf - model.approvals[0].date < duration('8760h')",
                "approved {{ asOf - model.approvals[0].date }} before {{ asOf }}, on {{ model.approvals[0].date }}");

        RuleEngine engine = RuleEngine.compile(List.of(recent));
        assertThat(engine.evaluate(fixture.build(), Instant.parse("2026-11-01T00:00:00Z")).get(0).status())
                .isEqualTo(FindingStatus.PASSED);
        Finding late = engine.evaluate(fixture.build(), Instant.parse("2026-11-02T00:00:00Z")).get(0);
        assertThat(late.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(late.message()).isEqualTo("approved 365 days before 2026-11-02, on 2025-11-02");
    }

    @Test
    void findingsPointAtTheRuleFieldOrElseTheModelFile() {
        Rule withField = new Rule("t.field", "t", null, Severity.LOW, null, "false", "x", "/people", List.of(), "test",
                null);
        Rule withUnknownField = new Rule("t.unknown", "t", null, Severity.LOW, null, "false", "x", "/nowhere",
                List.of(), "test", null);
        Rule withoutField = rule("t.none", null, "false", "x");

        List<Finding> findings = RuleEngine.compile(List.of(withField, withUnknownField, withoutField))
                .evaluate(ModelFixture.compliant().build(), AS_OF);

        assertThat(findings.get(0).location()).isEqualTo(
                new SourceLocation(ModelFixture.MODEL_FILE, ModelFixture.lineOf("people"), 1, "/people"));
        assertThat(findings.get(1).location()).isEqualTo(SourceLocation.of(ModelFixture.MODEL_FILE));
        assertThat(findings.get(2).location()).isEqualTo(SourceLocation.of(ModelFixture.MODEL_FILE));
    }

    @Test
    void everyRuleThatDoesNotCompileIsReportedAtItsLineWithTheCelPosition() {
        RulePack pack = new RulePackLoader().loadFile(RulePackFixtures.file("bad-expressions.yaml"),
                RulePackFixtures.baseDirectory());

        assertThatThrownBy(() -> RuleEngine.compile(pack.rules()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe)
                        .satisfiesExactly(
                                syntax -> assertThat(syntax)
                                        .startsWith("rule-packs/bad-expressions.yaml:8:5: rule bank.bad-syntax: "
                                                + "expr does not compile: ERROR: expr:1:33: mismatched input ')'")
                                        .endsWith("\n     | model.people.exists(p, p.role ==)\n"
                                                + "     | ................................^"),
                                variable -> assertThat(variable)
                                        .startsWith("rule-packs/bad-expressions.yaml:13:5: rule bank.unknown-variable: "
                                                + "when does not compile: ERROR: when:1:1: undeclared reference to "
                                                + "'modell'\n     | modell.status == 'production'\n     | ^"),
                                notBool -> assertThat(notBool)
                                        .isEqualTo("rule-packs/bad-expressions.yaml:19:5: rule bank.not-bool: expr is "
                                                + "of type int, not bool, expected an expression that is true or "
                                                + "false, e.g. size(model.limitations) > 0"),
                                placeholder -> assertThat(placeholder)
                                        .startsWith("rule-packs/bad-expressions.yaml:25:5: rule bank.bad-placeholder: "
                                                + "message placeholder 1 {{ model.people.filter(p, ) }} does not "
                                                + "compile: ERROR: message:1:"),
                                unclosed -> assertThat(unclosed)
                                        .startsWith("rule-packs/bad-expressions.yaml:30:5: rule "
                                                + "bank.unclosed-placeholder: message is malformed: placeholder 1 "
                                                + "opened with {{ at character 8 is never closed with }}"),
                                javaCall -> assertThat(javaCall)
                                        .startsWith("rule-packs/bad-expressions.yaml:34:5: rule bank.java-call: expr "
                                                + "does not compile: ERROR: expr:1:18: undeclared reference to "
                                                + "'getClass'")));
    }

    @Test
    void duplicateIdsAreRejectedByTheEngineToo() {
        assertThatThrownBy(() -> RuleEngine.compile(List.of(rule("t.same", null, "true", "x"),
                rule("t.same", null, "false", "y"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicate rule id 't.same', first declared at rules/test.yaml:3:5 (pack test)");
    }

    @Test
    void aRuleWithoutExprIsRejected() {
        assertThatThrownBy(() -> RuleEngine.compile(List.of(rule("t.empty", null, " ", "x"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules/test.yaml:3:5: rule t.empty: expr is missing");
    }

    @Test
    void theStringsExtensionAndTheTextFunctionAreAvailable() {
        Finding finding = evaluateOne(rule("t.strings", null, "false",
                "{{ model.people.map(p, p.name.lowerAscii()).join(' / ') }} | {{ text(0.0001) }} | {{ string(0.0001) }}"),
                ModelFixture.compliant().build());

        assertThat(finding.message())
                .isEqualTo("dana whitfield / lee chen / priya raman | 0.0001 | 1.0E-4");
    }

    @Test
    void messagesRenderListsExactDoublesAndErrorsInPlace() {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.evaluations.clear();
        fixture.evaluations.add(ModelFixture.metric("auc", 0.7999, Map.of(), new Threshold(0.8, null)));
        fixture.evaluations.add(ModelFixture.metric("psi", 0.30000000000000004, Map.of(), null));
        fixture.outOfScopeUses.clear();

        Finding finding = evaluateOne(rule("t.message", null, "false",
                "auc {{ evaluations[0].value }} < {{ evaluations[0].threshold.min }}; values {{ evaluations.map(e, "
                        + "e.value) }}; roles {{ model.people.map(p, p.role) }}; none {{ model.outOfScopeUses }}; "
                        + "bad {{ model.nothing }}; still rendered {{ model.id }}"),
                fixture.build());

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("auc 0.7999 < 0.8; values 0.7999, 0.30000000000000004; "
                + "roles owner, developer, validator; none (none); "
                + "bad <error: key 'nothing' is not present in map (at character 6); test optional "
                + "fields with has(...) first>; still rendered credit-scoring");
    }

    @Test
    void oneEngineServesManyThreadsAtOnce() throws Exception {
        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules());
        GovernedModel model = ModelFixture.compliant().build();
        List<Finding> expected = engine.evaluate(model, AS_OF);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> runs = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> engine.evaluate(model, AS_OF))).toList();
            for (Future<List<Finding>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evaluateAllOrdersByModelIdThenRule() {
        RuleEngine engine = RuleEngine.compile(List.of(rule("t.a", null, "true", "x"), rule("t.b", null, "true", "x")));
        ModelFixture zebra = ModelFixture.compliant();
        zebra.id = "zebra";
        ModelFixture alpha = ModelFixture.compliant();
        alpha.id = "alpha";

        List<Finding> findings = engine.evaluateAll(List.of(zebra.build(), alpha.build()), AS_OF);

        assertThat(findings).extracting(f -> f.modelId() + "/" + f.ruleId())
                .containsExactly("alpha/t.a", "alpha/t.b", "zebra/t.a", "zebra/t.b");
    }
}
