package dev.modelops.load;

import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an importer may reach while it reads one model folder: other files of the folder (an MLflow run's
 * {@code metrics/}), never anything outside it, each recorded as an input with its digest. One context per model
 * folder and loading thread; not thread-safe.
 */
public final class ImportContext {

    /** How much of a file {@link #head(Path)} reads: enough for a JSON file's first keys. */
    public static final int HEAD_BYTES = 4096;

    private final ProjectBoundary boundary;
    private final Path folder;
    private final List<InputFile> inputs = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    ImportContext(ProjectBoundary boundary, Path folder) {
        this.boundary = boundary;
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * A context for the model folder {@code folder} of the project at {@code baseDirectory}, for reading one
     * file with an importer outside a loader run (tests, tools).
     */
    public static ImportContext of(Path baseDirectory, Path folder) {
        return new ImportContext(new ProjectBoundary(baseDirectory), folder);
    }

    /** The model folder's name: the model's id when no source gives one. */
    public String folderName() {
        return folder.getFileName().toString();
    }

    /** The model folder. */
    public Path folder() {
        return folder;
    }

    /** How {@code path} is shown in messages: relative to the project, with forward slashes. */
    public String display(Path path) {
        return boundary.display(path);
    }

    /**
     * The first {@value #HEAD_BYTES} bytes of a file of the folder as text (undecodable bytes replaced), for
     * telling formats apart by content without reading whole files; empty for a file that cannot be read.
     */
    public String head(Path file) {
        byte[] buffer = new byte[HEAD_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(buffer, 0, buffer.length);
            return new String(buffer, 0, read, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The regular file at {@code relative} (forward slashes) under {@code directory}, a folder of the model
     * folder, ready to read; empty when there is none. A path that leaves the model folder, lexically or through
     * a link, is a problem of the model, at {@code where}, and gives empty too.
     */
    public Optional<SourceFile> file(Path directory, String relative, SourceLocation where) {
        Path resolved = directory.toAbsolutePath().normalize().resolve(relative).normalize();
        if (!resolved.startsWith(folder)) {
            problems.add(new InputProblem(where, "found '" + relative + "', which leads out of the model folder",
                    "a file inside the model folder " + boundary.display(folder)));
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved) || !boundary.isInsideBelow(folder, resolved, where, problems)) {
            return Optional.empty();
        }
        return Optional.of(new SourceFile(resolved, boundary.display(resolved)));
    }

    /** The regular, not hidden files directly in {@code directory} (a folder of the model folder), by name. */
    public List<Path> files(Path directory) {
        Path resolved = directory.toAbsolutePath().normalize();
        if (!resolved.startsWith(folder) || !Files.isDirectory(resolved)
                || !boundary.isInsideBelow(folder, resolved, SourceLocation.of(boundary.display(resolved)), problems)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(resolved)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> boundary.isInsideBelow(folder, path, SourceLocation.of(boundary.display(path)),
                            problems))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + boundary.display(resolved), e);
        }
    }

    /**
     * Records {@code file}, read by the importer {@code kind}, as one of the model's inputs. The file an importer
     * was given is recorded by the loader; call this for every other file read through this context.
     */
    public void read(SourceFile file, String kind) {
        inputs.add(new InputFile(file.displayPath(), kind, file.sha256()));
    }

    /** The files read through this context besides those the loader handed to importers. */
    public List<InputFile> inputs() {
        return List.copyOf(inputs);
    }

    /** Paths that tried to leave the model folder: errors of the model. */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }
}
