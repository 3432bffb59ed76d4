package dev.modelops.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scratch project folder for the fuzz tests: the readers take paths, so every input is written to a file of a
 * fixed name first. One folder per test class, reused by every input (Jazzer reuses the test instance).
 */
final class FuzzFiles {

    private final Path project;

    FuzzFiles(String name) {
        try {
            project = Files.createTempDirectory("modelops-fuzz-" + name);
            project.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder, the base directory every file is shown relative to. */
    Path project() {
        return project;
    }

    /** Writes {@code bytes} to {@code relative} under the project folder, replacing what was there. */
    Path write(String relative, byte[] bytes) {
        Path file = project.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** Makes the folder {@code relative} under the project folder. */
    Path folder(String relative) {
        Path folder = project.resolve(relative);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
