package dev.modelops.model;

/**
 * An input file a report is based on: its path relative to the project base directory, what it is
 * (model, evaluation, lineage, rules) and its SHA-256, so a reader can tell which evidence was used.
 */
public record InputFile(String path, String kind, String sha256) {
}
