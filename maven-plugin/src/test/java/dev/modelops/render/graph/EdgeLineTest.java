package dev.modelops.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeLineTest {

    @Test
    void aStraightEdgeStopsWhereItsArrowHeadBeginsAndTheTipIsItsEnd() {
        LineageGraph.Edge edge = EdgeLine.of("a", "b", List.of(new double[] {0, 10}, new double[] {50, 10}));

        assertThat(edge.path()).isEqualTo("M0.0 10.0L42.0 10.0");
        assertThat(edge.arrowHead()).isEqualTo("M50.0 10.0L42.0 14.0L42.0 6.0Z");
        assertThat(edge.from()).isEqualTo("a");
        assertThat(edge.to()).isEqualTo("b");
    }

    @Test
    void aBendIsRoundedAndTheArrowFollowsTheLastSegment() {
        LineageGraph.Edge edge = EdgeLine.of("a", "b",
                List.of(new double[] {0, 0}, new double[] {20, 0}, new double[] {20, 30}, new double[] {40, 30}));

        assertThat(edge.path()).isEqualTo("M0.0 0.0L16.0 0.0Q20.0 0.0 20.0 4.0L20.0 26.0Q20.0 30.0 24.0 30.0L32.0 30.0");
        assertThat(edge.arrowHead()).startsWith("M40.0 30.0");
    }

    @Test
    void repeatedPointsAreDrawnOnce() {
        LineageGraph.Edge edge = EdgeLine.of("a", "b",
                List.of(new double[] {0, 0}, new double[] {0, 0}, new double[] {30, 0}, new double[] {30, 0}));

        assertThat(edge.path()).isEqualTo("M0.0 0.0L22.0 0.0");
        assertThat(edge.arrowHead()).isEqualTo("M30.0 0.0L22.0 4.0L22.0 -4.0Z");
    }
}
