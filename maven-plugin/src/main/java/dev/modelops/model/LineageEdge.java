package dev.modelops.model;

/** A directed edge from one lineage node id to another (dataset to job, job to dataset, job to artifact). */
public record LineageEdge(String from, String to) {
}
