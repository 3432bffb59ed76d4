package dev.modelops.evaluate;

import dev.cel.runtime.CelVariableResolver;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates governance rules on models. Compile once with {@link #compile(List)}, which rejects every rule that
 * does not compile before any model is looked at; then {@link #evaluate(GovernedModel, Instant)} gives one
 * finding per rule for a model. Immutable and thread-safe: one engine can serve parallel builds.
 */
public final class RuleEngine {

    private final List<CompiledRule> compiled;
    private final List<Rule> rules;

    private RuleEngine(List<CompiledRule> compiled) {
        this.compiled = List.copyOf(compiled);
        this.rules = compiled.stream().map(CompiledRule::rule).toList();
    }

    /**
     * An engine for {@code rules}, in the order given (pack order, then file order).
     *
     * @throws InvalidInputException listing every rule that does not compile and every duplicate rule id, each at
     *     its file and line
     */
    public static RuleEngine compile(List<Rule> rules) {
        return new RuleEngine(RuleCompiler.compile(List.copyOf(rules)));
    }

    /** The rules in force, in pack and file order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * One finding per rule, in rule order, for {@code model} as of {@code asOf} (the instant every time-dependent
     * rule uses, so that a report can be reproduced). Never throws because of a rule: a rule that cannot be
     * evaluated on this model gives an ERROR finding.
     */
    public List<Finding> evaluate(GovernedModel model, Instant asOf) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Object> activation = CelModelView.activation(model, asOf);
        // A resolver rather than the map itself: evaluating with a map copies it on every call.
        CelVariableResolver variables = name -> Optional.ofNullable(activation.get(name));
        List<Finding> findings = new ArrayList<>(compiled.size());
        for (CompiledRule rule : compiled) {
            findings.add(rule.evaluate(model, variables));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings for every model, ordered by model id and then by rule order, as reports list them. Models are
     * evaluated in parallel (on the common fork-join pool); the order of the result does not depend on it.
     */
    public List<Finding> evaluateAll(Collection<GovernedModel> models, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return models.stream()
                .sorted(Comparator.comparing(GovernedModel::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList()
                .parallelStream()
                .flatMap(model -> evaluate(model, asOf).stream())
                .toList();
    }
}
