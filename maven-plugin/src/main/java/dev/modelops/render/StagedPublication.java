package dev.modelops.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a report folder with new content all at once or not at all, whatever writes the content (a check's
 * reports, an inventory across projects). The content is written into a fresh staging directory next to the
 * output directory ({@code target/.modelops-staging} for {@code target/modelops}); only when all of it was
 * written does the staging directory replace the output directory. When writing fails, the staging directory is
 * deleted and the previous report stays exactly as it was.
 *
 * <p>The swap renames the previous report aside ({@code target/.modelops-previous}), renames the staging
 * directory into place (an atomic rename where the file system offers one, a plain rename otherwise; both
 * directories are siblings, so on the same file system) and then deletes the previous report. If the second
 * rename fails the previous report is renamed back. Leftovers of an interrupted run are removed first.
 */
public final class StagedPublication {

    /** Writes the whole content of a report into {@code staging}, an empty directory that exists. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path staging) throws IOException;
    }

    private StagedPublication() {
    }

    /**
     * Writes {@code content} and replaces {@code outputDirectory} with it.
     *
     * @return the output directory, absolute and normalised
     * @throws IOException when writing or the swap failed; {@code outputDirectory} is then as it was before
     */
    public static Path publish(Path outputDirectory, Content content) throws IOException {
        Path target = outputDirectory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("The report directory cannot be a file system root: " + outputDirectory);
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + "-staging");
        Path previous = parent.resolve("." + name + "-previous");
        deleteTree(staging);
        deleteTree(previous);

        Files.createDirectory(staging);
        try {
            content.writeInto(staging);
        } catch (Throwable failure) {
            deleteAfterFailure(staging, failure);
            throw failure;
        }
        replace(target, staging, previous);
        return target;
    }

    private static void replace(Path target, Path staging, Path previous) throws IOException {
        boolean hadPrevious = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadPrevious) {
            try {
                rename(target, previous);
            } catch (IOException e) {
                IOException failure = new IOException("Cannot move the previous report " + target + " aside; it is unchanged", e);
                deleteAfterFailure(staging, failure);
                throw failure;
            }
        }
        try {
            rename(staging, target);
        } catch (IOException e) {
            if (hadPrevious) {
                try {
                    rename(previous, target);
                } catch (IOException restoreFailure) {
                    e.addSuppressed(restoreFailure);
                }
            }
            IOException failure = new IOException("Cannot move the new report into " + target, e);
            deleteAfterFailure(staging, failure);
            throw failure;
        }
        deleteTree(previous);
    }

    private static void rename(Path source, Path destination) throws IOException {
        try {
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, destination);
        }
    }

    /**
     * Deletes the staging directory after {@code failure}; if that fails too, the second problem is attached to
     * the first rather than hiding it (the next run deletes the leftover before it writes anything).
     */
    private static void deleteAfterFailure(Path staging, Throwable failure) {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
