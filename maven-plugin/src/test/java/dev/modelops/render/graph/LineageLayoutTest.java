package dev.modelops.render.graph;

import static dev.modelops.render.graph.LineageFixtures.dataset;
import static dev.modelops.render.graph.LineageFixtures.edge;
import static dev.modelops.render.graph.LineageFixtures.job;
import static dev.modelops.render.graph.LineageFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lineage graph as ELK lays it out: data flows left to right (every arrow from the right side of its source
 * to the left side of its target, the source wholly left of the target), no box overlaps another, every arrow
 * starts and ends on the boxes it joins, the same lineage always gives the same picture, and cycles, ids no
 * node describes and large lineages are drawn too.
 */
class LineageLayoutTest {

    private static final List<String> SAMPLE_MODELS = List.of("credit-scoring", "card-fraud-detector",
            "app-review-sentiment");

    @ParameterizedTest
    @ValueSource(strings = {"credit-scoring", "card-fraud-detector", "app-review-sentiment"})
    void everyArrowOfASampleModelRunsLeftToRight(String id) {
        LineageGraph graph = LineageLayout.of(LineageFixtures.sample(id));
        Map<String, GraphGeometry.Box> boxes = GraphGeometry.boxes(graph);

        assertThat(graph.edges()).isNotEmpty();
        for (LineageGraph.Edge edge : graph.edges()) {
            GraphGeometry.Box from = boxes.get(edge.from());
            GraphGeometry.Box to = boxes.get(edge.to());
            assertThat(from.right()).as("%s ends left of %s", edge.from(), edge.to()).isLessThan(to.x());
            assertThat(GraphGeometry.start(edge)[0]).as("arrow from the right side of %s", edge.from())
                    .isCloseTo(from.right(), offset(GraphGeometry.TOLERANCE));
            assertThat(GraphGeometry.tip(edge)[0]).as("arrow into the left side of %s", edge.to())
                    .isCloseTo(to.x(), offset(GraphGeometry.TOLERANCE));
        }
    }

    @Test
    void creditScoringGoesFromItsRawSourcesThroughItsJobsToTheArtifact() {
        Map<String, GraphGeometry.Box> boxes = GraphGeometry.boxes(LineageLayout.of(LineageFixtures.sample("credit-scoring")));

        double rawSources = Math.max(boxes.get("core-banking-loan-applications").right(),
                boxes.get("credit-bureau-extract").right());
        assertThat(boxes.get("core-banking-loan-applications").kind()).isEqualTo(NodeKind.RAW_SOURCE);
        assertThat(boxes.get("credit-feature-build-v7").x()).isGreaterThan(rawSources);
        assertThat(boxes.get("retail-credit-features-v7").kind()).isEqualTo(NodeKind.DERIVED_DATASET);
        assertThat(boxes.get("credit-train-v3-2").x()).isGreaterThan(boxes.get("retail-credit-features-v7").right());
        assertThat(boxes.get("model-artifact").kind()).isEqualTo(NodeKind.MODEL_ARTIFACT);
        assertThat(boxes.get("model-artifact").x()).isGreaterThan(boxes.get("credit-train-v3-2").right());
        assertThat(boxes.get("credit-evaluate-v3-2").kind()).isEqualTo(NodeKind.EVALUATION);
        assertThat(boxes.get("credit-evaluate-v3-2").x()).isGreaterThan(boxes.get("model-artifact").right());
    }

    @Test
    void everyDatasetJobAndTheArtifactOfASampleModelIsABox() {
        GovernedModel model = LineageFixtures.sample("credit-scoring");
        List<String> ids = new ArrayList<>();
        model.lineage().datasets().forEach(dataset -> ids.add(dataset.id()));
        model.lineage().jobs().forEach(job -> ids.add(job.id()));
        ids.add("model-artifact");

        LineageGraph graph = LineageLayout.of(model);

        assertThat(graph.nodes()).extracting(LineageGraph.Node::id).containsExactlyElementsOf(ids);
        assertThat(graph.edges()).hasSize(model.lineage().edges().size());
    }

    @Test
    void noTwoBoxesOverlapInAnySampleModel() {
        for (String id : SAMPLE_MODELS) {
            assertNoOverlap(LineageLayout.of(LineageFixtures.sample(id)));
        }
    }

    @Test
    void everyArrowStartsAndEndsOnTheBoxesItJoins() {
        for (String id : SAMPLE_MODELS) {
            assertArrowsOnTheirBoxes(LineageLayout.of(LineageFixtures.sample(id)));
        }
        assertArrowsOnTheirBoxes(LineageLayout.of(model("cyclic", cyclic())));
    }

    @Test
    void theSameLineageGivesTheSamePicture() {
        for (String id : SAMPLE_MODELS) {
            GovernedModel model = LineageFixtures.sample(id);
            assertThat(LineageLayout.of(model)).isEqualTo(LineageLayout.of(model));
        }
    }

