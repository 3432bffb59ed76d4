package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every built-in rule pack must show in its test: a compliant model passes every rule of the pack; every
 * rule has at least one failing case, each with the message it must give (observed value and bound); the cases
 * where a rule does not apply are not-applicable, not passes; a model with nothing filled in fails but never
 * makes a rule error; and every rule is documented and cites a framework. A pack's test extends this class and
 * supplies the model and the cases. The pack is compiled on its own, without the packs it extends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BuiltInPackContract {

    static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    /** The frameworks references are grouped by in the reports: a pack cites them by exactly these names. */
    static final Set<String> FRAMEWORKS = Set.of("SR 11-7", "EU AI Act", "NIST AI RMF", "ISO/IEC 42001",
            "GDPR", "ECOA / Regulation B");

    private RulePack pack;
    private RuleEngine engine;

    /** The built-in pack under test, by name. */
    abstract String packName();

    /** A model that complies with every rule of the pack (each rule passes: none is not-applicable). */
    abstract ModelFixture compliant();

    /** Arguments: rule id, situation, change to the compliant model, a part of the message it must give. */
    abstract Stream<Arguments> violations();

    /** Arguments: rule id, situation, change to the compliant model after which the rule does not apply. */
    Stream<Arguments> notApplicable() {
        return Stream.empty();
    }

    /** A model with nothing filled in: {@link ModelFixture}'s defaults, without texts, artifact or monitoring. */
    ModelFixture bare() {
        ModelFixture bare = new ModelFixture();
        bare.description = null;
        bare.license = null;
        bare.riskTier = null;
        bare.status = null;
        bare.intendedUse = null;
        bare.artifact = null;
        bare.monitoring = null;
        return bare;
    }

    static Arguments violation(String ruleId, String situation, Consumer<ModelFixture> change, String expectedMessage) {
        return arguments(ruleId, situation, change, expectedMessage);
    }

    static Arguments notApplicable(String ruleId, String situation, Consumer<ModelFixture> change) {
        return arguments(ruleId, situation, change);
    }

    @BeforeAll
    void compilePack() {
        pack = new RulePackLoader().loadBuiltIn(packName());
        engine = RuleEngine.compile(pack.rules());
    }

    RuleEngine engine() {
        return engine;
    }

    Finding findingOf(String ruleId, ModelFixture model) {
        return engine.evaluate(model.build(), AS_OF).stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ruleId + " in pack " + packName()));
    }

    @Test
    void aCompliantModelPassesEveryRuleOfThePack() {
        List<Finding> findings = engine.evaluate(compliant().build(), AS_OF);

        assertThat(findings).hasSize(engine.rules().size());
        assertThat(findings).allSatisfy(f -> assertThat(f.status())
                .as("%s: %s", f.ruleId(), f.message()).isEqualTo(FindingStatus.PASSED));
    }

    @Test
    void everyRuleIsDocumentedAndCitesAFramework() {
        assertThat(pack.name()).isEqualTo(packName());
        assertThat(pack.title()).isNotBlank();
        assertThat(pack.description()).isNotBlank();
        assertThat(engine.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).startsWith(packName() + ".");
            assertThat(rule.title()).as(rule.id()).isNotBlank();
            assertThat(rule.description()).as(rule.id()).isNotBlank();
            assertThat(rule.message()).as(rule.id()).isNotBlank();
            assertThat(rule.references()).as(rule.id()).isNotEmpty()
                    .allSatisfy(reference -> assertThat(FRAMEWORKS).contains(reference.framework()));
        });
    }

    @ParameterizedTest(name = "{0} fails: {1}")
    @MethodSource("violations")
    void ruleFailsWithAMessageThatSaysWhy(String ruleId, String situation, Consumer<ModelFixture> change,
            String expectedMessage) {
        ModelFixture model = compliant();
        assertThat(findingOf(ruleId, model).status()).isEqualTo(FindingStatus.PASSED);

        change.accept(model);
        Finding finding = findingOf(ruleId, model);

        assertThat(finding.status()).as(finding.message()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).contains(expectedMessage).doesNotContain("<error");
    }

    @Test
    void everyRuleHasAFailingCase() {
        Set<String> covered = violations().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = engine.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).isEqualTo(all);
    }

    @ParameterizedTest(name = "{0} does not apply: {1}")
    @MethodSource("notApplicable")
    void ruleDoesNotApply(String ruleId, String situation, Consumer<ModelFixture> change) {
        ModelFixture model = compliant();
        change.accept(model);

        Finding finding = findingOf(ruleId, model);

        assertThat(finding.status()).as(finding.message()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(finding.message()).isEqualTo(finding.rule().title());
    }

    @Test
    void aBareModelNeverMakesARuleError() {
        List<Finding> findings = engine.evaluate(bare().build(), AS_OF);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).as("%s: %s", f.ruleId(), f.message()).isNotEqualTo(FindingStatus.ERROR);
            assertThat(f.message()).as(f.ruleId()).doesNotContain("<error");
        });
    }
}
