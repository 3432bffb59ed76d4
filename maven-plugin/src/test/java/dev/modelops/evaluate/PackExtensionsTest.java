package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Person;
import dev.modelops.model.RulePack;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Packs that extend other packs, and packs that apply only to some models. */
class PackExtensionsTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private final RulePackLoader loader = new RulePackLoader();

    private static Path file(String name) {
        return RulePackFixtures.file("extends/" + name);
    }

    private static List<String> problems(List<String> packs, Path... files) {
        try {
            new RulePackLoader().load(packs, List.of(files), RulePackFixtures.baseDirectory());
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::describe).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void anExtendedPackIsPutInForceBeforeThePacksThatExtendIt() {
        List<RulePack> packs = loader.load(List.of(), List.of(file("high-risk.yaml"), file("team-base.yaml")),
                RulePackFixtures.baseDirectory());

        assertThat(packs).extracting(RulePack::name).containsExactly("core", "team-base", "high-risk");
        assertThat(packs.get(2).extendsPacks()).containsExactly("core@1.1", "team-base");
    }

    @Test
    void aPackNamedAndExtendedIsInForceOnce() {
        List<RulePack> packs = loader.load(List.of("core"), List.of(file("team-base.yaml")),
                RulePackFixtures.baseDirectory());

        assertThat(packs).extracting(RulePack::name).containsExactly("core", "team-base");
    }

    @Test
    void aPackThatExtendsAProjectPackNotInForceIsRefused() {
        assertThat(problems(List.of(), file("high-risk.yaml"))).containsExactly(
                "rule-packs/extends/high-risk.yaml:4:21: at /extends/1: pack high-risk extends 'team-base', which is "
                        + "neither a built-in pack nor the pack of a rule file in force, expected one of the built-in "
                        + "packs " + String.join(", ", BuiltInRulePacks.names())
                        + ", or the name of a pack in one of the project's rule files");
    }

    @Test
    void aVersionTooOldAndAnUnknownPackAreEachReportedAtTheirEntry() {
        assertThat(problems(List.of(), file("needs-newer-core.yaml"))).containsExactly(
                "rule-packs/extends/needs-newer-core.yaml:5:5: at /extends/0: pack needs-newer-core extends core@1.9, "
                        + "but the core pack in force is version 1.3.0, expected version 1.9 or later, before 2.0.0",
                "rule-packs/extends/needs-newer-core.yaml:6:5: at /extends/1: pack needs-newer-core extends "
                        + "'core-plus', which is neither a built-in pack nor the pack of a rule file in force, expected "
                        + "one of the built-in packs " + String.join(", ", BuiltInRulePacks.names())
                        + ", or the name of a pack in one of the project's rule files");
    }

    @Test
    void packsThatExtendEachOtherAreRefused() {
        assertThat(problems(List.of(), file("cycle-a.yaml"), file("cycle-b.yaml"))).containsExactly(
                "rule-packs/extends/cycle-b.yaml:4:11: at /extends/0: pack cycle-b extends cycle-a, which extends it "
                        + "in turn (cycle-a -> cycle-b -> cycle-a), expected packs that extend each other in one "
                        + "direction only");
    }

    @Test
    void aRuleFileMayNotTakeTheNameOfAPackInForce() {
        assertThat(problems(List.of("core"), file("core-again.yaml"))).containsExactly(
                "rule-packs/extends/core-again.yaml: the pack name 'core', which modelops/rules/core.yaml already uses, "
                        + "expected a pack name of its own for each rule file (built-in pack names included)");
    }

    @ParameterizedTest(name = "{0} satisfies {1}: {2}")
    @CsvSource({
        "1.1.0, 1.1, true", "1.4.2, 1.1, true", "1.0.9, 1.1, false", "2.0.0, 1.1, false", "1.1.0, 1, true",
        "0.9.0, 1, false", "1.1.3, 1.1.3, true", "1.1.2, 1.1.3, false", "1.2.0-rc1, 1.2, true"})
    void versionRequirementsFollowTheMajorVersion(String version, String minimum, boolean satisfied) {
        assertThat(PackExtensions.satisfies(version, minimum)).isEqualTo(satisfied);
    }

    @Test
    void aPackConditionMakesItsRulesNotApplicableWhereItDoesNotHold() {
        List<RulePack> packs = loader.load(List.of(), List.of(file("high-risk.yaml"), file("team-base.yaml")),
                RulePackFixtures.baseDirectory());
        RuleEngine engine = RuleEngine.compile(RulePackLoader.rules(packs));
        ModelFixture high = ModelFixture.compliant();
        ModelFixture low = ModelFixture.compliant();
        low.riskTier = "low";

        Finding onHigh = finding(engine, high, "high-risk.two-validators");
        Finding onLow = finding(engine, low, "high-risk.two-validators");
        high.people.add(new Person("Ama Owusu", null, "validator", "Model Risk Management"));

        assertThat(onHigh.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(onHigh.message()).isEqualTo("Model credit-scoring has 1 validator(s)");
        assertThat(onLow.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(finding(engine, high, "high-risk.two-validators").status()).isEqualTo(FindingStatus.PASSED);
        assertThat(finding(engine, low, "team-base.has-task").status()).isEqualTo(FindingStatus.PASSED);
        assertThat(packs.get(2).when()).isEqualTo("has(model.riskTier) && model.riskTier in ['high', 'critical']");
    }

    @Test
    void aPackConditionThatDoesNotCompileIsReportedOnceAtItsLine() {
        RulePack pack = loader.loadFile(file("bad-pack-when.yaml"), RulePackFixtures.baseDirectory());

        assertThatThrownBy(() -> RuleEngine.compile(pack.rules()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).describe())
                            .startsWith("rule-packs/extends/bad-pack-when.yaml:4:1: pack bad-pack-when: when does not "
                                    + "compile: ERROR: when:1:");
                });
    }

    private static Finding finding(RuleEngine engine, ModelFixture model, String ruleId) {
        return engine.evaluate(model.build(), AS_OF).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow();
    }
}
