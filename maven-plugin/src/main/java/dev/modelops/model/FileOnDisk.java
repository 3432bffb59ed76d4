package dev.modelops.model;

/**
 * What the build found at a file a model declares (its artifact): the path as reports show it (relative to the
 * project), whether a regular file is there, and, when it is, its SHA-256 and MD5 as lower-case hex, computed
 * from its bytes. The rules compare these with the digests the model and its lineage declare; a file that is not
 * in the build (most CI checkouts do not hold the binary) has no digests, and its declared digest stays unverified.
 */
public record FileOnDisk(String path, boolean present, String sha256, String md5) {

    /** The declared file is not in the build, or is a folder. */
    public static FileOnDisk absent(String path) {
        return new FileOnDisk(path, false, null, null);
    }
}
