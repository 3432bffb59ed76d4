package dev.modelops.evaluate;

import dev.cel.common.ast.CelExpr;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The parameter names a checked expression reads as {@code params.<name>} (including {@code has(params.x)}).
 * CEL types {@code params} as a map of dyn, so it cannot itself tell a declared parameter from a misspelt one;
 * walking the tree once at compile time turns a misspelling into a compile problem instead of an error finding
 * on every model.
 */
final class ParameterReads {

    private ParameterReads() {
    }

    static Set<String> of(CelExpr expression) {
        Set<String> names = new LinkedHashSet<>();
        collect(expression, names);
        return names;
    }

    private static void collect(CelExpr expression, Set<String> names) {
        switch (expression.getKind()) {
            case SELECT -> {
                CelExpr operand = expression.select().operand();
                if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT
                        && CelModelView.PARAMS.equals(operand.ident().name())) {
                    names.add(expression.select().field());
                } else {
                    collect(operand, names);
                }
            }
            case CALL -> {
                expression.call().target().ifPresent(target -> collect(target, names));
                expression.call().args().forEach(argument -> collect(argument, names));
            }
            case LIST -> expression.list().elements().forEach(element -> collect(element, names));
            case MAP -> expression.map().entries().forEach(entry -> {
                collect(entry.key(), names);
                collect(entry.value(), names);
            });
            case COMPREHENSION -> {
                CelExpr.CelComprehension loop = expression.comprehension();
                collect(loop.iterRange(), names);
                collect(loop.accuInit(), names);
                collect(loop.loopCondition(), names);
                collect(loop.loopStep(), names);
                collect(loop.result(), names);
            }
            default -> {
                // constants, identifiers and message constructions read no parameter
            }
        }
    }
}
