package dev.modelops.model;

/** A job or run in the lineage graph (ingest, transform, training, evaluation), with its run id and code. */
public record LineageJob(String id, String name, String type, String runId, String owner, String codeRef) {
}
