package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a project's waivers file (YAML or JSON), checks it against {@code waivers.schema.json} and binds each
 * entry to a {@link Waiver} located at its line. Whether the waivers name rules and models that exist, repeat
 * each other or are approved by someone who may approve them is checked afterwards, by
 * {@link dev.modelops.validate.WaiverReferences}, once the rules and models are known.
 */
public final class WaiversFileReader {

    private final StructuredFileParser parser = new StructuredFileParser();
    private final SchemaValidator validator = new SchemaValidator();

    /**
     * The waivers of {@code file}, shown in messages relative to {@code baseDirectory}.
     *
     * @param required whether the file was configured explicitly: then a missing file is a problem; otherwise a
     *     missing file means the project has no waivers
     * @throws InvalidInputException when the file is missing (and required), unreadable or not valid
     */
    public WaiversFile read(Path file, Path baseDirectory, boolean required) {
        String display = ProjectFiles.displayPath(baseDirectory, file);
        if (!Files.exists(file) && !required) {
            return WaiversFile.NONE;
        }
        if (!Files.isRegularFile(file)) {
            String found = Files.exists(file) ? "the waivers file is not a regular file"
                    : "the waivers file does not exist";
            throw new InvalidInputException(new InputProblem(SourceLocation.of(display), found,
                    "an existing .yaml, .yml or .json waivers file (modelops.waiversFile)"));
        }
        if (!StructuredFileParser.isStructured(file)) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(display),
                    "a waivers file that is neither YAML nor JSON", "a .yaml, .yml or .json waivers file"));
        }
        SourceFile source = new SourceFile(file, display);
        LocatedDocument document = parser.parse(source);
        List<InputProblem> problems = validator.validate(document, SchemaValidator.WAIVERS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new WaiversFile(bind(document), new InputFile(display, WaiversFile.KIND, source.sha256()));
    }

    /** The waivers of a document already valid against the waivers schema. */
    static List<Waiver> bind(LocatedDocument document) {
        List<Waiver> waivers = new ArrayList<>();
        JsonNode entries = document.root().path("waivers");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String pointer = "/waivers/" + i;
            JsonNode approver = entry.path("approver");
            waivers.add(new Waiver(
                    entry.path("rule").asText(),
                    entry.path("model").asText(),
                    text(entry, "modelVersion"),
                    entry.path("justification").asText().strip(),
                    approver.path("name").asText().strip(),
                    text(approver, "email"),
                    entry.path("ticket").asText().strip(),
                    LocalDate.parse(entry.path("expires").asText()),
                    document.locate(pointer)));
        }
        return waivers;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }
}
