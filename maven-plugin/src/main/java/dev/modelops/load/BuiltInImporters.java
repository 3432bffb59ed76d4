package dev.modelops.load;

import dev.modelops.load.imports.CycloneDxImporter;
import dev.modelops.load.imports.DvcLockImporter;
import dev.modelops.load.imports.HuggingFaceCardImporter;
import dev.modelops.load.imports.MlflowImporter;
import dev.modelops.load.imports.ModelCardToolkitImporter;
import dev.modelops.load.imports.OpenLineageImporter;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The importers of other tools' formats the plugin ships, in the order they are asked about a file: formats told
 * apart by content come before those that claim a file by its name alone.
 */
public final class BuiltInImporters {

    /** Where the importers in force are configured, as messages name it: the plugin parameter's user property. */
    public static final String PARAMETER = "modelops.importers";

    private BuiltInImporters() {
    }

    /** Every built-in importer, in order. */
    public static List<ModelImporter> all() {
        return List.of(
                new CycloneDxImporter(),
                new ModelCardToolkitImporter(),
                new OpenLineageImporter(),
                new MlflowImporter(),
                new DvcLockImporter(),
                new HuggingFaceCardImporter());
    }

    /** The names of the built-in importers, in order: {@code cyclonedx, model-card-toolkit, ...}. */
    public static List<String> names() {
        return all().stream().map(ModelImporter::name).toList();
    }

    /**
     * The built-in importers named in {@code names} (ignoring case and surrounding spaces), in the built-in order;
     * every one when {@code names} is empty, none when it is just {@code none}.
     *
     * @throws InvalidInputException naming every unknown importer and the available ones
     */
    public static List<ModelImporter> named(List<String> names) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(names.stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).toList()));
        if (wanted.isEmpty()) {
            return all();
        }
        if (wanted.equals(List.of("none"))) {
            return List.of();
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String name : wanted) {
            if (!names().contains(name)) {
                String closest = Suggestions.closest(name, names());
                problems.add(new InputProblem(SourceLocation.of(PARAMETER), "an unknown importer '" + name + "'"
                        + (closest == null ? "" : " (did you mean " + closest + "?)"),
                        "importers among " + String.join(", ", names()) + ", or none"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return all().stream().filter(importer -> wanted.contains(importer.name())).toList();
    }
}
