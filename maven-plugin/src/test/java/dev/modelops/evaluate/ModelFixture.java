package dev.modelops.evaluate;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.Baseline;
import dev.modelops.model.Change;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.ResourceBudgets;
import dev.modelops.model.Risk;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable stand-in for a model's inputs, for tests: {@link #compliant()} satisfies every core rule, and a test
 * changes the one thing it is about before calling {@link #build()}. The governance records that the framework
 * packs read (vendor, fairness scope, EU AI Act class, risk register ...) start absent or empty; a pack's test
 * fills in what its compliant model needs.
 */
final class ModelFixture {

    static final String MODEL_FILE = "src/main/models/credit-scoring/model.yaml";
    static final String EVALUATION_FILE = "src/main/models/credit-scoring/evaluations/holdout.json";
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    /** The MD5 of the same bytes as {@link #SHA256} (the four bytes {@code test}). */
    static final String MD5 = "098f6bcd4621d373cade4e832627b4f6";
    static final String ARTIFACT_FILE = "src/main/models/credit-scoring/artifacts/credit-scoring-3.2.0.onnx";
    static final String SNAPSHOT_FILE = "src/main/models/credit-scoring/data/loan-applications-2024q4.parquet";

    String id = "credit-scoring";
    String name = "Retail credit default scorer";
    String version = "3.2.0";
    String type = "classifier";
    String task = "binary-classification";
    String description = "Gradient-boosted trees estimating 12-month probability of default.";
    String license = "proprietary";
    String riskTier = "high";
    String status = "production";
    List<Person> people = new ArrayList<>();
    String intendedUse = "Rank consumer loan applications by default risk for underwriters.";
    List<String> outOfScopeUses = new ArrayList<>();
    List<String> limitations = new ArrayList<>();
    List<String> ethicalConsiderations = new ArrayList<>();
    List<DatasetUse> datasets = new ArrayList<>();
    Artifact artifact = new Artifact("artifacts/credit-scoring-3.2.0.onnx", SHA256, "onnx");
    List<Approval> approvals = new ArrayList<>();
    MonitoringPlan monitoring = new MonitoringPlan("P30D", List.of("auc", "psi"), "Dana Whitfield", "Monthly drift review");
    Map<String, Object> extensions = new LinkedHashMap<>();
    List<MetricResult> evaluations = new ArrayList<>();
    List<LineageDataset> lineageDatasets = new ArrayList<>();
    List<LineageJob> lineageJobs = new ArrayList<>();
    List<LineageEdge> lineageEdges = new ArrayList<>();
    Vendor vendor;
    Boolean affectsPeople;
    List<String> protectedAttributes = new ArrayList<>();
    EuAiActClassification euAiAct;
    List<AcceptanceCriterion> acceptanceCriteria = new ArrayList<>();
    ResourceBudgets budgets;
    List<Risk> risks = new ArrayList<>();
    List<String> humanOversight = new ArrayList<>();
    List<String> cybersecurity = new ArrayList<>();
    LoggingPolicy logging;
    List<Change> changeLog = new ArrayList<>();
    ImpactAssessment impactAssessment;
    Baseline baseline;
    List<MetricResult> monitoringResults = new ArrayList<>();
    List<MetricResult> baselineEvaluations = new ArrayList<>();
    List<InputProblem> inputWarnings = new ArrayList<>();
    /** What the build found at the artifact's path: not looked for, unless a test says so. */
    FileOnDisk artifactOnDisk;
    /** What the build found at the lineage datasets' sources, by dataset id. */
    Map<String, FileOnDisk> datasetsOnDisk = new TreeMap<>();

    static ModelFixture compliant() {
        ModelFixture model = new ModelFixture();
        model.artifactOnDisk = new FileOnDisk(ARTIFACT_FILE, true, SHA256, MD5);
        model.datasetsOnDisk.put("loan-applications-2024q4", new FileOnDisk(SNAPSHOT_FILE, true, SHA256, MD5));
        model.people.add(new Person("Dana Whitfield", "dana.whitfield@example.com", "owner", "Retail Credit Risk"));
        model.people.add(new Person("Lee Chen", "lee.chen@example.com", "developer", "Data Science"));
        model.people.add(new Person("Priya Raman", "priya.raman@example.com", "validator", "Model Risk Management"));
        model.outOfScopeUses.add("Employment screening");
        model.limitations.add("Not validated for applicants with no credit history.");
        model.ethicalConsiderations.add("Uses age band; fairness reviewed per protected attribute.");
        model.datasets.add(new DatasetUse("Loan applications 2019-2024", "training", "loan-applications-2024q4", null));
        model.datasets.add(new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null));
        model.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2026, 9, 14), "approved", "Fit for use."));
        model.lineageDatasets.add(new LineageDataset("loan-applications-2024q4", "Loan applications",
                "jdbc:postgresql://lake/loans", "Credit Data Office", "internal", "personal", "2024-12-31", SHA256, null));
        model.lineageDatasets.add(new LineageDataset("holdout-2026q3", "Holdout", "s3://lake/holdout/2026q3",
                "Credit Data Office", "internal", "personal", "2026-09-01", null, null));
        model.lineageJobs.add(new LineageJob("train-2026q3", "Train credit scorer", "training", "run-4812",
                "Lee Chen", "git+https://git.example.com/credit/scoring.git@9f1c2e7"));
        model.lineageEdges.add(new LineageEdge("loan-applications-2024q4", "train-2026q3"));
        model.lineageEdges.add(new LineageEdge("train-2026q3", "model-artifact"));
        model.evaluations.add(metric("auc", 0.812, Map.of(), new Threshold(0.75, null)));
        model.evaluations.add(metric("false_positive_rate", 0.08, Map.of(), new Threshold(null, 0.10)));
        model.evaluations.add(metric("auc", 0.771, Map.of("age_band", "18-25"), new Threshold(0.75, null)));
        model.baseline = new Baseline("3.1.2", LocalDate.of(2025, 9, 29), List.of());
        model.baselineEvaluations.add(baselineMetric("auc", 0.805, Map.of(), new Threshold(0.75, null)));
        model.baselineEvaluations.add(baselineMetric("false_positive_rate", 0.085, Map.of(), new Threshold(null, 0.10)));
        model.baselineEvaluations.add(baselineMetric("auc", 0.765, Map.of("age_band", "18-25"), new Threshold(0.75, null)));
        return model;
    }

    static MetricResult metric(String metric, double value, Map<String, String> slice, Threshold threshold) {
        return new MetricResult(metric, value, new TreeMap<>(slice),
                new ConfidenceInterval(value - 0.01, value + 0.01, 0.95), threshold, "holdout-2026q3",
                LocalDate.of(2026, 9, 1), new SourceLocation(EVALUATION_FILE, 4, 5, "/results/0"));
    }

    /** A result of the baseline version, on its own holdout. */
    static MetricResult baselineMetric(String metric, double value, Map<String, String> slice, Threshold threshold) {
        return new MetricResult(metric, value, new TreeMap<>(slice), null, threshold, "holdout-2025q3",
                LocalDate.of(2025, 9, 1), new SourceLocation("src/main/models/credit-scoring/baseline/holdout.json", 3, 5,
                        ""));
    }

    /**
     * A result with every field given: the number of examples ({@code count}, null when unknown), the dataset and
     * the day it was measured, located at line {@code line} of {@code file}. No confidence interval.
     */
    static MetricResult result(String metric, double value, Map<String, String> slice, Threshold threshold,
            Long count, String dataset, LocalDate date, String file, int line) {
        return new MetricResult(metric, value, new TreeMap<>(slice), null, threshold, dataset, date,
                new SourceLocation(file, line, 1, ""), count);
    }

    GovernedModel build() {
        ModelMetadata metadata = new ModelMetadata(id, name, version, type, task, description, license, people,
                riskTier, status, intendedUse, outOfScopeUses, limitations, ethicalConsiderations, datasets, artifact,
                approvals, monitoring, vendor, affectsPeople, protectedAttributes, euAiAct, acceptanceCriteria,
                budgets, risks, humanOversight, cybersecurity, logging, changeLog, impactAssessment, baseline,
                new TreeMap<>(extensions));
        return new GovernedModel(metadata, evaluations, new Lineage(lineageDatasets, lineageJobs, lineageEdges),
                SourceLocation.of(MODEL_FILE), List.of(), fieldLocations(), monitoringResults, baselineEvaluations,
                List.of(), List.of(), inputWarnings, artifactOnDisk, datasetsOnDisk);
    }

    /** Every top-level key at line (index + 1), column 1, as the loader would record them. */
    static Map<String, SourceLocation> fieldLocations() {
        String[] keys = {"id", "name", "version", "type", "task", "description", "license", "riskTier", "status",
            "people", "intendedUse", "outOfScopeUses", "limitations", "ethicalConsiderations", "datasets", "artifact",
            "approvals", "monitoring", "extensions", "vendor", "affectsPeople", "protectedAttributes", "euAiAct",
            "acceptanceCriteria", "budgets", "risks", "humanOversight", "cybersecurity", "logging", "changeLog",
            "impactAssessment", "baseline"};
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            locations.put("/" + keys[i], new SourceLocation(MODEL_FILE, i + 1, 1, "/" + keys[i]));
        }
        return locations;
    }

    static int lineOf(String key) {
        return fieldLocations().get("/" + key).line();
    }
}
