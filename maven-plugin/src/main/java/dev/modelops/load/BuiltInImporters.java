package dev.modelops.load;

import dev.modelops.load.imports.CycloneDxImporter;
import java.util.List;

/**
 * The importers of other tools' formats the plugin ships, in the order they are asked about a file: a format
 * told apart by content comes before one that would claim the same file by its name.
 */
public final class BuiltInImporters {

    private BuiltInImporters() {
    }

    /** Every built-in importer, in order. */
    public static List<ModelImporter> all() {
        return List.of(
                new dev.modelops.load.imports.CycloneDxImporter(),
                new dev.modelops.load.imports.ModelCardToolkitImporter(),
                new dev.modelops.load.imports.OpenLineageImporter(),
                new dev.modelops.load.imports.MlflowImporter(),
                new dev.modelops.load.imports.DvcLockImporter(),
                new dev.modelops.load.imports.HuggingFaceCardImporter());
    }
}