    @Test
    void cardsLaidOutOnSeveralThreadsAtOnceGetTheSamePictureAsOneByOne() throws Exception {
        List<GovernedModel> models = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            models.add(LineageFixtures.sample(SAMPLE_MODELS.get(i % SAMPLE_MODELS.size())));
            models.add(model("wide-" + i, LineageFixtures.wide(10 + i)));
        }
        List<LineageGraph> oneByOne = models.stream().map(LineageLayout::of).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<LineageGraph>> tasks = models.stream()
                    .map(model -> (Callable<LineageGraph>) () -> LineageLayout.of(model)).toList();
            List<LineageGraph> atOnce = new ArrayList<>();
            for (Future<LineageGraph> future : pool.invokeAll(tasks)) {
                atOnce.add(future.get());
            }
            assertThat(atOnce).isEqualTo(oneByOne);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCycleIsDrawnWithTheArrowThatClosesItTurnedBack() {
        LineageGraph graph = LineageLayout.of(model("cyclic", cyclic()));
        Map<String, GraphGeometry.Box> boxes = GraphGeometry.boxes(graph);

        assertThat(boxes.get("raw").right()).isLessThan(boxes.get("clean").x());
        assertThat(boxes.get("clean").right()).isLessThan(boxes.get("refined").x());
        assertThat(boxes.get("refined").right()).isLessThan(boxes.get("model-artifact").x());

        assertThat(graph.nodes()).extracting(LineageGraph.Node::id)
                .containsExactly("raw", "refined", "clean", "model-artifact");
        assertThat(graph.edges()).extracting(LineageGraph.Edge::from, LineageGraph.Edge::to)
                .containsExactly(
                        tuple("raw", "clean"),
                        tuple("clean", "refined"),
                        tuple("refined", "clean"),
                        tuple("refined", "model-artifact"));
        assertNoOverlap(graph);
    }

    @Test
    void aSelfLoopAndARepeatedEdgeAreDrawnOnce() {
        Lineage lineage = new Lineage(List.of(dataset("raw", "Raw")), List.of(job("train", "Train", "training")),
                List.of(edge("raw", "train"), edge("raw", "train"), edge("train", "train"),
                        edge("train", "model-artifact")));

        LineageGraph graph = LineageLayout.of(model("loops", lineage));

        assertThat(graph.edges()).extracting(LineageGraph.Edge::from, LineageGraph.Edge::to).containsExactly(
                tuple("raw", "train"),
                tuple("train", "model-artifact"));
    }

    @Test
    void anIdThatOnlyAnEdgeNamesIsADashedBoxTheCaptionExplains() {
        Lineage lineage = new Lineage(List.of(dataset("raw", "Raw")), List.of(),
                List.of(edge("raw", "trian"), edge("trian", "model-artifact")));

        LineageGraph graph = LineageLayout.of(model("typo", lineage));

        LineageGraph.Node typo = graph.nodes().stream().filter(node -> node.id().equals("trian")).findFirst().orElseThrow();
        assertThat(typo.kind()).isEqualTo(NodeKind.NOT_DESCRIBED);
        assertThat(typo.dash()).isNotEqualTo("none");
        assertThat(graph.caption()).contains("Dashed boxes are ids that edges name but the lineage does not describe");
    }

    @Test
    void aLineageThatDoesNotReachTheArtifactSaysSo() {
        Lineage lineage = new Lineage(List.of(dataset("raw", "Raw")), List.of(job("train", "Train", "training")),
                List.of(edge("raw", "train")));

        LineageGraph graph = LineageLayout.of(model("no-artifact", lineage));

        assertThat(graph.nodes()).extracting(LineageGraph.Node::kind)
                .containsExactly(NodeKind.RAW_SOURCE, NodeKind.JOB);
        assertThat(graph.caption()).contains("No edge of the lineage leads to the model artifact.");
    }

    @Test
    void anEmptyLineageHasNoPicture() {
        LineageGraph graph = LineageLayout.of(model("empty", Lineage.EMPTY));

        assertThat(graph.shown()).isFalse();
        assertThat(graph).isSameAs(LineageGraph.NONE);
    }

    @Test
    void twoHundredNodesAreLaidOutWithoutOverlapAndStayReadable() {
        Lineage lineage = LineageFixtures.wide(58);
        GovernedModel model = model("wide", lineage);

        LineageGraph graph = LineageLayout.of(model);

        assertThat(graph.nodes()).hasSize(200);
        assertThat(graph.edges()).hasSize(lineage.edges().size());
        assertNoOverlap(graph);
        assertArrowsOnTheirBoxes(graph);
        // Too large to fit a card: drawn at no less than the smallest scale, so it scrolls in its frame.
        double[] viewBox = GraphGeometry.points(graph.viewBox()).get(1);
        assertThat(GraphGeometry.number(graph.width()) / viewBox[0])
                .isGreaterThanOrEqualTo(LineageLayout.MIN_SCALE - 0.01);
    }

