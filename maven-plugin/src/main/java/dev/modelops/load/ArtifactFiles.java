package dev.modelops.load;

import dev.modelops.model.Artifact;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Looks for a model's artifact, and the dataset snapshots its lineage names by a local path, in the build, so that the rules can compare the bytes that would be deployed with
 * the digests the model and its lineage declare. The declared path is read relative to the model folder, under the
 * same boundary as every other input: a URI, an absolute path, a path with backslashes or one leading out of the
 * model folder (lexically or through a link out of the project) is not looked at, since a model.yaml in a pull
 * request must not make the build hash some file elsewhere on the machine. Those, like a file that is not there,
 * are not an input mistake: most CI checkouts do not hold the binary, and the card says the digest is unverified.
 */
final class ArtifactFiles {

    /** A scheme such as {@code s3:}, {@code hf:} or {@code https:}: the artifact is not a file of the checkout. */
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private ArtifactFiles() {
    }

    /**
     * What the build holds at the artifact's path: its digests when a regular file is there, a folder when one is,
     * absent when nothing is; null when the model declares no artifact path, or one that is not a path of its folder.
     */
    static FileOnDisk find(ProjectBoundary boundary, Path folder, Artifact artifact) {
        return artifact == null ? null : find(boundary, folder, artifact.path());
    }

    /**
     * The same for the lineage datasets that record a digest and whose source is a path of the model folder (a
     * DVC dependency, a snapshot a native lineage file names), by dataset id; the artifact's own node is left
     * out, since the artifact rule compares the lineage's record of that file already.
     */
    static Map<String, FileOnDisk> datasets(ProjectBoundary boundary, Path folder, Lineage lineage,
            FileOnDisk artifact) {
        Map<String, FileOnDisk> found = new TreeMap<>();
        for (LineageDataset dataset : lineage.datasets()) {
            if (dataset.id() == null || !(present(dataset.sha256()) || present(dataset.md5()))) {
                continue;
            }
            FileOnDisk file = find(boundary, folder, dataset.source());
            if (file != null && (artifact == null || !file.path().equals(artifact.path()))) {
                found.putIfAbsent(dataset.id(), file);
            }
        }
        return found;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static FileOnDisk find(ProjectBoundary boundary, Path folder, String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String written = declared.strip();
        if (written.indexOf('\\') >= 0 || written.startsWith("/") || URI_SCHEME.matcher(written).matches()) {
            return null;
        }
        Path modelFolder = folder.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = modelFolder.resolve(written).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (!resolved.startsWith(modelFolder) || resolved.equals(modelFolder)) {
            return null;
        }
        String shown = boundary.display(resolved);
        if (!Files.isRegularFile(resolved)) {
            return Files.isDirectory(resolved) ? FileOnDisk.folder(shown) : FileOnDisk.absent(shown);
        }
        if (!boundary.isInsideBelow(modelFolder, resolved, SourceLocation.of(shown), new ArrayList<>())) {
            return null;
        }
        ProjectFiles.Digests digests = ProjectFiles.digests(resolved);
        return new FileOnDisk(shown, true, digests.sha256(), digests.md5());
    }
}
