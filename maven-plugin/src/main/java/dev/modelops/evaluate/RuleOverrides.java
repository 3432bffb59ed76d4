package dev.modelops.evaluate;

import dev.modelops.model.Enforcement;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the project's overrides (the POM's {@code <rules>}) to the loaded rules, before they are compiled:
 * first every pack-level override, in the order written, then every rule-level one, so that a rule-level
 * override wins over its pack's. Parameters can only be overridden per rule. Every mistake (an unknown rule,
 * pack or parameter, a value not of the parameter's type, an unknown enforcement or severity, an entry naming
 * both or neither of a rule and a pack) is collected and reported together, located at {@link #WHERE}.
 */
public final class RuleOverrides {

    /** Where override problems are reported: the configuration the user wrote them in. */
    public static final String WHERE = "pom.xml <rules>";

    private RuleOverrides() {
    }

    /**
     * {@code rules} with the overrides applied, in the same order.
     *
     * @throws InvalidInputException listing every override that cannot be applied
     */
    public static List<Rule> apply(List<Rule> rules, List<ProjectOverride> overrides) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        Set<String> packs = new LinkedHashSet<>();
        rules.forEach(rule -> packs.add(rule.pack()));

        List<ProjectOverride> packLevel = new ArrayList<>();
        List<ProjectOverride> ruleLevel = new ArrayList<>();
        for (ProjectOverride override : overrides) {
            boolean namesRule = present(override.ruleId());
            boolean namesPack = present(override.pack());
            if (namesRule == namesPack) {
                problems.add(problem(override.subject() + (namesRule ? " names both <id> and <pack>" : " names no rule"),
                        "either <id> with a rule id or <pack> with a pack name"));
            } else if (namesPack && !packs.contains(override.pack().trim())) {
                problems.add(problem("the override of " + override.subject() + " names a pack that is not in force",
                        oneOf("a pack in force", override.pack().trim(), packs)));
            } else if (namesPack && !override.params().isEmpty()) {
                problems.add(problem("the override of " + override.subject() + " sets <params>",
                        "<params> only in an override of one rule (<id>), since parameters belong to a rule"));
            } else if (namesRule && !byId.containsKey(override.ruleId().trim())) {
                problems.add(problem("the override of " + override.subject() + " names a rule that is not in force",
                        oneOf("a rule in force", override.ruleId().trim(), byId.keySet())));
            } else {
                (namesPack ? packLevel : ruleLevel).add(override);
            }
        }
        for (ProjectOverride override : packLevel) {
            String pack = override.pack().trim();
            byId.replaceAll((id, rule) -> pack.equals(rule.pack()) ? override(rule, override, problems) : rule);
        }
        for (ProjectOverride override : ruleLevel) {
            String id = override.ruleId().trim();
            byId.put(id, override(byId.get(id), override, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(dedupe(problems));
        }
        return List.copyOf(byId.values());
    }

    private static Rule override(Rule rule, ProjectOverride override, List<InputProblem> problems) {
        Severity severity = rule.severity();
        if (present(override.severity())) {
            severity = Severity.parse(override.severity()).orElse(null);
            if (severity == null) {
                problems.add(problem("the override of " + override.subject() + " sets <severity> to '"
                        + override.severity().trim() + "'", "one of " + Severity.allLabels()));
                severity = rule.severity();
            }
        }
        Enforcement enforcement = rule.enforcement();
        if (present(override.enforcement())) {
            enforcement = Enforcement.parse(override.enforcement()).orElse(null);
            if (enforcement == null) {
                problems.add(problem("the override of " + override.subject() + " sets <enforcement> to '"
                        + override.enforcement().trim() + "'", "one of " + Enforcement.allLabels()));
                enforcement = rule.enforcement();
            }
        }
        Map<String, RuleParameter> params = new LinkedHashMap<>(rule.params());
        override.params().forEach((name, text) -> {
            RuleParameter declared = rule.params().get(name);
            if (declared == null) {
                problems.add(problem("the override of rule " + rule.id() + " sets <params><" + name
                        + ">, which the rule does not declare",
                        rule.params().isEmpty() ? "no <params>: the rule has no parameters"
                                : oneOf("a declared parameter", name, rule.params().keySet())));
                return;
            }
            declared.type().fromText(text).ifPresentOrElse(
                    value -> params.put(name, declared.withValue(value)),
                    () -> problems.add(problem("the override of rule " + rule.id() + " sets <params><" + name
                            + "> to '" + (text == null ? "" : text.trim()) + "', which is not of its type "
                            + declared.type().label(), declared.type().expected())));
        });
        return rule.overridden(severity, enforcement, params);
    }

    /** "a rule in force (did you mean core.owner-present?); available: a, b, c". */
    private static String oneOf(String what, String written, Collection<String> known) {
        String closest = Suggestions.closest(written, known);
        return what + (closest == null ? "" : " (did you mean " + closest + "?)") + "; available: "
                + String.join(", ", known);
    }

    private static InputProblem problem(String found, String expected) {
        return new InputProblem(SourceLocation.of(WHERE), found, expected);
    }

    private static List<InputProblem> dedupe(List<InputProblem> problems) {
        // A pack-level mistake would otherwise be reported once per rule of the pack.
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
