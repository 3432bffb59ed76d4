package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Enforcement;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleOverridesTest {

    private static final List<Rule> RULES = List.of(
            rule("core.owner-present", "core", Map.of()),
            rule("core.approval-current", "core",
                    Map.of("maxAgeDays", new RuleParameter("maxAgeDays", RuleParameter.Type.INTEGER, 365L, null))),
            rule("bank.fairness", "bank", params(
                    new RuleParameter("minRatio", RuleParameter.Type.NUMBER, 0.8, null),
                    new RuleParameter("window", RuleParameter.Type.DURATION, Duration.ofDays(365), null),
                    new RuleParameter("strict", RuleParameter.Type.BOOLEAN, false, null),
                    new RuleParameter("metric", RuleParameter.Type.STRING, "di", null))));

    private static Map<String, RuleParameter> params(RuleParameter... params) {
        Map<String, RuleParameter> map = new LinkedHashMap<>();
        for (RuleParameter param : params) {
            map.put(param.name(), param);
        }
        return map;
    }

    private static Rule rule(String id, String pack, Map<String, RuleParameter> params) {
        return new Rule(id, id, null, Severity.MEDIUM, null, "true", "x", null, List.of(), pack,
                SourceLocation.of("rules/" + pack + ".yaml"), Map.of(), null, Enforcement.FAIL, params);
    }

    private static ProjectOverride ofRule(String id, String enforcement, String severity, Map<String, String> params) {
        return new ProjectOverride(id, null, enforcement, severity, params);
    }

    private static ProjectOverride ofPack(String pack, String enforcement, String severity) {
        return new ProjectOverride(null, pack, enforcement, severity, null);
    }

    /** Parameter values in the order written, as Maven reads them from the POM. */
    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Rule find(List<Rule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> problems(List<ProjectOverride> overrides) {
        try {
            RuleOverrides.apply(RULES, overrides);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::describe).toList();
        }
        throw new AssertionError("expected the overrides to be refused");
    }

    @Test
    void withoutOverridesTheRulesAreUnchanged() {
        assertThat(RuleOverrides.apply(RULES, List.of())).isEqualTo(RULES);
    }

    @Test
    void aRuleLevelOverrideWinsOverItsPackWhateverTheOrderWritten() {
        List<Rule> rules = RuleOverrides.apply(RULES, List.of(
                ofRule("core.approval-current", "fail", "high", Map.of("maxAgeDays", "180")),
                ofPack("core", "warn", null)));

        assertThat(find(rules, "core.owner-present").enforcement()).isEqualTo(Enforcement.WARN);
        assertThat(find(rules, "core.owner-present").severity()).isEqualTo(Severity.MEDIUM);
        Rule approval = find(rules, "core.approval-current");
        assertThat(approval.enforcement()).isEqualTo(Enforcement.FAIL);
        assertThat(approval.severity()).isEqualTo(Severity.HIGH);
        assertThat(approval.paramValues()).containsExactly(Map.entry("maxAgeDays", 180L));
        assertThat(find(rules, "bank.fairness")).isEqualTo(RULES.get(2));
        assertThat(rules).extracting(Rule::id).containsExactly("core.owner-present", "core.approval-current",
                "bank.fairness");
    }

    @Test
    void parameterValuesAreReadAsTheirDeclaredTypes() {
        Rule fairness = find(RuleOverrides.apply(RULES, List.of(ofRule("bank.fairness", null, null,
                ordered("minRatio", "0.75", "window", "P30D", "strict", "true", "metric", "ratio")))), "bank.fairness");

        assertThat(fairness.paramValues()).containsExactly(Map.entry("minRatio", 0.75),
                Map.entry("window", Duration.ofDays(30)), Map.entry("strict", true), Map.entry("metric", "ratio"));
        assertThat(fairness.enforcement()).isEqualTo(Enforcement.FAIL);
    }

    @Test
    void anUnknownRuleIsRefusedWithTheClosestIdAndTheAvailableOnes() {
        assertThat(problems(List.of(ofRule("core.owner-presnt", "warn", null, null)))).containsExactly(
                "pom.xml <rules>: the override of rule core.owner-presnt names a rule that is not in force, expected "
                        + "a rule in force (did you mean core.owner-present?); available: core.owner-present, "
                        + "core.approval-current, bank.fairness");
    }

    @Test
    void anUnknownPackIsRefused() {
        assertThat(problems(List.of(ofPack("bnk", "warn", null)))).containsExactly(
                "pom.xml <rules>: the override of pack bnk names a pack that is not in force, expected a pack in "
                        + "force (did you mean bank?); available: core, bank");
    }

    @Test
    void anUnknownParameterIsRefused() {
        assertThat(problems(List.of(ofRule("core.owner-present", null, null, Map.of("days", "1")),
                ofRule("core.approval-current", null, null, Map.of("maxAgeDay", "180"))))).containsExactly(
                "pom.xml <rules>: the override of rule core.owner-present sets <params><days>, which the rule does "
                        + "not declare, expected no <params>: the rule has no parameters",
                "pom.xml <rules>: the override of rule core.approval-current sets <params><maxAgeDay>, which the rule "
                        + "does not declare, expected a declared parameter (did you mean maxAgeDays?); available: "
                        + "maxAgeDays");
    }

    @Test
    void aValueNotOfTheParameterTypeIsRefused() {
        assertThat(problems(List.of(
                ofRule("core.approval-current", null, null, Map.of("maxAgeDays", "half a year")),
                ofRule("bank.fairness", null, null, ordered("minRatio", "0,8", "window", "365 days", "strict", "yes")))))
                .containsExactly(
                        "pom.xml <rules>: the override of rule core.approval-current sets <params><maxAgeDays> to "
                                + "'half a year', which is not of its type integer, expected a whole number such as 365",
                        "pom.xml <rules>: the override of rule bank.fairness sets <params><minRatio> to '0,8', which "
                                + "is not of its type number, expected a number such as 0.8",
                        "pom.xml <rules>: the override of rule bank.fairness sets <params><window> to '365 days', "
                                + "which is not of its type duration, expected an ISO-8601 duration such as P365D or "
                                + "PT12H",
                        "pom.xml <rules>: the override of rule bank.fairness sets <params><strict> to 'yes', which is "
                                + "not of its type boolean, expected true or false");
    }

    @Test
    void anUnknownEnforcementOrSeverityIsRefusedOncePerOverride() {
        assertThat(problems(List.of(ofPack("core", "block", null), ofRule("bank.fairness", null, "severe", null))))
                .containsExactly(
                        "pom.xml <rules>: the override of pack core sets <enforcement> to 'block', expected one of "
                                + "fail, warn, audit, off",
                        "pom.xml <rules>: the override of rule bank.fairness sets <severity> to 'severe', expected one "
                                + "of info, low, medium, high, critical");
    }

    @Test
    void anEntryMustNameExactlyOneRuleOrPackAndPacksTakeNoParameters() {
        assertThat(problems(List.of(new ProjectOverride(null, null, "warn", null, null),
                new ProjectOverride("core.owner-present", "core", "warn", null, null),
                new ProjectOverride(null, "core", null, null, Map.of("maxAgeDays", "1"))))).containsExactly(
                "pom.xml <rules>: an entry names no rule, expected either <id> with a rule id or <pack> with a pack name",
                "pom.xml <rules>: rule core.owner-present names both <id> and <pack>, expected either <id> with a "
                        + "rule id or <pack> with a pack name",
                "pom.xml <rules>: the override of pack core sets <params>, expected <params> only in an override of "
                        + "one rule (<id>), since parameters belong to a rule");
    }
}
