package dev.modelops.model;

/**
 * What the build found at a file a model declares (its artifact): the path as reports show it (relative to the
 * project), whether a regular file is there, and, when it is, its SHA-256 and MD5 as lower-case hex, computed
 * from its bytes. The rules compare these with the digests the model and its lineage declare; a file that is not
 * in the build (most CI checkouts do not hold the binary), or is a folder, has no digests, and its declared digest
 * stays unverified.
 */
public record FileOnDisk(String path, boolean present, String sha256, String md5, boolean folder) {

    /** A regular file, {@code present} with its digests, or not in the build. */
    public FileOnDisk(String path, boolean present, String sha256, String md5) {
        this(path, present, sha256, md5, false);
    }

    /** The declared file is not in the build. */
    public static FileOnDisk absent(String path) {
        return new FileOnDisk(path, false, null, null);
    }

    /**
     * A folder is at the declared path (a TensorFlow SavedModel, a DVC-tracked directory): not a file, so it has
     * no digests of its own, and a declared digest stays unverified.
     */
    public static FileOnDisk folder(String path) {
        return new FileOnDisk(path, false, null, null, true);
    }
}
