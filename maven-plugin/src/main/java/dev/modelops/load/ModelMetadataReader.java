package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a model's metadata file ({@code model.yaml}, {@code model.yml} or {@code model.json}): parses it,
 * checks it against {@code model.schema.json} and binds it to {@link ModelMetadata}.
 *
 * <p>The keys {@code evaluationFiles} and {@code lineageFiles} are instructions to the loader, not facts about
 * the model, so they are validated with the rest of the file but not bound; {@link #listedFiles} gives them to
 * the loader with their locations. {@code $schema}, which editors use, is ignored likewise.
 */
public final class ModelMetadataReader {

    /** The names a model file may have, in the order they are looked for. */
    public static final List<String> FILE_NAMES = List.of("model.yaml", "model.yml", "model.json");

    public static final String EVALUATION_FILES = "evaluationFiles";
    public static final String LINEAGE_FILES = "lineageFiles";
    public static final String MONITORING_FILES = "monitoringFiles";

    private static final List<String> NOT_METADATA = List.of("$schema", EVALUATION_FILES, LINEAGE_FILES, MONITORING_FILES);

    private final StructuredFileParser parser;
    private final SchemaValidator validator;

    public ModelMetadataReader(StructuredFileParser parser, SchemaValidator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    /** True when {@code file} is named like a model metadata file. */
    public static boolean isModelFile(Path file) {
        return FILE_NAMES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Parses, validates and binds a model file.
     *
     * @throws InvalidInputException with every problem of the file
     */
    public ModelMetadata read(SourceFile file) {
        return toMetadata(parse(file));
    }

    /**
     * Parses a model file without validating it, so that a loader can still find the files it lists when the
     * metadata itself has mistakes.
     *
     * @throws InvalidInputException when the file is not well-formed YAML or JSON
     */
    public LocatedDocument parse(SourceFile file) {
        LocatedDocument document = parser.parse(file);
        // Refused here, before the loader merges the document with imported metadata: merging keeps only an
        // object's keys, so a list or a lone value would be silently dropped and reported as "name is missing".
        if (!document.root().isObject()) {
            throw new InvalidInputException(new InputProblem(document.locateValue(""),
                    "found " + SchemaValidator.describe(document.root()), "an object (key: value pairs)"));
        }
        return document;
    }

    /**
     * Validates a parsed model document and binds it.
     *
     * @throws InvalidInputException with every schema and binding problem of the document
     */
    public ModelMetadata toMetadata(LocatedDocument document) {
        List<InputProblem> problems = validator.validate(document, SchemaValidator.MODEL);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ObjectNode metadata = ((ObjectNode) document.root()).deepCopy();
        metadata.remove(NOT_METADATA);
        return JsonBinding.INSTANCE.bind(metadata, ModelMetadata.class, document, "");
    }

    /**
     * The paths listed under {@code key} ({@link #EVALUATION_FILES}, {@link #MONITORING_FILES},
     * {@link #LINEAGE_FILES}, or a JSON pointer such as {@code /baseline/evaluationFiles}), each with the place it
     * is written; empty when the list is absent, in which case the loader looks in the default places.
     * Entries that are not texts are skipped here: schema validation reports them.
     */
    public static Optional<List<FileReference>> listedFiles(LocatedDocument document, String key) {
        String pointer = key.startsWith("/") ? key : "/" + key;
        JsonNode list = document.root().at(pointer);
        if (list == null || !list.isArray()) {
            return Optional.empty();
        }
        List<FileReference> references = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (entry.isTextual()) {
                SourceLocation where = document.locateValue(pointer + "/" + i);
                references.add(new FileReference(entry.asText(), where));
            }
        }
        return Optional.of(List.copyOf(references));
    }
}
