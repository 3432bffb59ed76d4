package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** Every rule of the built-in core pack passes on a compliant model and fails, with a useful message, without. */
class CoreRulePackTest extends BuiltInPackContract {

    @Override
    String packName() {
        return "core";
    }

    @Override
    ModelFixture compliant() {
        return ModelFixture.compliant();
    }

    /** The digests of other bytes than the compliant model's artifact. */
    private static final String OTHER_SHA256 = "a".repeat(64);
    private static final String OTHER_MD5 = "b".repeat(32);

    @Test
    void anUpperCaseDeclaredDigestAndTheLineageRecordOfTheSameFileMatch() {
        ModelFixture model = compliant();
        model.artifact = new Artifact("artifacts/credit-scoring-3.2.0.onnx", ModelFixture.SHA256.toUpperCase(),
                "onnx", ModelFixture.MD5.toUpperCase());
        model.lineageDatasets.add(new LineageDataset("models/credit-scoring-3.2.0.onnx", null,
                "artifacts/credit-scoring-3.2.0.onnx", null, null, null, "md5:" + ModelFixture.MD5, null, null,
                null, null, null, ModelFixture.MD5));

        assertThat(findingOf("core.artifact-digest-matches", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aTrainingDatasetWithItsOwnDigestIsNotTakenForTheArtifact() {
        ModelFixture model = compliant();
        model.lineageDatasets.set(0, new LineageDataset("loan-applications-2024q4", "Loan applications",
                "jdbc:postgresql://lake/loans", "Credit Data Office", "internal", "personal", "2024-12-31", OTHER_SHA256,
                null));

        assertThat(findingOf("core.artifact-digest-matches", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void corePackHasAtLeastTwelveRules() {
        assertThat(engine().rules()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("core.owner-present", "no owner", m -> m.people.removeIf(p -> p.role().equals("owner")),
                        "Model credit-scoring names no owner; roles listed: developer, validator"),
                violation("core.owner-reachable", "owner without email", m -> m.people.set(0,
                        new Person("Dana Whitfield", null, "owner", null)),
                        "The owner of model credit-scoring has no email address: Dana Whitfield"),
                violation("core.developer-named", "no developer",
                        m -> m.people.removeIf(p -> p.role().equals("developer")),
                        "Model credit-scoring names no developer; roles listed: owner, validator"),
                violation("core.risk-tier-assigned", "risk tier outside the scale", m -> m.riskTier = "extreme",
                        "Model credit-scoring has no risk tier among low, medium, high, critical (found: extreme)"),
                violation("core.risk-tier-assigned", "no risk tier", m -> m.riskTier = null, "(found: none)"),
                violation("core.status-declared", "no status", m -> m.status = null,
                        "Model credit-scoring has no life-cycle status among development, validation, production, "
                                + "retired (found: none)"),
                violation("core.description-present", "blank description", m -> m.description = "  ",
                        "Model credit-scoring has no description"),
                violation("core.intended-use-present", "no intended use", m -> m.intendedUse = null,
                        "Model credit-scoring does not document its intended use"),
                violation("core.out-of-scope-uses-declared", "no out-of-scope use", m -> m.outOfScopeUses.clear(),
                        "Model credit-scoring declares no out-of-scope use"),
                violation("core.limitations-documented", "only a blank limitation", m -> {
                    m.limitations.clear();
                    m.limitations.add(" ");
                }, "Model credit-scoring documents no limitation"),
                violation("core.ethical-considerations-documented", "medium risk, none documented", m -> {
                    m.riskTier = "medium";
                    m.ethicalConsiderations.clear();
                }, "Model credit-scoring (risk tier medium) documents no ethical considerations"),
                violation("core.training-data-declared", "no training dataset",
                        m -> m.datasets.removeIf(d -> d.role().equals("training")),
                        "Model credit-scoring declares no training dataset; dataset roles listed: test"),
                violation("core.training-data-traced", "lineageRef not in the lineage and one without lineageRef",
                        m -> {
                            m.datasets.set(0, new DatasetUse("Loan applications 2019-2024", "training", "loans-v9",
                                    null));
                            m.datasets.add(new DatasetUse("Bureau data", "training", null, null));
                        },
                        "Training data of model credit-scoring is not traced in its lineage: Loan applications "
                                + "2019-2024 (lineageRef loans-v9 is not a lineage dataset); Bureau data "
                                + "(no lineageRef)"),
                violation("core.data-sources-owned", "lineage dataset without owner, another without source", m -> {
                    m.lineageDatasets.set(0, new LineageDataset("loan-applications-2024q4", "Loan applications",
                            "jdbc:postgresql://lake/loans", null, null, null, null, null, null));
                    m.lineageDatasets.set(1, new LineageDataset("holdout-2026q3", "Holdout", " ", "Credit Data Office",
                            null, null, null, null, null));
                }, "Datasets used by model credit-scoring lack a source or an owner in the lineage: "
                        + "loan-applications-2024q4 (no owner), holdout-2026q3 (no source)"),
                violation("core.test-data-declared", "no validation or test dataset",
                        m -> m.datasets.removeIf(d -> d.role().equals("test")),
                        "Model credit-scoring declares no validation or test dataset; dataset roles listed: training"),
                violation("core.artifact-checksummed", "no artifact", m -> m.artifact = null,
                        "Model credit-scoring has no artifact pinned by a SHA-256 digest: no artifact is declared"),
                violation("core.artifact-checksummed", "artifact without digest",
                        m -> m.artifact = new Artifact("model.onnx", null, "onnx"), "the artifact has no sha256"),
                violation("core.artifact-checksummed", "malformed digest",
                        m -> m.artifact = new Artifact("model.onnx", "abc123", "onnx"),
                        "the sha256 abc123 is not 64 hexadecimal digits"),
                violation("core.artifact-digest-matches", "one byte of the file in the build changed",
                        m -> m.artifactOnDisk = new FileOnDisk(ModelFixture.ARTIFACT_FILE, true, OTHER_SHA256,
                                ModelFixture.MD5),
                        "The artifact file " + ModelFixture.ARTIFACT_FILE + " of model credit-scoring does not have "
                                + "the digest declared for it: its SHA-256 is " + OTHER_SHA256
                                + ", the model declares sha256 " + ModelFixture.SHA256),
                violation("core.artifact-digest-matches", "the declared md5 is not the file's",
                        m -> m.artifact = new Artifact("artifacts/credit-scoring-3.2.0.onnx", ModelFixture.SHA256,
                                "onnx", OTHER_MD5),
                        "does not have the digest declared for it: its MD5 is " + ModelFixture.MD5
                                + ", the model declares md5 " + OTHER_MD5),
                violation("core.artifact-digest-matches", "the DVC lock records another md5 for the file",
                        m -> m.lineageDatasets.add(new LineageDataset("models/credit-scoring-3.2.0.onnx", null,
                                "artifacts/credit-scoring-3.2.0.onnx", null, null, null, "md5:" + OTHER_MD5, null,
                                null, null, null, null, OTHER_MD5)),
                        "its MD5 is " + ModelFixture.MD5 + ", lineage dataset models/credit-scoring-3.2.0.onnx "
                                + "records md5 " + OTHER_MD5),
                violation("core.dataset-snapshots-match", "the training snapshot in the build was regenerated",
                        m -> m.datasetsOnDisk.put("loan-applications-2024q4", new FileOnDisk(
                                ModelFixture.SNAPSHOT_FILE, true, OTHER_SHA256, ModelFixture.MD5)),
                        "Dataset snapshots of model credit-scoring in the build do not have the digests their lineage "
                                + "records: lineage dataset loan-applications-2024q4 (" + ModelFixture.SNAPSHOT_FILE
                                + "): its SHA-256 is " + OTHER_SHA256 + ", the lineage records sha256 "
                                + ModelFixture.SHA256),
                violation("core.dataset-snapshots-match", "DVC recorded another md5 for a dependency", m -> {
                    m.lineageDatasets.add(new LineageDataset("data/prepared/test.parquet", null,
                            "data/prepared/test.parquet", null, null, null, "md5:" + OTHER_MD5, null, null, null, null,
                            null, OTHER_MD5));
                    m.datasetsOnDisk.put("data/prepared/test.parquet", new FileOnDisk(
                            "src/main/models/credit-scoring/data/prepared/test.parquet", true, ModelFixture.SHA256,
                            ModelFixture.MD5));
                }, "lineage dataset data/prepared/test.parquet (src/main/models/credit-scoring/data/prepared/test.parquet): "
                        + "its MD5 is " + ModelFixture.MD5 + ", the lineage records md5 " + OTHER_MD5),
                violation("core.evaluation-results-present", "no evaluation", m -> m.evaluations.clear(),
                        "Model credit-scoring has no evaluation results"),
                violation("core.acceptance-criteria-declared", "no threshold anywhere", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.81, Map.of(), null));
                    m.evaluations.add(ModelFixture.metric("brier", 0.12, Map.of(), null));
                }, "None of the 2 metric results of model credit-scoring declares a threshold, and the model declares no "
                        + "acceptance criteria; metrics: auc, brier"),
                violation("core.metric-thresholds-met", "a minimum and a maximum missed by a hair", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.7999, Map.of(), new Threshold(0.8, null)));
                    m.evaluations.add(ModelFixture.metric("auc", 0.85, Map.of("age_band", "18-25"),
                            new Threshold(0.8, null)));
                    m.evaluations.add(ModelFixture.metric("false_positive_rate", 0.1000001, Map.of(),
                            new Threshold(null, 0.1)));
                }, "Model credit-scoring misses its metric thresholds: auc on overall of holdout-2026q3 is "
                        + "0.7999, below the minimum 0.8; false_positive_rate on overall of holdout-2026q3 is "
                        + "0.1000001, above the maximum 0.1"),
                violation("core.slice-thresholds-met", "one slice below its minimum by a hair", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.85, Map.of(), new Threshold(0.8, null)));
                    m.evaluations.add(ModelFixture.metric("auc", 0.7999, Map.of("age_band", "18-25"),
                            new Threshold(0.8, null)));
                    m.evaluations.add(ModelFixture.metric("auc", 0.83, Map.of("age_band", "26-40"),
                            new Threshold(0.8, null)));
                }, "Model credit-scoring misses its thresholds on some slices: auc on age_band=18-25 of "
                        + "holdout-2026q3 is 0.7999, below the minimum 0.8"),
                violation("core.no-regression-from-baseline", "auc down 0.015, false positive rate up 0.0151", m -> {
                    m.evaluations.set(0, ModelFixture.metric("auc", 0.79, Map.of(), new Threshold(0.75, null)));
                    m.evaluations.set(1, ModelFixture.metric("false_positive_rate", 0.1001, Map.of(),
                            new Threshold(null, 0.2)));
                }, "Model credit-scoring performs worse than its approved version 3.1.2 by more than 0.01 "
                        + "(maxRegression): auc on overall of holdout-2026q3 is 0.79, 0.015 below 0.805 on holdout-2025q3; "
                        + "false_positive_rate on overall of holdout-2026q3 is 0.1001, 0.0151 above 0.085 on holdout-2025q3"),
                violation("core.version-declared", "no version", m -> m.version = null,
                        "Model credit-scoring declares no version"),
                violation("core.inputs-read-completely", "a metric value and an event unreadable", m -> {
                    m.inputWarnings.add(new InputProblem(new SourceLocation("src/main/models/sentiment/README.md", 14, 9,
                            "/model-index/0/results/0/metrics/0/value"), "found 'n/a' as a metric value",
                            "a number such as 0.87, 87% or 286.26 +/- 16.68"));
                    m.inputWarnings.add(new InputProblem(SourceLocation.of("src/main/models/sentiment/events.ndjson"),
                            "an event without run.runId", null));
                }, "2 part(s) of the inputs of model credit-scoring could not be read: src/main/models/sentiment/README.md:14 "
                        + "at /model-index/0/results/0/metrics/0/value: found 'n/a' as a metric value, expected a number "
                        + "such as 0.87, 87% or 286.26 +/- 16.68; src/main/models/sentiment/events.ndjson: an event without "
                        + "run.runId"),
                violation("core.production-approved", "no approval", m -> m.approvals.clear(),
                        "Model credit-scoring is in production without a standing approval; decisions on record: "
                                + "(none)"),
                violation("core.production-approved", "approval overturned by a later rejection",
                        m -> m.approvals.add(new Approval("Chief Risk Officer", "approver", LocalDate.of(2026, 10, 2),
                                "rejected", "Fairness findings open")),
                        "decisions on record: 2026-09-14 approved by Priya Raman, 2026-10-02 rejected by Chief Risk "
                                + "Officer"),
                violation("core.approval-current", "approval older than a year", m -> {
                    m.approvals.clear();
                    m.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2025, 10, 31), "approved",
                            null));
                }, "The approvals of model credit-scoring are all more than 365 days old on 2026-11-01 (maxAgeDays); approved "
                        + "on: 2025-10-31"),
                violation("core.monitoring-plan-present", "no monitoring", m -> m.monitoring = null,
                        "Model credit-scoring is in production without a complete monitoring plan: no monitoring "
                                + "section"),
                violation("core.monitoring-plan-present", "monitoring without metrics or owner",
                        m -> m.monitoring = new MonitoringPlan("P30D", List.of(), null, null),
                        "without a complete monitoring plan: no metrics, no owner"),
                violation("core.validator-named", "high risk without validator",
                        m -> m.people.removeIf(p -> p.role().equals("validator")),
                        "Model credit-scoring is of high risk but names no validator; roles listed: owner, developer"),
                violation("core.validator-independent", "validator is also the developer", m -> m.people.add(
                        new Person(" lee CHEN ", null, "validator", null)),
                        "The validation of model credit-scoring is not independent; also developer or owner: "
                                + " lee CHEN "),
                violation("core.validator-independent", "validator has the owner's email", m -> m.people.add(
                        new Person("D. Whitfield", "Dana.Whitfield@example.com", "validator", null)),
                        "also developer or owner: D. Whitfield"),
                violation("core.license-declared", "no licence", m -> m.license = null,
                        "Model credit-scoring declares no licence"));
    }

    @Test
    void aSliceBelowItsThresholdIsLocatedAtItsRowOfTheEvaluationFile() {
        ModelFixture model = ModelFixture.compliant();
        model.evaluations.add(new MetricResult("recall", 0.58, new TreeMap<>(Map.of("segment", "small-business")),
                null, new Threshold(0.6, null), "churn-oot-2025q4", LocalDate.of(2026, 6, 30),
                new SourceLocation("src/main/models/churn/evaluations/segments.csv", 7, 1, "")));

        Finding finding = findingOf("core.slice-thresholds-met", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString("src/main/models/churn/evaluations/segments.csv:7:1");
    }

    @Test
    void aRuleWithoutLocateIsLocatedAtItsField() {
        ModelFixture model = ModelFixture.compliant();
        model.people.removeIf(p -> p.role().equals("owner"));

        Finding finding = findingOf("core.owner-present", model);

        assertThat(finding.location().pointer()).isEqualTo("/people");
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("core.owner-reachable", "no owner", m -> m.people.removeIf(
                        p -> p.role().equals("owner"))),
                notApplicable("core.ethical-considerations-documented", "low risk", m -> {
                    m.riskTier = "low";
                    m.ethicalConsiderations.clear();
                }),
                notApplicable("core.training-data-declared", "rule-based model", m -> {
                    m.type = "rules";
                    m.datasets.removeIf(d -> d.role().equals("training"));
                }),
                notApplicable("core.training-data-traced", "no training data", 
                        m -> m.datasets.removeIf(d -> d.role().equals("training"))),
                notApplicable("core.data-sources-owned", "no dataset refers to the lineage", m -> {
                    m.datasets.clear();
                    m.lineageDatasets.set(0, new LineageDataset("unrelated", null, null, null, null, null, null, null,
                            null));
                }),
                notApplicable("core.artifact-digest-matches", "the artifact file is not in the build",
                        m -> m.artifactOnDisk = FileOnDisk.absent(ModelFixture.ARTIFACT_FILE)),
                notApplicable("core.artifact-digest-matches", "the artifact is not a file of the model folder",
                        m -> m.artifactOnDisk = null),
                notApplicable("core.dataset-snapshots-match", "no snapshot is in the build",
                        m -> m.datasetsOnDisk.put("loan-applications-2024q4",
                                FileOnDisk.absent(ModelFixture.SNAPSHOT_FILE))),
                notApplicable("core.dataset-snapshots-match", "no snapshot named by a local path",
                        m -> m.datasetsOnDisk.clear()),
                notApplicable("core.acceptance-criteria-declared", "no evaluations", m -> m.evaluations.clear()),
                notApplicable("core.metric-thresholds-met", "no thresholds", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.1, Map.of(), null));
                }),
                notApplicable("core.metric-thresholds-met", "thresholds only on slices", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.9, Map.of("region", "north"),
                            new Threshold(0.8, null)));
                }),
                notApplicable("core.slice-thresholds-met", "thresholds only on the whole dataset", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.9, Map.of(), new Threshold(0.8, null)));
                }),
                notApplicable("core.no-regression-from-baseline", "no baseline", m -> {
                    m.baseline = null;
                    m.baselineEvaluations.clear();
                }),
                notApplicable("core.no-regression-from-baseline", "only two-sided thresholds", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(ModelFixture.metric("auc", 0.5, Map.of(), new Threshold(0.4, 0.9)));
                }),
                notApplicable("core.production-approved", "in development", m -> {
                    m.status = "development";
                    m.approvals.clear();
                }),
                notApplicable("core.approval-current", "only a rejection", m -> {
                    m.approvals.clear();
                    m.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2020, 1, 1), "rejected",
                            null));
                }),
                notApplicable("core.monitoring-plan-present", "retired", m -> {
                    m.status = "retired";
                    m.monitoring = null;
                }),
                notApplicable("core.validator-named", "medium risk", m -> {
                    m.riskTier = "medium";
                    m.people.removeIf(p -> p.role().equals("validator"));
                }),
                notApplicable("core.validator-independent", "no validator", 
                        m -> m.people.removeIf(p -> p.role().equals("validator"))));
    }

    @Test
    void aRegressionOfExactlyTheAllowedAmountPassesDespiteBinaryRounding() {
        ModelFixture model = compliant();
        model.evaluations.set(0, ModelFixture.metric("auc", 0.795, Map.of(), new Threshold(0.75, null)));

        assertThat(findingOf("core.no-regression-from-baseline", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aRegressionIsLocatedAtTheResultThatRegressed() {
        ModelFixture model = compliant();
        model.evaluations.set(2, new MetricResult("auc", 0.70, new TreeMap<>(Map.of("age_band", "18-25")), null,
                new Threshold(0.6, null), "holdout-2026q3", LocalDate.of(2026, 9, 1),
                new SourceLocation("src/main/models/credit-scoring/evaluations/slices.csv", 9, 1, "")));

        Finding finding = findingOf("core.no-regression-from-baseline", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString("src/main/models/credit-scoring/evaluations/slices.csv:9:1");
    }

    @Test
    void acceptanceCriteriaInModelYamlStandForThresholdsTheResultsDoNotCarry() {
        ModelFixture model = compliant();
        model.evaluations.clear();
        model.evaluations.add(ModelFixture.metric("accuracy", 0.91, Map.of(), null));
        model.acceptanceCriteria.add(new AcceptanceCriterion("accuracy", 0.88, null, LocalDate.of(2026, 5, 2),
                "Agreed with the feedback team"));

        assertThat(findingOf("core.acceptance-criteria-declared", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aBareModelFailsCoreRules() {
        List<Finding> findings = engine().evaluate(bare().build(), AS_OF);

        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.FAILED).isNotEmpty();
    }
}
