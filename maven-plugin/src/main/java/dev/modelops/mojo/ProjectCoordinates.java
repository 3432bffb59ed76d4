package dev.modelops.mojo;

import java.util.Optional;

/**
 * A project named by {@code groupId:artifactId:version}, as {@code modelops.inventory.artifacts} and
 * {@code modelops.inventory.bom} name them.
 */
record ProjectCoordinates(String groupId, String artifactId, String version) implements Comparable<ProjectCoordinates> {

    /** The coordinates in {@code text}, or empty when it is not three non-blank parts separated by colons. */
    static Optional<ProjectCoordinates> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isBlank() || part.strip().contains(" ")) {
                return Optional.empty();
            }
        }
        return Optional.of(new ProjectCoordinates(parts[0].strip(), parts[1].strip(), parts[2].strip()));
    }

    /** The attached results of the project: {@code groupId:artifactId:json:modelops-results:version}. */
    String resultsArtifact() {
        return groupId + ":" + artifactId + ":" + ReportAttachments.TYPE + ":" + ReportAttachments.RESULTS_CLASSIFIER
                + ":" + version;
    }

    @Override
    public int compareTo(ProjectCoordinates other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
