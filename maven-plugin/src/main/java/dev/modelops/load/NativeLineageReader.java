package dev.modelops.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the native lineage format ({@code lineage.schema.json}): datasets, jobs and edges in YAML or JSON.
 * Checks that need the whole graph of a model (ids unique across its lineage files, edges between known nodes)
 * are left to the loader, which sees every file.
 */
public final class NativeLineageReader implements LineageReader {

    private final StructuredFileParser parser;
    private final SchemaValidator validator;

    public NativeLineageReader(StructuredFileParser parser, SchemaValidator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    @Override
    public boolean canRead(Path file) {
        return StructuredFileParser.isStructured(file);
    }

    @Override
    public String formatDescription() {
        return "modelops lineage (*.yaml, *.yml, *.json)";
    }

    @Override
    public LineageDocument read(SourceFile file) {
        LocatedDocument document = parser.parse(file);
        List<InputProblem> problems = validator.validate(document, SchemaValidator.LINEAGE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ObjectNode content = ((ObjectNode) document.root()).deepCopy();
        content.remove("$schema");
        Lineage lineage = JsonBinding.INSTANCE.bind(content, Lineage.class, document, "");
        return new LineageDocument(file.displayPath(), lineage, document.valueLocations());
    }
}
