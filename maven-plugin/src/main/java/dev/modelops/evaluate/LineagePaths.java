package dev.modelops.evaluate;

import dev.modelops.model.Lineage;
import dev.modelops.model.LineageEdge;
import dev.modelops.validate.LineageGraphCheck;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reachability in a model's lineage graph, which CEL cannot compute (it has no recursion): which nodes have no
 * incoming edge (raw sources, or broken chains when they are jobs), and which nodes the model artifact
 * ({@value LineageGraphCheck#MODEL_ARTIFACT} in edges) is derived from, directly or through other nodes.
 * One breadth-first walk per model; cycles are harmless.
 */
final class LineagePaths {

    private final Set<String> withInputs;
    private final Set<String> artifactUpstream;
    private final boolean hasArtifact;

    private LineagePaths(Set<String> withInputs, Set<String> artifactUpstream, boolean hasArtifact) {
        this.withInputs = withInputs;
        this.artifactUpstream = artifactUpstream;
        this.hasArtifact = hasArtifact;
    }

    static LineagePaths of(Lineage lineage) {
        Map<String, List<String>> inputsOf = new HashMap<>();
        boolean artifact = false;
        for (LineageEdge edge : lineage.edges()) {
            if (edge.from() == null || edge.to() == null) {
                continue;
            }
            inputsOf.computeIfAbsent(edge.to(), key -> new java.util.ArrayList<>()).add(edge.from());
            artifact |= LineageGraphCheck.MODEL_ARTIFACT.equals(edge.to())
                    || LineageGraphCheck.MODEL_ARTIFACT.equals(edge.from());
        }
        Set<String> upstream = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(inputsOf.getOrDefault(LineageGraphCheck.MODEL_ARTIFACT, List.of()));
        while (!pending.isEmpty()) {
            String node = pending.pop();
            if (upstream.add(node)) {
                pending.addAll(inputsOf.getOrDefault(node, List.of()));
            }
        }
        return new LineagePaths(inputsOf.keySet(), upstream, artifact);
    }

    /** True when no edge leads into the node: a raw source if it is a dataset, a broken chain if it is a job. */
    boolean isRaw(String id) {
        return !withInputs.contains(id);
    }

    /** True when the model artifact is derived from the node, directly or through other nodes. */
    boolean feedsArtifact(String id) {
        return artifactUpstream.contains(id);
    }

    /** True when an edge leads into or out of the model artifact. */
    boolean hasArtifact() {
        return hasArtifact;
    }
}
