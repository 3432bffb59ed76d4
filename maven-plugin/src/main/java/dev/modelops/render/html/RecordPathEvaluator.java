package dev.modelops.render.html;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the expressions the templates are made of, plain paths over the page records such as
 * {@code ${row.severity.text}} or {@code ${page.people.empty}}, by calling record accessors directly. Every
 * other expression (method calls, operators, selections, conversions, paths over other objects) goes to
 * Thymeleaf's OGNL evaluator unchanged, and a path means what it means to OGNL: a record component, or
 * {@code empty} of a collection, map or text. OGNL looks up record components by reflection on every
 * evaluation (it knows JavaBeans getters, not records), which made it the largest single cost of rendering a
 * thousand model cards.
 */
public final class RecordPathEvaluator implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Step[] NOT_A_PATH = new Step[0];
    private static final String EMPTY = "empty";
    /** Marks a step this evaluator does not take, so the whole expression goes to OGNL. */
    private static final Object UNRESOLVED = new Object();

    /**
     * The accessors of each record type by component name, made accessible once: the page records are nested
     * and package-private, and {@link Method#invoke} would otherwise check the caller's access on every call.
     */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    Method accessor = component.getAccessor();
                    try {
                        accessor.setAccessible(true);
                    } catch (InaccessibleObjectException | SecurityException e) {
                        // a record of a named module that does not open its package: checked on each call
                    }
                    accessors.put(component.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Step[]> paths = new ConcurrentHashMap<>();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext execution) {
        // Restricted variable access only forbids request parameters and static calls, which a path never
        // reaches; conversions, selections and results that must be "safe" (numbers, booleans) stay with OGNL.
        if (expression.getUseSelectionAsRoot() || execution.getPerformTypeConversion()
                || execution.getForbidUnsafeExpressionResults()) {
            return ognl.evaluate(context, expression, execution);
        }
        Step[] path = paths.computeIfAbsent(expression.getExpression(), RecordPathEvaluator::split);
        if (path.length == 0 || !context.containsVariable(path[0].name)) {
            return ognl.evaluate(context, expression, execution);
        }
        Object value = context.getVariable(path[0].name);
        for (int i = 1; i < path.length && value != UNRESOLVED; i++) {
            value = path[i].take(value, expression);
        }
        return value == UNRESOLVED ? ognl.evaluate(context, expression, execution) : value;
    }

    /**
     * One step of a path, remembering the accessor it last used: an expression of a template sees the same record
     * type nearly every time, so the step usually costs a class comparison and the call.
     */
    private static final class Step {
        private final String name;
        private volatile Accessor last;

        Step(String name) {
            this.name = name;
        }

        Object take(Object target, IStandardVariableExpression expression) {
            if (!(target instanceof Record)) {
                return step(target, name);
            }
            Accessor accessor = last;
            if (accessor == null || accessor.type != target.getClass()) {
                accessor = new Accessor(target.getClass(), COMPONENTS.get(target.getClass()).get(name));
                last = accessor;
            }
            return accessor.method == null ? UNRESOLVED : read(accessor.method, target, expression);
        }
    }

    /** The accessor of a step's component in one record type (null when that type has none of that name). */
    private record Accessor(Class<?> type, Method method) {
    }

    private static Object step(Object target, String name) {
        if (EMPTY.equals(name)) {
            if (target instanceof Collection<?> collection) {
                return collection.isEmpty();
            }
            if (target instanceof CharSequence text) {
                return text.length() == 0;
            }
            if (target instanceof Map<?, ?> map) {
                return map.isEmpty();
            }
        }
        return UNRESOLVED;
    }

    private static Step[] split(String expression) {
        String trimmed = expression.trim();
        if (!PATH.matcher(trimmed).matches()) {
            return NOT_A_PATH;
        }
        String[] names = trimmed.split("\\.");
        Step[] steps = new Step[names.length];
        for (int i = 0; i < names.length; i++) {
            steps[i] = new Step(names[i]);
        }
        return steps;
    }

    private static Object read(Method accessor, Object target, IStandardVariableExpression expression) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateProcessingException("Cannot evaluate ${" + expression.getExpression() + "}", e);
        }
    }
}
