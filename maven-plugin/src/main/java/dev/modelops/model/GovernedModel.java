package dev.modelops.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything known about one model after loading: its metadata, its metric results from every evaluation
 * file, its merged lineage, its monitoring results (measured in use), the evaluation results of its baseline
 * (the previously approved version), the files they came from, and where each field of the metadata file is
 * (JSON pointer to line and column) so that findings can point at the line they concern. Models documented in
 * other tools' formats also carry the prose sections and pictures of that documentation, and what of it could
 * not be read ({@code inputWarnings}: each a place and what was wrong, reported as a finding, never dropped).
 * {@code artifactOnDisk} is what the build found at the artifact's declared path: null when the model declares
 * no artifact, or none that is a file of its model folder (a URI, a path leading out of the folder).
 * {@code datasetsOnDisk} is the same for the lineage datasets whose source is a file of the model folder and that
 * record a digest, by dataset id (the artifact's own lineage node excepted: it is the artifact).
 */
public record GovernedModel(
        ModelMetadata metadata,
        List<MetricResult> evaluations,
        Lineage lineage,
        SourceLocation metadataFile,
        List<InputFile> inputs,
        Map<String, SourceLocation> fieldLocations,
        List<MetricResult> monitoringResults,
        List<MetricResult> baselineEvaluations,
        List<DocumentationSection> documentation,
        List<Graphic> graphics,
        List<InputProblem> inputWarnings,
        FileOnDisk artifactOnDisk,
        Map<String, FileOnDisk> datasetsOnDisk) {

    public GovernedModel {
        documentation = documentation == null ? List.of() : List.copyOf(documentation);
        graphics = graphics == null ? List.of() : List.copyOf(graphics);
        inputWarnings = inputWarnings == null ? List.of() : List.copyOf(inputWarnings);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        monitoringResults = monitoringResults == null ? List.of() : List.copyOf(monitoringResults);
        baselineEvaluations = baselineEvaluations == null ? List.of() : List.copyOf(baselineEvaluations);
        lineage = lineage == null ? Lineage.EMPTY : lineage;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        fieldLocations = fieldLocations == null ? Map.of() : Map.copyOf(fieldLocations);
        datasetsOnDisk = datasetsOnDisk == null ? Map.of()
                : Collections.unmodifiableSortedMap(new TreeMap<>(datasetsOnDisk));
    }

    /** A model whose artifact and dataset files were not looked for. */
    public GovernedModel(ModelMetadata metadata, List<MetricResult> evaluations, Lineage lineage,
            SourceLocation metadataFile, List<InputFile> inputs, Map<String, SourceLocation> fieldLocations,
            List<MetricResult> monitoringResults, List<MetricResult> baselineEvaluations,
            List<DocumentationSection> documentation, List<Graphic> graphics, List<InputProblem> inputWarnings) {
        this(metadata, evaluations, lineage, metadataFile, inputs, fieldLocations, monitoringResults,
                baselineEvaluations, documentation, graphics, inputWarnings, null, Map.of());
    }

    /** A model with validation evidence only: no monitoring results and no baseline. */
    public GovernedModel(ModelMetadata metadata, List<MetricResult> evaluations, Lineage lineage,
            SourceLocation metadataFile, List<InputFile> inputs, Map<String, SourceLocation> fieldLocations) {
        this(metadata, evaluations, lineage, metadataFile, inputs, fieldLocations, List.of(), List.of());
    }

    /** A model documented in the native formats only: no imported prose, pictures or reading warnings. */
    public GovernedModel(ModelMetadata metadata, List<MetricResult> evaluations, Lineage lineage,
            SourceLocation metadataFile, List<InputFile> inputs, Map<String, SourceLocation> fieldLocations,
            List<MetricResult> monitoringResults, List<MetricResult> baselineEvaluations) {
        this(metadata, evaluations, lineage, metadataFile, inputs, fieldLocations, monitoringResults,
                baselineEvaluations, List.of(), List.of(), List.of(), null, Map.of());
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
