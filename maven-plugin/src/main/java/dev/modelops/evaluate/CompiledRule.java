package dev.modelops.evaluate;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Rule;
import dev.modelops.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule with its expressions compiled, ready to run on any number of models. Immutable and thread-safe.
 * Whatever happens while evaluating, the outcome is a finding: an expression that fails on a model (a missing
 * key, a wrong type, a division by zero, a result that is not a bool) gives an {@link FindingStatus#ERROR}.
 */
final class CompiledRule {

    private final Rule rule;
    private final CelRuntime.Program packWhen;
    private final CelRuntime.Program when;
    private final CelRuntime.Program expr;
    private final CompiledMessage message;
    private final CelRuntime.Program locate;
    private final Map<String, Object> params;

    /**
     * {@code packWhen} and {@code when} are null for a rule that always applies; {@code locate} null for a rule
     * located by its field.
     */
    CompiledRule(Rule rule, CelRuntime.Program packWhen, CelRuntime.Program when, CelRuntime.Program expr,
            CompiledMessage message, CelRuntime.Program locate) {
        this.rule = rule;
        this.packWhen = packWhen;
        this.when = when;
        this.expr = expr;
        this.message = message;
        this.locate = locate;
        this.params = rule.paramValues();
    }

    Rule rule() {
        return rule;
    }

    Finding evaluate(GovernedModel model, CelVariableResolver modelVariables) {
        // Each rule sees its own parameters; everything else is the model's.
        CelVariableResolver variables = name -> CelModelView.PARAMS.equals(name)
                ? Optional.of(params) : modelVariables.find(name);
        try {
            if (packWhen != null && !holds(packWhen, "the pack's " + RuleCompiler.WHEN, variables)) {
                return finding(model, FindingStatus.NOT_APPLICABLE, rule.title());
            }
            if (when != null && !holds(when, RuleCompiler.WHEN, variables)) {
                return finding(model, FindingStatus.NOT_APPLICABLE, rule.title());
            }
            if (holds(expr, RuleCompiler.EXPR, variables)) {
                return finding(model, FindingStatus.PASSED, rule.title());
            }
            return new Finding(rule, model.id(), FindingStatus.FAILED, message.render(variables),
                    violationLocation(model, variables));
        } catch (NotEvaluable e) {
            return finding(model, FindingStatus.ERROR, "Rule " + rule.id() + " could not be evaluated on model "
                    + model.id() + ": " + e.getMessage());
        }
    }

    private static boolean holds(CelRuntime.Program program, String key, CelVariableResolver variables)
            throws NotEvaluable {
        Object result;
        try {
            result = program.eval(variables);
        } catch (CelEvaluationException | RuntimeException e) {
            // A runtime exception is the expression engine failing on this model's data: a finding, not a crash.
            throw new NotEvaluable(key + ": " + EvaluationErrors.describe(e));
        }
        if (result instanceof Boolean holds) {
            return holds;
        }
        throw new NotEvaluable(key + " gave the " + EvaluationErrors.celTypeName(result) + " '"
                + ValueText.of(result) + "', expected true or false");
    }

    /**
     * Where a violation is: the first entry {@code locate} picks that names a file (and line), so that a metric
     * below its threshold points at its row of the evaluation file; the rule's field otherwise, and also when
     * {@code locate} fails or picks nothing, since a location is a help, never a reason to lose the finding.
     */
    private SourceLocation violationLocation(GovernedModel model, CelVariableResolver variables) {
        SourceLocation fallback = model.locate(rule.field());
        if (locate == null) {
            return fallback;
        }
        Object picked;
        try {
            picked = locate.eval(variables);
        } catch (CelEvaluationException | RuntimeException e) {
            return fallback;
        }
        Object first = picked instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : picked;
        if (first instanceof Map<?, ?> entry && entry.get("file") instanceof String file && !file.isBlank()) {
            return new SourceLocation(file, number(entry.get("line")), number(entry.get("column")), "");
        }
        return fallback;
    }

    private static int number(Object value) {
        return value instanceof Number number ? (int) Math.max(0, Math.min(Integer.MAX_VALUE, number.longValue())) : 0;
    }

    private Finding finding(GovernedModel model, FindingStatus status, String text) {
        return new Finding(rule, model.id(), status, text, model.locate(rule.field()));
    }

    /** Why a rule could not be evaluated on one model; carries no stack trace, it is not a bug. */
    private static final class NotEvaluable extends Exception {
        private static final long serialVersionUID = 1L;

        NotEvaluable(String message) {
            super(message, null, false, false);
        }
    }
}
