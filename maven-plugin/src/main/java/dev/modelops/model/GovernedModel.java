package dev.modelops.model;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one model after loading: its metadata, its metric results from every evaluation
 * file, its merged lineage, the files they came from, and where each field of the metadata file is
 * (JSON pointer to line and column) so that findings can point at the line they concern.
 */
public record GovernedModel(
        ModelMetadata metadata,
        List<MetricResult> evaluations,
        Lineage lineage,
        SourceLocation metadataFile,
        List<InputFile> inputs,
        Map<String, SourceLocation> fieldLocations) {

    public GovernedModel {
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        lineage = lineage == null ? Lineage.EMPTY : lineage;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        fieldLocations = fieldLocations == null ? Map.of() : Map.copyOf(fieldLocations);
    }

    public String id() {
        return metadata.id();
    }

    /** The location of a field of the metadata file, or the file itself when the field is absent. */
    public SourceLocation locate(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return metadataFile;
        }
        return fieldLocations.getOrDefault(pointer, metadataFile);
    }
}
