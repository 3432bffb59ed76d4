package dev.modelops.fuzz;

import dev.modelops.load.ImportContext;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.model.InvalidInputException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The one property every fuzz target checks: for any bytes, a reader or importer gives a result or rejects the file
 * as a user's mistake ({@link InvalidInputException}, with its problem list); any other throwable escaping is a bug.
 * Jazzer reports it while fuzzing; in regression mode the seed that shows it fails the test.
 */
final class FuzzProperty {

    /** Where the importers find their files: the folder of model {@code m} in the scratch project. */
    static final String MODEL = "src/main/models/m/";

    private FuzzProperty() {
    }

    /**
     * Runs {@code call}: it must give a result (never null) or throw {@link InvalidInputException}; anything else
     * propagates to Jazzer.
     */
    static void resultOrInvalidInput(Supplier<?> call) {
        Object result;
        try {
            result = call.get();
        } catch (InvalidInputException expected) {
            return;
        }
        if (result == null) {
            throw new AssertionError("the reader returned null instead of a result or an InvalidInputException");
        }
    }

    /** Writes {@code input} to {@code relative} and imports it with {@code importer}, as model {@code m}. */
    static void imports(FuzzFiles files, ModelImporter importer, String relative, byte[] input) {
        Path file = files.write(relative, input);
        ImportContext context = ImportContext.of(files.project(), files.folder(MODEL));
        resultOrInvalidInput(() -> importer.read(new SourceFile(file, relative), context));
    }
}
