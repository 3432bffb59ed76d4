package dev.modelops.load.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real files written by other tools ({@code ../shared/corpus/} next to the project, given to
 * the tests by the POM as the system property {@value #PROPERTY}), read in place: never copied, never edited.
 * A missing corpus fails the test that needs it, so that an importer is never "tested" on nothing.
 */
public final class Corpus {

    public static final String PROPERTY = "modelops.sharedCorpus";

    private Corpus() {
    }

    /** The corpus folder. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("The system property " + PROPERTY + " is not set: run the tests with Maven");
        }
        Path root = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The shared corpus is missing at " + root);
        }
        return root;
    }

    /** A corpus file, such as {@code huggingface/sample_simple.md}; it must exist. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The shared corpus has no file " + relative + " (looked at " + file + ")");
        }
        return file;
    }

    /** Every file of a corpus folder, such as {@code openlineage}, by name. */
    public static List<Path> folder(String relative) {
        try (Stream<Path> files = Files.list(root().resolve(relative))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
