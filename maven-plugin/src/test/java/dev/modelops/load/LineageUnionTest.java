package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Artifact;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageUnionTest {

    private static LineageDataset dataset(String id, String owner, String version) {
        return new LineageDataset(id, null, null, owner, null, null, version, null, null);
    }

    @Test
    void nodesAreJoinedByIdTheFirstDescriptionWinningFieldByFieldAndEdgesKeptOnce() {
        Lineage nativeLineage = new Lineage(List.of(dataset("s3://lake/reviews", "Data Office", null)), List.of(),
                List.of());
        Lineage start = new Lineage(List.of(dataset("s3://lake/reviews", "someone else", "v7")),
                List.of(new LineageJob("train", null, "training", "run-1", null, null)),
                List.of(new LineageEdge("s3://lake/reviews", "train")));
        Lineage complete = new Lineage(List.of(dataset("s3://lake/reviews", null, "v8")),
                List.of(new LineageJob("train", "Train", null, "run-1", "Ana", null)),
                List.of(new LineageEdge("s3://lake/reviews", "train")));

        Lineage joined = LineageUnion.join(nativeLineage, List.of(start, complete), null);

        assertThat(joined.datasets()).containsExactly(dataset("s3://lake/reviews", "Data Office", "v7"));
        assertThat(joined.jobs()).containsExactly(new LineageJob("train", "Train", "training", "run-1", "Ana", null));
        assertThat(joined.edges()).containsExactly(new LineageEdge("s3://lake/reviews", "train"));
    }

    @Test
    void aDatasetAtTheArtifactsPathLeadsToTheArtifactUnlessAnEdgeAlreadyDoes() {
        Lineage pipeline = new Lineage(
                List.of(dataset("data/train.csv", null, null), dataset("models/model.pkl", null, null)),
                List.of(new LineageJob("train", null, null, null, null, null)),
                List.of(new LineageEdge("data/train.csv", "train"), new LineageEdge("train", "models/model.pkl")));

        Lineage linked = LineageUnion.join(Lineage.EMPTY, List.of(pipeline),
                new Artifact("models/model.pkl", null, "pickle"));
        Lineage elsewhere = LineageUnion.join(Lineage.EMPTY, List.of(pipeline),
                new Artifact("artifacts/other.onnx", null, "onnx"));
        Lineage alreadyLinked = LineageUnion.join(
                new Lineage(List.of(), List.of(), List.of(new LineageEdge("train", "model-artifact"))),
                List.of(pipeline), new Artifact("models/model.pkl", null, "pickle"));

        assertThat(linked.edges()).endsWith(new LineageEdge("models/model.pkl", "model-artifact"));
        assertThat(elsewhere.edges()).noneMatch(edge -> edge.to().equals("model-artifact"));
        assertThat(alreadyLinked.edges()).filteredOn(edge -> edge.to().equals("model-artifact"))
                .containsExactly(new LineageEdge("train", "model-artifact"));
    }
}
