package dev.modelops.load;

import dev.modelops.model.InputProblem;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps every read inside the project. Paths written in input files are resolved against their model folder
 * and must stay in it; any file actually opened, symbolic links followed, must lie in the project's base
 * directory. A model.yaml in a pull request must not be able to make the build read, hash and publish in a
 * report some file elsewhere on the build machine.
 */
final class ProjectBoundary {

    private final Path base;
    private final Path realBase;

    ProjectBoundary(Path baseDirectory) {
        this.base = baseDirectory.toAbsolutePath().normalize();
        this.realBase = Files.exists(base) ? realPath(base) : base;
    }

    /** The path as messages show it: relative to the project, with forward slashes. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** The project folder as messages show it. */
    String baseDisplay() {
        return base.toString().replace('\\', '/');
    }

    /**
     * Adds a problem, and gives false, when existing {@code path} (a file or folder) is really somewhere
     * outside the project, through a symbolic link or because it was configured so.
     */
    boolean isInside(Path path, SourceLocation where, List<InputProblem> problems) {
        Path real = realPath(path);
        if (real.startsWith(realBase)) {
            return true;
        }
        boolean viaLink = !real.equals(path.toAbsolutePath().normalize());
        problems.add(new InputProblem(where,
                "'" + display(path) + "' " + (viaLink ? "is a link to " + real.toString().replace('\\', '/') + ", " : "is ")
                        + "outside the project",
                "a path inside the project folder " + baseDisplay()));
        return false;
    }

    /**
     * Like {@link #isInside}, for a path below {@code folder}, a folder already found inside the project: only
     * symbolic links between the two can lead out, so the path is resolved only when there is one. This keeps
     * the check to a couple of file-system calls per file instead of resolving every component of every path.
     */
    boolean isInsideBelow(Path folder, Path path, SourceLocation where, List<InputProblem> problems) {
        Path current = folder.toAbsolutePath().normalize();
        for (Path name : current.relativize(path.toAbsolutePath().normalize())) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                return isInside(path, where, problems);
            }
        }
        return true;
    }

    /**
     * The existing regular file a path listed in an input file names, relative to {@code folder}; null, with
     * a problem at the place it is written, when the path is malformed, leaves the folder (lexically or through
     * a link out of the project), or names nothing or a folder.
     */
    Path resolveListed(Path folder, FileReference reference, List<InputProblem> problems) {
        String written = reference.path();
        SourceLocation where = reference.location();
        String expected = "a file relative to the model folder " + display(folder);
        if (written.indexOf('\\') >= 0) {
            problems.add(new InputProblem(where, "found '" + written + "', a path with backslashes",
                    "a path with forward slashes, such as evaluations/holdout.json, so it works on every OS"));
            return null;
        }
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            problems.add(new InputProblem(where, "found '" + written + "', which is not a valid path", expected));
            return null;
        }
        if (relative.isAbsolute() || written.startsWith("/")) {
            problems.add(new InputProblem(where, "found '" + written + "', an absolute path", expected));
            return null;
        }
        Path normalizedFolder = folder.toAbsolutePath().normalize();
        Path resolved = normalizedFolder.resolve(relative).normalize();
        if (!resolved.startsWith(normalizedFolder)) {
            problems.add(new InputProblem(where, "found '" + written + "', which leads out of the model folder", expected));
            return null;
        }
        if (!Files.exists(resolved)) {
            problems.add(new InputProblem(where, written + " does not exist (looked for " + display(resolved) + ")", expected));
            return null;
        }
        if (!Files.isRegularFile(resolved)) {
            problems.add(new InputProblem(where, written + " is a folder, not a file", expected));
            return null;
        }
        return isInsideBelow(normalizedFolder, resolved, where, problems) ? resolved : null;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + path, e);
        }
    }
}
