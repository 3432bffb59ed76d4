package dev.modelops.render.graph;

import static dev.modelops.render.graph.LineageFixtures.edge;
import static dev.modelops.render.graph.LineageFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.DatasetUse;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each box of the lineage graph says: its kind, tag, name, the line below it, and its tooltip. */
class LineageNodesTest {

    @Test
    void aDatasetShowsItsVersionAndWhatTheModelUsedItFor() {
        Lineage lineage = new Lineage(
                List.of(new LineageDataset("train-2026", "Training sample", "s3://lake/train", "Data Office",
                        "internal", "pseudonymized", "3.2-train", null, null)),
                List.of(), List.of(edge("train-2026", "model-artifact")));
        List<DatasetUse> uses = List.of(new DatasetUse("Training sample", "training", "train-2026", null),
                new DatasetUse("Same sample, checked", "validation", "train-2026", null));

        LineageNodes.Vertex dataset = LineageNodes.of(model("m", lineage, uses)).vertices().get(0);

        assertThat(dataset.kind()).isEqualTo(NodeKind.RAW_SOURCE);
        assertThat(dataset.tag()).isEqualTo("Raw source \u00b7 training, validation");
        assertThat(dataset.label()).isEqualTo("Training sample");
        assertThat(dataset.subLabel()).isEqualTo("version 3.2-train");
        assertThat(dataset.detail()).isEqualTo("Raw source: Training sample\nid: train-2026\nversion: 3.2-train"
                + "\nused for: training, validation\nsource: s3://lake/train\nowner: Data Office"
                + "\npersonal data: pseudonymized");
    }

    @Test
    void aLongVersionIsShownWithoutTheWordAndANamelessDatasetByItsId() {
        Lineage lineage = new Lineage(List.of(
                new LineageDataset("data/raw.parquet", null, null, null, null, null, "md5:5a1e3c9f0b2d5d7f9e0a21", null,
                        null),
                new LineageDataset("data/prepared.parquet", "Prepared data", null, null, null, null, null, null, null)),
                List.of(), List.of(edge("data/raw.parquet", "data/prepared.parquet")));

        List<LineageNodes.Vertex> vertices = LineageNodes.of(model("m", lineage)).vertices();

        assertThat(vertices.get(0).label()).isEqualTo("data/raw.parquet");
        assertThat(vertices.get(0).subLabel()).isEqualTo("md5:5a1e3c9f0b2d5d7f9e0a21");
        assertThat(vertices.get(1).kind()).isEqualTo(NodeKind.DERIVED_DATASET);
        assertThat(vertices.get(1).subLabel()).as("no version: the id below the name").isEqualTo("data/prepared.parquet");
    }

    @Test
    void aJobShowsItsTypeAndRunAndANameThatIsItsIdIsNotRepeated() {
        Lineage lineage = new Lineage(List.of(), List.of(
                new LineageJob("ingest-loans", "Ingest loans", "ingest", "airflow:loans/42", "Data Office",
                        "git+https://git.example.com/etl.git@1a2b3c4"),
                new LineageJob("train", "train", "training", null, null, null),
                new LineageJob("score", null, null, null, null, null)),
                List.of(edge("ingest-loans", "train"), edge("train", "score")));

        List<LineageNodes.Vertex> vertices = LineageNodes.of(model("m", lineage)).vertices();

        assertThat(vertices).extracting(LineageNodes.Vertex::tag).containsExactly("Ingest job", "Training run", "Job");
        assertThat(vertices).extracting(LineageNodes.Vertex::subLabel).containsExactly("run airflow:loans/42", "", "");
        assertThat(vertices.get(0).detail()).endsWith("\nrun: airflow:loans/42\nowner: Data Office"
                + "\ncode: git+https://git.example.com/etl.git@1a2b3c4");
    }

    @Test
    void theArtifactIsNamedByItsFileWithTheModelVersionAndFormat() {
        Lineage lineage = new Lineage(List.of(), List.of(new LineageJob("train", "Train", "training", null, null, null)),
                List.of(edge("train", "model-artifact")));

        LineageNodes.Vertex artifact = LineageNodes.of(model("credit", lineage)).vertices().get(1);

        assertThat(artifact.kind()).isEqualTo(NodeKind.MODEL_ARTIFACT);
        assertThat(artifact.label()).isEqualTo("credit-1.0.0.onnx");
        assertThat(artifact.subLabel()).isEqualTo("version 1.0.0 \u00b7 onnx");
        assertThat(artifact.detail()).isEqualTo("Model artifact: Model credit\nversion: 1.0.0"
                + "\npath: artifacts/credit-1.0.0.onnx\nformat: onnx\nSHA-256: " + "a".repeat(64));
    }

    @Test
    void theFirstDescriptionOfAnIdWinsAndADatasetIdIsNotAlsoAJob() {
        Lineage lineage = new Lineage(
                List.of(LineageFixtures.dataset("shared", "First"), LineageFixtures.dataset("shared", "Second")),
                List.of(LineageFixtures.job("shared", "As a job", "transform")), List.of());

        List<LineageNodes.Vertex> vertices = LineageNodes.of(model("m", lineage)).vertices();

        assertThat(vertices).extracting(LineageNodes.Vertex::label).containsExactly("First");
    }

    @Test
    void anEdgeWithAMissingEndIsLeftOut() {
        Lineage lineage = new Lineage(List.of(LineageFixtures.dataset("raw", "Raw")), List.of(),
                List.of(edge("raw", null), edge(" ", "raw")));

        LineageNodes nodes = LineageNodes.of(model("m", lineage));

        assertThat(nodes.links()).isEmpty();
        assertThat(nodes.vertices()).extracting(LineageNodes.Vertex::kind).containsExactly(NodeKind.RAW_SOURCE);
    }
}
