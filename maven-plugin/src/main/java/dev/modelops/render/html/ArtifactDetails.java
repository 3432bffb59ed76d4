package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.detail;

import dev.modelops.model.Artifact;
import dev.modelops.model.FileOnDisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The card's "Artifact" details: the declared file and digests, and whether this build checked them against the
 * file's bytes. A reader must not take a declared digest for a verified one: most builds do not hold the binary,
 * and then the card says the digest was not verified. Whether a mismatch blocks is the rule
 * {@code core.artifact-digest-matches}'s to say; this only states what was found.
 */
final class ArtifactDetails {

    static final String LABEL = "In this build";

    private ArtifactDetails() {
    }

    static List<Detail> of(Artifact artifact, FileOnDisk onDisk) {
        if (artifact == null) {
            return List.of();
        }
        List<Detail> details = new ArrayList<>();
        details.add(detail("Path", artifact.path()));
        details.add(detail("Format", artifact.format()));
        details.add(detail("SHA-256", artifact.sha256()));
        if (PageText.present(artifact.md5())) {
            details.add(detail("MD5", artifact.md5()));
        }
        details.add(verification(artifact, onDisk));
        return List.copyOf(details);
    }

    private static Detail verification(Artifact artifact, FileOnDisk onDisk) {
        if (onDisk == null) {
            return new Detail(LABEL, PageText.present(artifact.path())
                    ? "not a file of the model folder (an address, or a path outside it); declared digest not verified"
                    : "no path declared; declared digest not verified", true);
        }
        if (onDisk.folder()) {
            return new Detail(LABEL, "a folder (" + PageText.t(onDisk.path()) + "): only a single file is hashed,"
                    + " so the declared digest is not verified", true);
        }
        if (!onDisk.present()) {
            return new Detail(LABEL, "not present in the build; declared digest not verified", true);
        }
        List<String> matching = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        compare("SHA-256", artifact.sha256(), onDisk.sha256(), matching, differing);
        compare("MD5", artifact.md5(), onDisk.md5(), matching, differing);
        String file = PageText.t(onDisk.path());
        if (!differing.isEmpty()) {
            return new Detail(LABEL, "DOES NOT MATCH: the file " + file + " has " + String.join(", ", differing)
                    + (matching.isEmpty() ? "" : " (" + String.join(" and ", matching) + " matches)"), false);
        }
        if (matching.isEmpty()) {
            return new Detail(LABEL, "present (" + file + ", SHA-256 " + onDisk.sha256()
                    + "); no digest declared to verify", true);
        }
        return new Detail(LABEL, "verified: " + String.join(" and ", matching) + " of " + file
                + (matching.size() > 1 ? " match" : " matches"), false);
    }

    private static void compare(String name, String declared, String actual, List<String> matching,
            List<String> differing) {
        if (!PageText.present(declared)) {
            return;
        }
        if (declared.strip().toLowerCase(Locale.ROOT).equals(actual)) {
            matching.add(name);
        } else {
            differing.add(name + " " + actual);
        }
    }
}
