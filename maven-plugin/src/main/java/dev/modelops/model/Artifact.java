package dev.modelops.model;

/**
 * The deployable model file: where it is (relative to the model folder or a URI), its SHA-256, its MD5 when a
 * pipeline tool such as DVC identifies files by it, and its format.
 */
public record Artifact(String path, String sha256, String format, String md5) {

    /** An artifact identified by its SHA-256 only. */
    public Artifact(String path, String sha256, String format) {
        this(path, sha256, format, null);
    }
}
