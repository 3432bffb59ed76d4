package dev.modelops.render;

import dev.modelops.model.GovernanceResult;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a run's reports all at once or not at all. Every writer writes into a fresh staging directory
 * next to the output directory ({@code target/.modelops-staging} for {@code target/modelops}); only when all of
 * them succeeded does the staging directory replace the output directory. When a writer fails, the staging
 * directory is deleted and the previous report stays exactly as it was: a reader never finds a half-written
 * report, nor a report mixing two runs.
 *
 * <p>The swap renames the previous report aside ({@code target/.modelops-previous}), renames the staging
 * directory into place (an atomic rename where the file system offers one, a plain rename otherwise; both
 * directories are siblings, so on the same file system) and then deletes the previous report. If the second
 * rename fails the previous report is renamed back. Leftovers of an interrupted run are removed first.
 */
public final class ReportPublisher {

    private final List<ReportWriter> writers;

    public ReportPublisher(List<ReportWriter> writers) {
        if (writers.isEmpty()) {
            throw new IllegalArgumentException("A report publisher needs at least one writer");
        }
        this.writers = List.copyOf(writers);
    }

    /**
     * HTML and PDF model cards and compliance report, {@code results.json}, JUnit XML, one CycloneDX ML-BOM per
     * model and the SARIF log, with the shipped templates.
     */
    public static ReportPublisher withStandardWriters() {
        return withStandardWriters(ReportOptions.defaults());
    }

    /** The standard writers with {@code options}: the PDF writer only when {@link ReportOptions#pdf()}. */
    public static ReportPublisher withStandardWriters(ReportOptions options) {
        int threads = Runtime.getRuntime().availableProcessors();
        HtmlReportWriter html = new HtmlReportWriter(threads, options);
        List<ReportWriter> writers = new ArrayList<>(List.of(html, new JsonResultsWriter(), new JunitXmlWriter(),
                new CycloneDxBomWriter(), new SarifWriter(options.sourcePrefix())));
        if (options.pdf()) {
            writers.add(new PdfReportWriter(html, threads));
        }
        return new ReportPublisher(writers);
    }

    public List<ReportWriter> writers() {
        return writers;
    }

    /**
     * Writes every report of {@code result} and replaces {@code outputDirectory} with them.
     *
     * @return {@code outputDirectory/index.html}, the entry page of the report
     * @throws IOException when a writer or the swap failed; {@code outputDirectory} is then as it was before
     */
    public Path publish(GovernanceResult result, Path outputDirectory) throws IOException {
        return publish(result, outputDirectory, List.of());
    }

    /**
     * Writes every report of {@code result}, then runs {@code after} (each sees the reports already in the staging
     * directory: a record of the run, such as its digest and the files written), and replaces
     * {@code outputDirectory} with all of them at once: what {@code after} writes is there exactly when the
     * reports are.
     */
    public Path publish(GovernanceResult result, Path outputDirectory, List<ReportWriter> after) throws IOException {
        List<ReportWriter> all = new ArrayList<>(writers);
        all.addAll(after);
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
            for (ReportWriter writer : all) {
                try {
                    writer.write(result, staging);
                } catch (IOException e) {
                    throw new IOException("Cannot write the " + writer.name() + " report: " + e.getMessage()
                            + "; the previous report in " + target + " is unchanged", e);
                }
            }
        } catch (Throwable failure) {
            deleteAfterFailure(staging, failure);
            throw failure;
        }
        replace(target, staging, previous);
        return target.resolve(HtmlReportWriter.INDEX_FILE);
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
