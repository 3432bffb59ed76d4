package dev.modelops.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a {@link LocatedDocument} against one of the schemas shipped in the plugin under
 * {@code modelops/schemas/<name>.schema.json} (JSON Schema 2020-12). Each violation becomes an
 * {@link InputProblem} located at the offending node's line and JSON pointer. Schemas are loaded once per
 * validator and shared; the validator is thread-safe.
 */
public final class SchemaValidator {

    /** Names of the shipped schemas. */
    public static final String MODEL = "model";
    public static final String EVALUATION = "evaluation";
    public static final String LINEAGE = "lineage";
    public static final String RULE_PACK = "rule-pack";

    private static final String SCHEMA_FOLDER = "modelops/schemas/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The problems of {@code document} against schema {@code schemaName}, in document order; empty when valid. */
    public List<InputProblem> validate(LocatedDocument document, String schemaName) {
        Schema schema = schemas.computeIfAbsent(schemaName, this::loadSchema);
        List<Error> errors = schema.validate(document.root());
        List<InputProblem> problems = new ArrayList<>();
        for (Error error : errors) {
            String pointer = toPointer(error.getInstanceLocation());
            problems.add(new InputProblem(document.locate(pointer), describe(error), expectation(error)));
        }
        problems.sort(Comparator.comparingInt((InputProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())
                .thenComparing(InputProblem::found));
        return problems;
    }

    /** The classpath resource of a shipped schema, for users who want to point an editor at it. */
    public static String resourceName(String schemaName) {
        return SCHEMA_FOLDER + schemaName + ".schema.json";
    }

    private Schema loadSchema(String schemaName) {
        String resource = resourceName(schemaName);
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is missing its schema " + resource);
            }
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's schema " + resource, e);
        }
    }

    private static String toPointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** What was wrong, in the validator's words, without the path prefix it sometimes adds. */
    private static String describe(Error error) {
        String message = error.getMessage() == null ? error.getKeyword() : error.getMessage();
        int colon = message.indexOf(": ");
        if (message.startsWith("$") || message.startsWith("/")) {
            message = colon > 0 ? message.substring(colon + 2) : message;
        }
        return message;
    }

    /** What the schema wanted, when the keyword says so plainly; the message already carries the rest. */
    private static String expectation(Error error) {
        if ("enum".equals(error.getKeyword()) && error.getSchemaNode() != null) {
            List<String> values = new ArrayList<>();
            error.getSchemaNode().forEach(value -> values.add(value.asText()));
            return "one of " + String.join(", ", values);
        }
        return "";
    }
}
