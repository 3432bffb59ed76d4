package dev.modelops.load;

import dev.modelops.model.Artifact;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.validate.LineageGraphCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins lineage that other tools recorded into the model's graph. Tools describe one node many times (an
 * OpenLineage dataset appears in the START and the COMPLETE event of every run that reads it), so nodes are
 * joined by id: the first description of a node wins field by field, later ones fill what it left out, and the
 * native lineage files come first. Edges are kept once each, in order.
 *
 * <p>The graph then gets the edge that tells which node is the model artifact: a dataset whose id, name or source
 * is the artifact's declared path (or ends with {@code /} and that path) leads to {@value LineageGraphCheck#MODEL_ARTIFACT}
 * when no edge says so yet, so that the rules tracing the artifact to its sources see a pipeline recorded by DVC or
 * OpenLineage the way they see a native one.
 */
final class LineageUnion {

    private LineageUnion() {
    }

    static Lineage join(Lineage nativeLineage, List<Lineage> imported, Artifact artifact) {
        Map<String, LineageDataset> datasets = new LinkedHashMap<>();
        Map<String, LineageJob> jobs = new LinkedHashMap<>();
        Set<LineageEdge> edges = new LinkedHashSet<>();
        List<Lineage> all = new ArrayList<>();
        all.add(nativeLineage);
        all.addAll(imported);
        for (Lineage lineage : all) {
            lineage.datasets().forEach(d -> datasets.merge(d.id(), d, LineageUnion::fill));
            lineage.jobs().forEach(j -> jobs.merge(j.id(), j, LineageUnion::fill));
            edges.addAll(lineage.edges());
        }
        if (artifact != null && artifact.path() != null && !artifact.path().isBlank()) {
            boolean linked = edges.stream().anyMatch(e -> LineageGraphCheck.MODEL_ARTIFACT.equals(e.to()));
            if (!linked) {
                datasets.values().stream()
                        .filter(dataset -> isArtifact(dataset, artifact.path()))
                        .forEach(dataset -> edges.add(new LineageEdge(dataset.id(), LineageGraphCheck.MODEL_ARTIFACT)));
            }
        }
        return new Lineage(new ArrayList<>(datasets.values()), new ArrayList<>(jobs.values()), new ArrayList<>(edges));
    }

    private static boolean isArtifact(LineageDataset dataset, String path) {
        for (String name : new String[] {dataset.id(), dataset.name(), dataset.source()}) {
            if (name != null && (name.equals(path) || name.endsWith("/" + path))) {
                return true;
            }
        }
        return false;
    }

    private static LineageDataset fill(LineageDataset first, LineageDataset later) {
        return new LineageDataset(first.id(), or(first.name(), later.name()), or(first.source(), later.source()),
                or(first.owner(), later.owner()), or(first.license(), later.license()), or(first.pii(), later.pii()),
                or(first.version(), later.version()), or(first.sha256(), later.sha256()),
                or(first.description(), later.description()), or(first.status(), later.status()),
                or(first.legalBasis(), later.legalBasis()), first.masked() != null ? first.masked() : later.masked(),
                or(first.md5(), later.md5()));
    }

    private static LineageJob fill(LineageJob first, LineageJob later) {
        return new LineageJob(first.id(), or(first.name(), later.name()), or(first.type(), later.type()),
                or(first.runId(), later.runId()), or(first.owner(), later.owner()), or(first.codeRef(), later.codeRef()));
    }

    private static String or(String first, String later) {
        return first != null && !first.isBlank() ? first : later;
    }
}
