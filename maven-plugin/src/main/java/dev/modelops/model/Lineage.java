package dev.modelops.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a model's data came from: datasets and jobs as nodes, edges between them. Lists are never null. */
public record Lineage(List<LineageDataset> datasets, List<LineageJob> jobs, List<LineageEdge> edges) {

    public static final Lineage EMPTY = new Lineage(List.of(), List.of(), List.of());

    public Lineage {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }

    public Optional<LineageDataset> dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Merges several lineage documents of one model into one graph, keeping their order. */
    public Lineage merge(Lineage other) {
        List<LineageDataset> allDatasets = new ArrayList<>(datasets);
        allDatasets.addAll(other.datasets);
        List<LineageJob> allJobs = new ArrayList<>(jobs);
        allJobs.addAll(other.jobs);
        List<LineageEdge> allEdges = new ArrayList<>(edges);
        allEdges.addAll(other.edges);
        return new Lineage(allDatasets, allJobs, allEdges);
    }
}
