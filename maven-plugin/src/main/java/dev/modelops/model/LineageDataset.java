package dev.modelops.model;

/**
 * A dataset node in the lineage graph. {@code pii} is the personal-data classification: none, pseudonymized,
 * personal or sensitive; {@code legalBasis} the basis of processing personal data and {@code masked} whether
 * personal fields are masked. {@code version}, {@code sha256} and {@code md5} (as DVC records files) identify the
 * exact snapshot used.
 * {@code status} is active, deprecated or forbidden (absent means active).
 */
public record LineageDataset(
        String id,
        String name,
        String source,
        String owner,
        String license,
        String pii,
        String version,
        String sha256,
        String description,
        String status,
        String legalBasis,
        Boolean masked,
        String md5) {

    public LineageDataset(String id, String name, String source, String owner, String license, String pii,
            String version, String sha256, String description) {
        this(id, name, source, owner, license, pii, version, sha256, description, null, null, null, null);
    }

    /** A dataset without an MD5 digest. */
    public LineageDataset(String id, String name, String source, String owner, String license, String pii,
            String version, String sha256, String description, String status, String legalBasis, Boolean masked) {
        this(id, name, source, owner, license, pii, version, sha256, description, status, legalBasis, masked, null);
    }
}
