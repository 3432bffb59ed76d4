package dev.modelops.render.graph;

import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.ModelMetadata;
import dev.modelops.pipeline.SampleProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Models for the lineage graph tests: the sample project's models as the plugin loads them (credit-scoring
 * from its lineage.yaml, card-fraud-detector from MLflow and DVC files, app-review-sentiment from OpenLineage
 * events), and small lineages built in code.
 */
final class LineageFixtures {

    private static Map<String, GovernedModel> sampleModels;

    private LineageFixtures() {
    }

    /** A model of the sample project, loaded once for all tests. */
    static synchronized GovernedModel sample(String id) {
        if (sampleModels == null) {
            sampleModels = new TreeMap<>();
            try {
                for (SampleProject.Module module : SampleProject.modules()) {
                    new ModelInventoryLoader(module.directory()).load(module.directory().resolve("src/main/models"))
                            .forEach(model -> sampleModels.put(model.id(), model));
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load the sample project's models", e);
            }
        }
        GovernedModel model = sampleModels.get(id);
        if (model == null) {
            throw new IllegalArgumentException("no sample model " + id + " in " + sampleModels.keySet());
        }
        return model;
    }

    /** A model {@code id} with the given lineage and dataset uses, its artifact a file of format onnx. */
    static GovernedModel model(String id, Lineage lineage, List<DatasetUse> uses) {
        ModelMetadata metadata = new ModelMetadata(id, "Model " + id, "1.0.0", "classifier", null, null, null,
                List.of(), null, null, null, List.of(), List.of(), List.of(), uses,
                new Artifact("artifacts/" + id + "-1.0.0.onnx", "a".repeat(64), "onnx"), List.of(), null,
                new TreeMap<>());
        return new GovernedModel(metadata, List.of(), lineage, null, List.of(), Map.of());
    }

    static GovernedModel model(String id, Lineage lineage) {
        return model(id, lineage, List.of());
    }

    static LineageDataset dataset(String id, String name) {
        return new LineageDataset(id, name, "s3://lake/" + id, "Data Office", "internal", "none", "2026-01-01", null,
                null);
    }

    static LineageJob job(String id, String name, String type) {
        return new LineageJob(id, name, type, "run-" + id, "Data Office", null);
    }

    static LineageEdge edge(String from, String to) {
        return new LineageEdge(from, to);
    }

    /**
     * raw loans -> build features -> features -> train -> model-artifact -> evaluate, with a holdout read by the
     * evaluation: the shape of a real lineage in six steps.
     */
    static Lineage trainingPipeline() {
        return new Lineage(
                List.of(dataset("loans-raw", "Loan applications"), dataset("features", "Loan features"),
                        dataset("holdout", "Holdout 2026")),
                List.of(job("build", "Build features", "transform"), job("train", "Train scorer", "training"),
                        job("evaluate", "Evaluate scorer", "evaluation")),
                List.of(edge("loans-raw", "build"), edge("build", "features"), edge("features", "train"),
                        edge("train", "model-artifact"), edge("model-artifact", "evaluate"),
                        edge("holdout", "evaluate")));
    }

    /**
     * {@code sources} raw sources, each read by its own ingest job, which writes a staged dataset; groups of
     * five staged datasets go into a transform that writes a feature table; every feature table goes into one
     * training job, which writes the model artifact. With 40 sources: 40 + 40 + 40 + 8 + 8 + 1 + 1 = 138 nodes.
     */
    static Lineage wide(int sources) {
        List<LineageDataset> datasets = new ArrayList<>();
        List<LineageJob> jobs = new ArrayList<>();
        List<LineageEdge> edges = new ArrayList<>();
        jobs.add(job("train", "Train on every feature table", "training"));
        for (int i = 0; i < sources; i++) {
            datasets.add(dataset("source-" + i, "Source system " + i));
            datasets.add(dataset("staged-" + i, "Staged extract " + i));
            jobs.add(job("ingest-" + i, "Ingest source " + i, "ingest"));
            edges.add(edge("source-" + i, "ingest-" + i));
            edges.add(edge("ingest-" + i, "staged-" + i));
            int group = i / 5;
            if (i % 5 == 0) {
                datasets.add(dataset("features-" + group, "Feature table " + group));
                jobs.add(job("transform-" + group, "Build feature table " + group, "transform"));
                edges.add(edge("transform-" + group, "features-" + group));
                edges.add(edge("features-" + group, "train"));
            }
            edges.add(edge("staged-" + i, "transform-" + group));
        }
        edges.add(edge("train", "model-artifact"));
        return new Lineage(datasets, jobs, edges);
    }
}