    @Test
    void eachKindOfBoxHasItsOwnOutlineTagAndLegendEntry() {
        LineageGraph graph = LineageLayout.of(model("pipeline", LineageFixtures.trainingPipeline(),
                List.of(new DatasetUse("Holdout", "test", "holdout", null))));

        assertThat(graph.nodes()).extracting(LineageGraph.Node::id, LineageGraph.Node::kind).containsExactly(
                tuple("loans-raw", NodeKind.RAW_SOURCE),
                tuple("features", NodeKind.DERIVED_DATASET),
                tuple("holdout", NodeKind.RAW_SOURCE),
                tuple("build", NodeKind.JOB),
                tuple("train", NodeKind.JOB),
                tuple("evaluate", NodeKind.EVALUATION),
                tuple("model-artifact", NodeKind.MODEL_ARTIFACT));
        assertThat(graph.nodes()).extracting(node -> node.lines().get(0).text()).containsExactly(
                "Raw source", "Dataset", "Raw source \u00b7 test", "Transform job", "Training run", "Evaluation run",
                "Model artifact");
        assertThat(graph.legend()).extracting(entry -> entry.text().text()).containsExactly(
                NodeKind.RAW_SOURCE.legend(), NodeKind.DERIVED_DATASET.legend(), NodeKind.JOB.legend(),
                NodeKind.EVALUATION.legend(), NodeKind.MODEL_ARTIFACT.legend());
        assertThat(graph.nodes().stream().map(node -> node.kind() + node.accent().replaceAll("[0-9.]", "")).distinct())
                .as("outlines differ by kind, not only colours").hasSize(5);
    }

    @Test
    void aLongNameIsShortenedInItsBoxAndWholeInItsTooltip() {
        String name = "Core banking loan applications and repayment history of every branch since 2020";
        Lineage lineage = new Lineage(List.of(dataset("raw", name)), List.of(), List.of(edge("raw", "model-artifact")));

        LineageGraph.Node node = LineageLayout.of(model("long", lineage)).nodes().get(0);

        List<String> label = node.lines().stream().filter(line -> line.fontWeight().equals("bold"))
                .map(LineageGraph.Text::text).toList();
        assertThat(label).hasSize(LineageLayout.LABEL_LINES);
        assertThat(label).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(LineageLayout.LABEL_CHARACTERS));
        assertThat(label.get(label.size() - 1)).endsWith(TextFit.ELLIPSIS);
        assertThat(node.tooltip()).startsWith("Raw source: " + name + "\nid: raw\n");
    }

    @Test
    void everyCoordinateHasOneDecimalAndAPoint() {
        LineageGraph graph = LineageLayout.of(LineageFixtures.sample("credit-scoring"));

        String numbers = "-?\\d+\\.\\d";
        assertThat(graph.nodes()).allSatisfy(node -> {
            assertThat(List.of(node.x(), node.y(), node.width(), node.height())).allMatch(value -> value.matches(numbers));
            assertThat(node.outline()).matches("[MLHVAZQ0-9. -]+");
        });
        assertThat(graph.edges()).allSatisfy(edge -> assertThat(edge.path() + edge.arrowHead())
                .matches("([MLQZ]|-?\\d+\\.\\d| )+"));
        assertThat(graph.viewBox()).matches("0 0 " + numbers + " " + numbers);
    }

    /** raw -> clean -> refined -> clean (back), refined -> model-artifact. */
    private static Lineage cyclic() {
        return new Lineage(List.of(dataset("raw", "Raw"), dataset("refined", "Refined")),
                List.of(job("clean", "Clean", "transform")),
                List.of(edge("raw", "clean"), edge("clean", "refined"), edge("refined", "clean"),
                        edge("refined", "model-artifact")));
    }

    private static void assertNoOverlap(LineageGraph graph) {
        List<GraphGeometry.Box> boxes = graph.nodes().stream().map(GraphGeometry::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    private static void assertArrowsOnTheirBoxes(LineageGraph graph) {
        Map<String, GraphGeometry.Box> boxes = GraphGeometry.boxes(graph);
        for (LineageGraph.Edge edge : graph.edges()) {
            assertThat(boxes.get(edge.from()).hasOnItsBorder(GraphGeometry.start(edge)))
                    .as("%s -> %s starts on the box of %s", edge.from(), edge.to(), edge.from()).isTrue();
            assertThat(boxes.get(edge.to()).hasOnItsBorder(GraphGeometry.tip(edge)))
                    .as("%s -> %s ends on the box of %s", edge.from(), edge.to(), edge.to()).isTrue();
        }
    }
}
