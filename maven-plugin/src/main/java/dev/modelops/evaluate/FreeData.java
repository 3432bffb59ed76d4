package dev.modelops.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.values.NullValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts free data (a model's {@code extensions}, whatever the team wrote there) into values CEL accepts:
 * maps with string keys, lists, strings, booleans, ints (Java {@code long}), doubles and timestamps. A null
 * map entry is left out, like every absent value; a null list element becomes CEL {@code null} (CEL cannot
 * hold a Java null). Anything else is shown as its text.
 */
final class FreeData {

    private FreeData() {
    }

    static Map<String, Object> map(Map<?, ?> source) {
        Map<String, Object> converted = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (key != null && value != null && !(value instanceof JsonNode node && node.isNull())) {
                converted.put(key.toString(), value(value));
            }
        });
        return Collections.unmodifiableMap(converted);
    }

    static Object value(Object value) {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < Long.SIZE ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof LocalDate date) {
            return CelModelView.startOfDay(date);
        }
        if (value instanceof Instant) {
            return value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Collection<?> collection) {
            return list(collection.iterator(), collection.size());
        }
        if (value instanceof JsonNode node) {
            return json(node);
        }
        return value.toString();
    }

    private static List<Object> list(Iterator<?> elements, int sizeHint) {
        List<Object> converted = new ArrayList<>(sizeHint);
        elements.forEachRemaining(element -> converted.add(value(element)));
        return Collections.unmodifiableList(converted);
    }

    private static Object json(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> converted = new LinkedHashMap<>();
            node.properties().forEach(entry -> {
                if (!entry.getValue().isNull() && !entry.getValue().isMissingNode()) {
                    converted.put(entry.getKey(), json(entry.getValue()));
                }
            });
            return Collections.unmodifiableMap(converted);
        }
        if (node.isArray()) {
            List<Object> converted = new ArrayList<>(node.size());
            node.forEach(element -> converted.add(json(element)));
            return Collections.unmodifiableList(converted);
        }
        if (node.isNull() || node.isMissingNode()) {
            return NullValue.NULL_VALUE;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }
}
