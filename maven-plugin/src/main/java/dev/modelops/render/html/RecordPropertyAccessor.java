package dev.modelops.render.html;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Lets template expressions read record components ({@code ${row.name}}) directly. OGNL, which Thymeleaf uses
 * for expressions, looks for JavaBeans getters ({@code getName()}); on a record it finds none and falls back to
 * scanning every method on every access, which made rendering a thousand cards take seconds. This accessor
 * resolves a component once per record class and calls its accessor; anything else is left to OGNL.
 */
public final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private static final Object LOCK = new Object();
    private static volatile boolean installed;

    /** Registers the accessor for every record with OGNL; idempotent. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (LOCK) {
            if (!installed) {
                OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
                installed = true;
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target instanceof Record && name instanceof String property) {
            Method accessor = COMPONENTS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new OgnlException("Cannot read " + property + " of " + target.getClass().getName(), e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
