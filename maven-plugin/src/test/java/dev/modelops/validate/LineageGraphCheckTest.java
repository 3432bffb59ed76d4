package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.load.LineageDocument;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageGraphCheckTest {

    private static LineageDataset dataset(String id) {
        return new LineageDataset(id, null, null, null, null, null, null, null, null);
    }

    private static LineageJob job(String id) {
        return new LineageJob(id, null, "training", null, null, null);
    }

    @Test
    void edgesMayJoinNodesOfDifferentFilesAndTheModelArtifact() {
        LineageDocument data = new LineageDocument("data.yaml", new Lineage(List.of(dataset("raw")), List.of(), List.of()), Map.of());
        LineageDocument jobs = new LineageDocument("jobs.yaml", new Lineage(List.of(), List.of(job("train")),
                List.of(new LineageEdge("raw", "train"), new LineageEdge("train", "model-artifact"))), Map.of());
        assertThat(LineageGraphCheck.check(List.of(data, jobs))).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossDatasetsJobsAndFiles() {
        LineageDocument first = new LineageDocument("a.yaml", new Lineage(List.of(dataset("raw")), List.of(), List.of()),
                Map.of("/datasets/0/id", new SourceLocation("a.yaml", 2, 9, "")));
        LineageDocument second = new LineageDocument("b.yaml", new Lineage(List.of(), List.of(job("raw")), List.of()),
                Map.of("/jobs/0/id", new SourceLocation("b.yaml", 3, 9, "")));
        assertThat(LineageGraphCheck.check(List.of(first, second))).extracting(InputProblem::describe).containsExactly(
                "b.yaml:3:9: at /jobs/0/id: the lineage node id 'raw', already declared at a.yaml:2:9, "
                        + "expected an id unique among the model's datasets and jobs, across all its lineage files");
    }

    @Test
    void edgesToUnknownNodesAndToThemselvesAreProblems() {
        LineageDocument document = new LineageDocument("l.yaml", new Lineage(List.of(dataset("raw")), List.of(),
                List.of(new LineageEdge("rwa", "model-artefact"), new LineageEdge("raw", "raw"))), Map.of());
        assertThat(LineageGraphCheck.check(List.of(document))).extracting(InputProblem::describe).containsExactly(
                "l.yaml: at /edges/0/from: an edge from 'rwa', which is not a dataset or job of this model (did you mean 'raw'?), "
                        + "expected the id of a dataset or job in the model's lineage files, or model-artifact",
                "l.yaml: at /edges/0/to: an edge to 'model-artefact', which is not a dataset or job of this model "
                        + "(did you mean 'model-artifact'?), expected the id of a dataset or job in the model's lineage files, "
                        + "or model-artifact",
                "l.yaml: at /edges/1: an edge from 'raw' to itself, expected an edge between two different nodes");
    }

    @Test
    void theArtifactIdIsReserved() {
        LineageDocument document = new LineageDocument("l.yaml",
                new Lineage(List.of(dataset("model-artifact")), List.of(), List.of()), Map.of());
        assertThat(LineageGraphCheck.check(List.of(document))).extracting(InputProblem::describe).containsExactly(
                "l.yaml: at /datasets/0/id: the reserved id 'model-artifact' used for a node, "
                        + "expected another id: 'model-artifact' stands for the model artifact in edges");
    }
}
