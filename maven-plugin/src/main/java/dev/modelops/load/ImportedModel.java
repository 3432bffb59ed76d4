package dev.modelops.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Graphic;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.MetricResult;
import java.util.List;
import java.util.Map;

/**
 * What an {@link ModelImporter} read from one file, in the native shape:
 * <ul>
 *   <li>{@code metadata}: the fields of {@code model.yaml} the file gives, with the native keys and layout
 *       ({@code /people/0/name}, {@code /extensions/huggingface/tags}), located in the file it came from; an
 *       empty object for a lineage-only format. The loader merges it with the model's other sources: the native
 *       {@code model.yaml} wins key by key, and the merged document is checked against the model schema, so an
 *       importer must map values onto the schema's vocabulary (or leave them in {@code extensions});</li>
 *   <li>{@code evaluations}: metric results, each located at its line;</li>
 *   <li>{@code lineage}: datasets, jobs and edges, located by native pointers ({@code /datasets/0});</li>
 *   <li>{@code documentation} and {@code graphics}: prose sections and pictures with no field of their own,
 *       shown on the model card;</li>
 *   <li>{@code warnings}: what could not be read, each at its place, with what was expected; they become a
 *       finding of the model ({@code core.inputs-read-completely}), nothing is dropped silently.</li>
 * </ul>
 */
public record ImportedModel(
        LocatedDocument metadata,
        List<MetricResult> evaluations,
        LineageDocument lineage,
        List<DocumentationSection> documentation,
        List<Graphic> graphics,
        List<InputProblem> warnings) {

    public ImportedModel {
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        documentation = documentation == null ? List.of() : List.copyOf(documentation);
        graphics = graphics == null ? List.of() : List.copyOf(graphics);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True when the file says something about the model itself, beyond lineage. */
    public boolean describesModel() {
        return metadata.root().size() > 0 || !evaluations.isEmpty() || !documentation.isEmpty();
    }

    /** Only lineage, from {@code file}: no metadata, results or documentation. */
    public static ImportedModel lineageOnly(String file, LineageDocument lineage, List<InputProblem> warnings) {
        return new ImportedModel(emptyMetadata(file), List.of(), lineage, List.of(), List.of(), warnings);
    }

    /** An empty metadata document of {@code file}. */
    public static LocatedDocument emptyMetadata(String file) {
        return new LocatedDocument(JsonNodeFactory.instance.objectNode(), file, Map.of());
    }

    /** An empty lineage of {@code file}. */
    public static LineageDocument noLineage(String file) {
        return new LineageDocument(file, Lineage.EMPTY, Map.of());
    }
}
