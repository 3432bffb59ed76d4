package dev.modelops.model;

/** The deployable model file: where it is (relative to the model folder or a URI), its SHA-256 and its format. */
public record Artifact(String path, String sha256, String format) {
}
