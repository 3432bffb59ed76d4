package dev.modelops.evaluate;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.CelErrorCode;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words for what went wrong while evaluating an expression on a model, for findings a person reads. */
final class EvaluationErrors {

    /** "evaluation error at expr:13: key 'x' is not present in map." as cel-java 0.14 words it. */
    private static final Pattern CEL_POSITION = Pattern.compile("evaluation error at [^:]*:(\\d+):(.*)", Pattern.DOTALL);

    private EvaluationErrors() {
    }

    /**
     * CEL's message, with its position ("evaluation error at expr:13:", a 0-based offset) rewritten as "at
     * character 14", completed with its cause when CEL left that out, and with a hint for missing keys.
     */
    static String describe(CelEvaluationException error) {
        String text = withoutFinalPeriod(error.getMessage());
        String where = "";
        Matcher position = CEL_POSITION.matcher(text);
        if (position.matches()) {
            text = withoutFinalPeriod(position.group(2));
            where = " (at character " + (Long.parseLong(position.group(1)) + 1) + ")";
        }
        Throwable cause = error.getCause();
        String causeText = cause == null ? "" : withoutFinalPeriod(withoutJavaNames(cause.getMessage()));
        if (cause != null && (causeText.isEmpty() || !text.contains(causeText))) {
            text = text.isEmpty() ? describe(cause) : text + ": " + describe(cause);
        }
        // Java's words for an integer division by zero, in a finding a model-risk officer reads.
        text = text.replace("/ by zero", "division by zero") + where;
        if (error.getErrorCode() == CelErrorCode.ATTRIBUTE_NOT_FOUND) {
            text = text + "; test optional fields with has(...) first";
        }
        return text;
    }

    private static String withoutFinalPeriod(String message) {
        String text = message == null ? "" : message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The CEL name of a value's type (string, int, double, list ...), for messages about a wrong result. */
    static String celTypeName(Object value) {
        if (value == null || value instanceof NullValue) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "int";
        }
        if (value instanceof UnsignedLong) {
            return "uint";
        }
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Instant) {
            return "timestamp";
        }
        if (value instanceof Duration) {
            return "duration";
        }
        if (value instanceof CelByteString) {
            return "bytes";
        }
        if (value instanceof Collection) {
            return "list";
        }
        if (value instanceof Map) {
            return "map";
        }
        return value.getClass().getSimpleName();
    }

    /** A failure inside the expression engine itself, which has no CEL message. */
    static String describe(Throwable error) {
        if (error instanceof CelEvaluationException celError) {
            return describe(celError);
        }
        String message = withoutJavaNames(error.getMessage());
        String name = error.getClass().getSimpleName();
        return message.isBlank() ? name : name + ": " + message;
    }

    /** A wrapped exception's message starts with the class of the wrapped one ("java.lang.ArithmeticException: "). */
    private static final Pattern JAVA_CLASS_PREFIX = Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

    private static String withoutJavaNames(String message) {
        String text = message == null ? "" : message.strip();
        String previous;
        do {
            previous = text;
            text = JAVA_CLASS_PREFIX.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text;
    }
}
