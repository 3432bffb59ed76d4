package dev.modelops.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.InputProblem;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a {@link LocatedDocument} against one of the schemas shipped in the plugin under
 * {@code modelops/schemas/<name>.schema.json} (JSON Schema 2020-12). Each violation becomes an
 * {@link InputProblem} located at the offending node's line and JSON pointer, worded for the person who wrote
 * the file: what was found there and what the schema expects, with the schema's own descriptions and
 * {@code patternErrorMessage} texts (the keyword VS Code also shows) rather than the validator's generic
 * sentences. Schemas are compiled once per validator and shared; the validator is thread-safe (compiled
 * networknt schemas are, once initialised).
 */
public final class SchemaValidator {

    /** Names of the shipped schemas. */
    public static final String MODEL = "model";
    public static final String EVALUATION = "evaluation";
    public static final String LINEAGE = "lineage";
    public static final String RULE_PACK = "rule-pack";
    public static final String WAIVERS = "waivers";
    /** The published results of a check ({@code results.json}), read back by an inventory. */
    public static final String RESULTS = "results";

    private static final String SCHEMA_FOLDER = "modelops/schemas/";
    private static final String PATTERN_MESSAGE = "patternErrorMessage";
    private static final int MAX_SHOWN_TEXT = 80;
    static final int MAX_PROBLEMS_PER_DOCUMENT = 50;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry;
    private final Map<String, LoadedSchema> schemas = new ConcurrentHashMap<>();

    private record LoadedSchema(Schema compiled, JsonNode source) {
    }

