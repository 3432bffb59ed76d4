package dev.modelops.pipeline;

import dev.modelops.model.GovernanceResult;
import dev.modelops.render.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a published run leaves in its report folder, as {@value #FILE}: the {@link RunDigest} of what the reports
 * were made from, and every file the run wrote with its size. It is written into the staging folder after every
 * report and published by the same swap, so it exists exactly when the reports it describes do: a failed run
 * leaves the previous reports and the previous record, never a record of reports that are not there. Its content
 * depends only on the digest and the reports, so two runs on the same inputs still write identical folders.
 *
 * <p>A later run with the same digest skips rendering only if every file listed is still there with its size: a
 * report deleted or truncated by hand is rendered again.
 */
public final class RunRecord {

    /** The record's file name, in the report folder. */
    public static final String FILE = ".inputs.sha256";

    private static final String DIGEST = "sha256 ";
    private static final String OUTPUT = "file ";

    private RunRecord() {
    }

    /** A writer of the record of a run with {@code digest}, to run after every report writer. */
    public static ReportWriter writer(RunDigest digest) {
        return new ReportWriter() {
            @Override
            public String name() {
                return "run record";
            }

            @Override
            public void write(GovernanceResult result, Path outputDirectory) throws IOException {
                StringBuilder text = new StringBuilder()
                        .append("# modelops:check: the SHA-256 of everything these reports were made from (plugin,\n")
                        .append("# settings, input files, templates). A run with the same digest that finds every\n")
                        .append("# file below with its size does not render again; -Dmodelops.force renders anyway.\n")
                        .append(DIGEST).append(digest.sha256()).append('\n');
                outputs(outputDirectory).forEach((path, size) ->
                        text.append(OUTPUT).append(size).append(' ').append(path).append('\n'));
                Files.writeString(outputDirectory.resolve(FILE), text, StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * Whether the reports in {@code outputDirectory} were published by a run with {@code digest} and are all still
     * there, each with the size it was written with. False when there is no record or it cannot be read.
     */
    public static boolean isCurrent(Path outputDirectory, RunDigest digest) throws IOException {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.nio.charset.MalformedInputException e) {
            return false;
        }
        boolean digestMatches = false;
        int listed = 0;
        for (String line : lines) {
            if (line.startsWith(DIGEST)) {
                digestMatches = line.substring(DIGEST.length()).equals(digest.sha256());
            } else if (line.startsWith(OUTPUT)) {
                String[] parts = line.substring(OUTPUT.length()).split(" ", 2);
                if (parts.length != 2 || !hasSize(outputDirectory, parts[1], parts[0])) {
                    return false;
                }
                listed++;
            }
        }
        return digestMatches && listed > 0;
    }

    private static boolean hasSize(Path outputDirectory, String relative, String size) throws IOException {
        Path report = outputDirectory.resolve(relative).normalize();
        if (!report.startsWith(outputDirectory.normalize()) || !Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.size(report) == Long.parseLong(size);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every file under the folder but the record itself, by relative path with forward slashes, with its size. */
    private static TreeMap<String, Long> outputs(Path folder) throws IOException {
        TreeMap<String, Long> files = new TreeMap<>();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(found::add);
        }
        for (Path file : found) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            if (!relative.equals(FILE)) {
                files.put(relative, Files.size(file));
            }
        }
        return files;
    }
}
