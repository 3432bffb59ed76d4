package dev.modelops.validate;

import dev.modelops.load.LineageDocument;
import dev.modelops.model.InputProblem;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the lineage graph of one model, merged from all its lineage files: node ids (datasets and jobs share
 * one name space) are unique, and every edge joins known nodes. An edge to a misspelt id would otherwise leave
 * a dataset silently disconnected from the model, which is exactly what a lineage review looks for.
 */
public final class LineageGraphCheck {

    /** The node id that stands for the model artifact itself. */
    public static final String MODEL_ARTIFACT = "model-artifact";

    private LineageGraphCheck() {
    }

    /** The problems of the graph formed by {@code documents}; empty when it is consistent. */
    public static List<InputProblem> check(List<LineageDocument> documents) {
        List<DuplicateIds.Occurrence> nodes = new ArrayList<>();
        Set<String> known = new HashSet<>();
        known.add(MODEL_ARTIFACT);
        for (LineageDocument document : documents) {
            List<LineageDataset> datasets = document.lineage().datasets();
            for (int i = 0; i < datasets.size(); i++) {
                nodes.add(new DuplicateIds.Occurrence(datasets.get(i).id(), document.locate("/datasets/" + i + "/id")));
                known.add(datasets.get(i).id());
            }
            List<LineageJob> jobs = document.lineage().jobs();
            for (int i = 0; i < jobs.size(); i++) {
                nodes.add(new DuplicateIds.Occurrence(jobs.get(i).id(), document.locate("/jobs/" + i + "/id")));
                known.add(jobs.get(i).id());
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        for (DuplicateIds.Occurrence node : nodes) {
            if (MODEL_ARTIFACT.equals(node.id())) {
                problems.add(new InputProblem(node.location(), "the reserved id '" + MODEL_ARTIFACT + "' used for a node",
                        "another id: '" + MODEL_ARTIFACT + "' stands for the model artifact in edges"));
            }
        }
        problems.addAll(DuplicateIds.find(nodes, "lineage node id",
                "an id unique among the model's datasets and jobs, across all its lineage files"));
        for (LineageDocument document : documents) {
            List<LineageEdge> edges = document.lineage().edges();
            for (int i = 0; i < edges.size(); i++) {
                LineageEdge edge = edges.get(i);
                String pointer = "/edges/" + i;
                for (String end : List.of("from", "to")) {
                    String id = "from".equals(end) ? edge.from() : edge.to();
                    if (!known.contains(id)) {
                        String guess = Suggestions.closest(id, known);
                        problems.add(new InputProblem(document.locate(pointer + "/" + end),
                                "an edge " + end + " '" + id + "', which is not a dataset or job of this model"
                                        + (guess == null ? "" : " (did you mean '" + guess + "'?)"),
                                "the id of a dataset or job in the model's lineage files, or " + MODEL_ARTIFACT));
                    }
                }
                if (edge.from().equals(edge.to())) {
                    problems.add(new InputProblem(document.locate(pointer),
                            "an edge from '" + edge.from() + "' to itself", "an edge between two different nodes"));
                }
            }
        }
        return problems;
    }
}