    public SchemaValidator() {
        // patternErrorMessage is declared so that the validator neither warns about it on every build nor
        // treats it as an assertion; formats are asserted because "2026-02-30" must not pass as a date; the
        // locale is fixed so that the few library messages passed through read the same on every machine.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new NonValidationKeyword(PATTERN_MESSAGE))
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        this.registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemaRegistryConfig(config));
    }

    /** The problems of {@code document} against schema {@code schemaName}, in document order; empty when valid. */
    public List<InputProblem> validate(LocatedDocument document, String schemaName) {
        LoadedSchema schema = schemas.computeIfAbsent(schemaName, this::loadSchema);
        List<Error> errors = schema.compiled().validate(document.root());
        Map<String, String> placeholders = ScaffoldPlaceholders.find(document);
        if (errors.isEmpty() && placeholders.isEmpty()) {
            return List.of();
        }
        Set<String> pointersWithPatternErrors = new HashSet<>();
        for (Error error : errors) {
            if ("pattern".equals(error.getKeyword())) {
                pointersWithPatternErrors.add(toPointer(error.getInstanceLocation()));
            }
        }
        Set<InputProblem> problems = new LinkedHashSet<>();
        // A placeholder left by modelops:init is the problem at its place, whatever the schema says about its text.
        placeholders.forEach((pointer, text) -> problems.add(ScaffoldPlaceholders.problem(document, pointer, text)));
        for (Error error : errors) {
            String pointer = toPointer(error.getInstanceLocation());
            if (placeholders.containsKey(pointer)) {
                continue;
            }
            // A malformed date breaks both its pattern and its format; the pattern's message says it better.
            if ("format".equals(error.getKeyword()) && pointersWithPatternErrors.contains(pointer)) {
                continue;
            }
            problems.add(new Explanation(error, pointer, document, schema.source()).toProblem());
        }
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((InputProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())
                .thenComparing(InputProblem::found));
        if (sorted.size() <= MAX_PROBLEMS_PER_DOCUMENT) {
            return sorted;
        }
        // A generated file with the same mistake in every entry would otherwise bury the build log.
        List<InputProblem> shown = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS_PER_DOCUMENT));
        shown.add(new InputProblem(SourceLocation.of(document.file()),
                (sorted.size() - MAX_PROBLEMS_PER_DOCUMENT) + " more problems in this file, not listed"
                        + " (fix the ones above and run again)", ""));
        return shown;
    }

    /** The classpath resource of a shipped schema, for users who want to point an editor at it. */
    public static String resourceName(String schemaName) {
        return SCHEMA_FOLDER + schemaName + ".schema.json";
    }

    private LoadedSchema loadSchema(String schemaName) {
        String resource = resourceName(schemaName);
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is missing its schema " + resource);
            }
            JsonNode source = json.readTree(in);
            Schema compiled = registry.getSchema(source);
            // Resolves every reference now: a broken shipped schema fails here, not halfway through a run, and
            // the compiled schema is fully built before it is shared between loader threads.
            compiled.initializeValidators();
            return new LoadedSchema(compiled, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's schema " + resource, e);
        }
    }

    static String toPointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** One validator error, translated into what a person editing the file needs to read. */
    private static final class Explanation {
        private final Error error;
        private final String pointer;
        private final LocatedDocument document;
        private final JsonNode schemaSource;
        private final JsonNode instance;

        Explanation(Error error, String pointer, LocatedDocument document, JsonNode schemaSource) {
            this.error = error;
            this.pointer = pointer;
            this.document = document;
            this.schemaSource = schemaSource;
            this.instance = error.getInstanceNode();
        }

        InputProblem toProblem() {
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            return switch (keyword) {
                case "type" -> atValue(describe(instance), typeExpectation());
                case "enum" -> atValue(describe(instance), "one of " + listOf(error.getSchemaNode()));
                case "const" -> atValue(describe(instance), describe(error.getSchemaNode()));
                case "pattern" -> atValue(describe(instance), patternExpectation());
                case "format" -> atValue(describe(instance), formatExpectation());
                case "minLength" -> atValue(describe(instance), error.getSchemaNode().asInt() == 1
                        ? "a non-empty text" : "at least " + error.getSchemaNode().asText() + " characters");
                case "maxLength" -> atValue(describe(instance), "at most " + error.getSchemaNode().asText() + " characters");
                case "minimum" -> atValue(describe(instance), "a number of at least " + error.getSchemaNode().asText());
                case "maximum" -> atValue(describe(instance), "a number of at most " + error.getSchemaNode().asText());
                case "exclusiveMinimum" -> atValue(describe(instance), "a number greater than " + error.getSchemaNode().asText());
                case "exclusiveMaximum" -> atValue(describe(instance), "a number less than " + error.getSchemaNode().asText());
                case "required" -> required();
                case "additionalProperties" -> unknownProperty();
                case "minProperties" -> atKey(pointer, "found " + describe(instance), minPropertiesExpectation());
                case "minItems" -> atKey(pointer, "found " + describe(instance), "at least " + error.getSchemaNode().asText() + " items");
                case "maxItems" -> atKey(pointer, "found " + describe(instance), "at most " + error.getSchemaNode().asText() + " items");
                case "uniqueItems" -> repeatedItem();
                default -> atKey(pointer, validatorWording(), "");
            };
        }

        private InputProblem atValue(String found, String expected) {
            return new InputProblem(document.locateValue(pointer), "found " + found, expected);
        }

        private InputProblem atKey(String where, String found, String expected) {
            return new InputProblem(document.locate(where), found, expected);
        }

        /** The property a required or additionalProperties error is about. */
        private String property() {
            if (error.getProperty() != null) {
                return error.getProperty();
            }
            Object[] arguments = error.getArguments();
            return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
        }

        private String typeExpectation() {
            JsonNode wanted = error.getSchemaNode();
            List<String> types = new ArrayList<>();
            if (wanted != null && wanted.isArray()) {
                wanted.forEach(type -> types.add(type.asText()));
            } else if (wanted != null) {
                types.add(wanted.asText());
            }
            String expected = String.join(" or ", types.stream().map(SchemaValidator::typeName).toList());
            boolean scalarWhereTextBelongs = instance != null && (instance.isNumber() || instance.isBoolean());
            if (types.contains("string") && scalarWhereTextBelongs && isYaml()) {
                expected += " (in YAML, put the value in quotes to keep it as text, such as \"3.10\" or \"yes\")";
            }
            return expected;
        }

        private String patternExpectation() {
            JsonNode owner = schemaNodeOwningKeyword();
            JsonNode friendly = owner == null ? null : owner.get(PATTERN_MESSAGE);
            if (friendly != null && friendly.isTextual()) {
                return friendly.asText();
            }
            return "text matching the pattern " + error.getSchemaNode().asText();
        }

        private String formatExpectation() {
            String format = error.getSchemaNode() == null ? "" : error.getSchemaNode().asText();
            return switch (format) {
                case "date" -> "a real calendar date written YYYY-MM-DD";
                case "date-time" -> "a date and time written as in RFC 3339, such as 2026-09-14T10:15:00Z";
                default -> "a valid " + format;
            };
        }

        private InputProblem required() {
            String property = property();
            JsonNode owner = schemaNodeOwningKeyword();
            String description = owner == null ? "" : owner.path("properties").path(property).path("description").asText("");
            String expected = "a value for '" + property + "'";
            if (!description.isBlank()) {
                expected += " (" + withoutFinalPeriod(description) + ")";
            }
            return atKey(pointer, "the required property '" + property + "' is missing", expected);
        }

        private InputProblem unknownProperty() {
            String property = property();
            JsonNode owner = schemaNodeOwningKeyword();
            List<String> known = new ArrayList<>();
            if (owner != null) {
                owner.path("properties").fieldNames().forEachRemaining(name -> {
                    if (!name.startsWith("$")) {
                        known.add(name);
                    }
                });
            }
            StringBuilder expected = new StringBuilder();
            if (known.isEmpty()) {
                expected.append("no other properties here");
            } else {
                expected.append("one of ").append(String.join(", ", known));
                String guess = Suggestions.closest(property, known);
                if (guess != null) {
                    expected.append(" (did you mean '").append(guess).append("'?)");
                }
                if (known.contains("extensions")) {
                    expected.append("; free data of your own belongs under 'extensions'");
                }
            }
            return atKey(pointer + "/" + escape(property), "an unknown property '" + property + "'", expected.toString());
        }

        private String minPropertiesExpectation() {
            JsonNode owner = schemaNodeOwningKeyword();
            List<String> names = new ArrayList<>();
            if (owner != null) {
                owner.path("properties").fieldNames().forEachRemaining(names::add);
            }
            int minimum = error.getSchemaNode().asInt();
            if (minimum == 1 && !names.isEmpty()) {
                return "at least one of " + String.join(", ", names);
            }
            return "at least " + minimum + " properties";
        }

        private InputProblem repeatedItem() {
            if (instance != null && instance.isArray()) {
                Set<JsonNode> seen = new HashSet<>();
                for (int i = 0; i < instance.size(); i++) {
                    if (!seen.add(instance.get(i))) {
                        return new InputProblem(document.locateValue(pointer + "/" + i),
                                "found " + describe(instance.get(i)) + " a second time in the list", "each item at most once");
                    }
                }
            }
            return atKey(pointer, "a list with a repeated item", "each item at most once");
        }

        /** The validator's own sentence, for keywords the shipped schemas do not use. */
        private String validatorWording() {
            String message = error.getMessage() == null ? error.getKeyword() : error.getMessage();
            int colon = message.indexOf(": ");
            if ((message.startsWith("$") || message.startsWith("/")) && colon > 0) {
                message = message.substring(colon + 2);
            }
            return message;
        }

        /** The schema object holding the failed keyword, e.g. the {@code properties} owner of {@code required}. */
        private JsonNode schemaNodeOwningKeyword() {
            if (error.getSchemaLocation() == null) {
                return null;
            }
            NodePath fragment = error.getSchemaLocation().getFragment();
            if (fragment == null || fragment.getNameCount() == 0) {
                return null;
            }
            JsonNode node = schemaSource;
            for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
                Object element = fragment.getElement(i);
                node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
            }
            return node;
        }

        private boolean isYaml() {
            String file = document.file().toLowerCase(Locale.ROOT);
            return file.endsWith(".yaml") || file.endsWith(".yml");
        }
    }

    /** How a value found in a file is shown in a message: short, on one line, and typed ("the number 3.2"). */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "an empty value";
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (text.isEmpty()) {
                return "an empty text";
            }
            String shown = text.length() > MAX_SHOWN_TEXT ? text.substring(0, MAX_SHOWN_TEXT) + "..." : text;
            return "'" + shown.replace("\r", "\\r").replace("\n", "\\n") + "'";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asText();
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty list" : "a list of " + value.size() + (value.size() == 1 ? " item" : " items");
        }
        if (value.isObject()) {
            return value.isEmpty() ? "an empty object" : "an object";
        }
        return "'" + value.asText() + "'";
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "a text";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "an object (key: value pairs)";
            case "null" -> "an empty value";
            default -> jsonType;
        };
    }

    private static String listOf(JsonNode values) {
        List<String> shown = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> shown.add(value.asText()));
        }
        return String.join(", ", shown);
    }

    private static String withoutFinalPeriod(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
