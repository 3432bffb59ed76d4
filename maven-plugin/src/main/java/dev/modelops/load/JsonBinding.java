package dev.modelops.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds a validated document tree to the domain records, turning any binding failure into an
 * {@link InputProblem} at the offending node. Documents are schema-checked before binding, so a failure here
 * means a value the schema cannot express (a 30th of February when format checks are off) or a schema that
 * has drifted from the records; either way the user gets a located message, never a stack trace.
 * One shared, thread-safe mapper: building one per file would dominate the load time of large projects.
 */
final class JsonBinding {

    static final JsonBinding INSTANCE = new JsonBinding();

    private final ObjectMapper mapper;

    private JsonBinding() {
        SimpleModule plainValues = new SimpleModule("modelops-plain-values");
        plainValues.addDeserializer(Object.class, new PlainValueDeserializer());
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(plainValues)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** {@code node} (found at {@code pointer} in {@code document}) as a {@code type}. */
    <T> T bind(JsonNode node, Class<T> type, LocatedDocument document, String pointer) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(problem(e, node, document, pointer));
        }
    }

    /**
     * A JSON value as plain Java: objects become key-sorted maps, arrays lists, numbers Integer, Long,
     * BigInteger or Double, and text, booleans and nulls themselves. Free data (model extensions) is kept in this
     * form so templates and rules see ordinary values in a stable order.
     */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            TreeMap<String, Object> map = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), plain(field.getValue()));
            }
            return Collections.unmodifiableSortedMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.asText();
    }

    private static InputProblem problem(JsonProcessingException e, JsonNode node, LocatedDocument document, String base) {
        String relative = pointerOf(e instanceof JsonMappingException mapping ? mapping.getPath() : List.of());
        String pointer = base + relative;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InputProblem(document.locate(pointer),
                    "an unknown property '" + unknown.getPropertyName() + "'",
                    "one of " + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new InputProblem(document.locateValue(pointer),
                    "found '" + invalid.getValue() + "'", expectationFor(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new InputProblem(document.locateValue(pointer),
                    "found " + SchemaValidator.describe(node.at(relative)), expectationFor(mismatched.getTargetType()));
        }
        return new InputProblem(document.locateValue(pointer), "a value that cannot be read: " + firstLine(e.getOriginalMessage()), "");
    }

    private static String expectationFor(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (LocalDate.class.equals(target)) {
            return "a real calendar date written YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "a date or time in ISO-8601 form";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list";
        }
        return "an object (key: value pairs)";
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(StructuredFileParser.escapePointer(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }

    /** Untyped values (the extensions map) as {@link #plain(JsonNode)} gives them, instead of Jackson's defaults. */
    private static final class PlainValueDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        PlainValueDeserializer() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return plain(parser.readValueAsTree());
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return null;
        }
    }
}
