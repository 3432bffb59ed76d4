package dev.modelops.model;

/**
 * A dataset node in the lineage graph. {@code pii} is the personal-data classification: none, pseudonymized,
 * personal or sensitive. {@code version} and {@code sha256} identify the exact snapshot used.
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
        String description) {
}
