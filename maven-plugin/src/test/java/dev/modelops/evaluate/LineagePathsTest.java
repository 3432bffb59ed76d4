package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Lineage;
import dev.modelops.model.LineageEdge;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineagePathsTest {

    private static Lineage lineage(LineageEdge... edges) {
        return new Lineage(List.of(), List.of(), List.of(edges));
    }

    @Test
    void rawNodesHaveNoInputsAndTheArtifactDerivesFromItsWholeUpstream() {
        LineagePaths paths = LineagePaths.of(lineage(
                new LineageEdge("bureau", "features"),
                new LineageEdge("loans", "features"),
                new LineageEdge("features", "train"),
                new LineageEdge("train", "model-artifact"),
                new LineageEdge("model-artifact", "evaluate"),
                new LineageEdge("holdout", "evaluate")));

        assertThat(paths.hasArtifact()).isTrue();
        assertThat(paths.isRaw("bureau")).isTrue();
        assertThat(paths.isRaw("holdout")).isTrue();
        assertThat(paths.isRaw("features")).isFalse();
        assertThat(List.of("bureau", "loans", "features", "train")).allMatch(paths::feedsArtifact);
        assertThat(paths.feedsArtifact("holdout")).isFalse();
        assertThat(paths.feedsArtifact("evaluate")).isFalse();
    }

    @Test
    void cyclesEndTheWalkAndALineageWithoutTheArtifactFeedsNothing() {
        LineagePaths cyclic = LineagePaths.of(lineage(
                new LineageEdge("a", "b"), new LineageEdge("b", "a"), new LineageEdge("b", "model-artifact")));
        LineagePaths detached = LineagePaths.of(lineage(new LineageEdge("a", "b")));

        assertThat(cyclic.feedsArtifact("a")).isTrue();
        assertThat(cyclic.isRaw("a")).isFalse();
        assertThat(detached.hasArtifact()).isFalse();
        assertThat(detached.feedsArtifact("a")).isFalse();
    }
}
