package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The built-in lineage pack: a model whose lineage leads from a raw source through a feature table and the
 * training job to its artifact, with its test and fairness-review data evaluated apart, passes every rule; each
 * gap in that chain, in the identity, terms or legal basis of the data, or a forbidden or deprecated dataset
 * fails the rule concerned.
 */
class LineageRulePackTest extends BuiltInPackContract {

    private static final String SHA = ModelFixture.SHA256;
    private static final String MD5 = "9ac5d5e3d9b4e4a0ad1f9b5d2a7c3e11";
    private static final String ARTIFACT_FILE = "credit-scoring-3.2.0-onnx";

    @Override
    String packName() {
        return "lineage";
    }

    /**
     * Raw loan applications (personal, legal basis: contract) -> build-features -> the pseudonymised, masked feature
     * table the model trains on -> train -> model-artifact; the model artifact, the personal holdout (legal basis:
     * legitimate interest) and the special-category fairness review sample (masked, with an Art. 9(2) condition)
     * go into the evaluation job. The training job also writes the model file the pipeline recorded, with the
     * artifact's md5 and sha256, which leads to model-artifact.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.datasets.add(new DatasetUse("Vulnerability review sample 2026 Q3", "validation",
                "vulnerability-sample-2026q3", null));
        model.lineageDatasets.clear();
        model.lineageDatasets.add(new LineageDataset("loan-applications-raw", "Loan applications (operational store)",
                "jdbc:postgresql://core/loans", "Credit Data Office", "internal", "personal", "2024-12-31", null, null,
                "active", "GDPR Art. 6(1)(b) contract", false));
        model.lineageDatasets.add(new LineageDataset("loan-applications-2024q4", "Loan application features",
                "s3://lake/features/loans/2024q4", "Credit Data Office", "internal", "pseudonymized", null, SHA, null,
                null, null, true));
        model.lineageDatasets.add(new LineageDataset("holdout-2026q3", "Holdout", "s3://lake/holdout/2026q3",
                "Credit Data Office", "internal", "personal", "2026-09-01", null, null, null,
                "GDPR Art. 6(1)(f) legitimate interest (LIA-2026-04)", null));
        model.lineageDatasets.add(new LineageDataset("vulnerability-sample-2026q3", "Customer vulnerability sample",
                "s3://lake/fairness/vulnerability/2026q3", "Customer Care Analytics", "internal", "sensitive",
                "2026-09-15", null, null, null, "GDPR Art. 9(2)(g); EU AI Act Art. 10(5) bias detection", true));
        model.lineageJobs.clear();
        model.lineageJobs.add(new LineageJob("build-features-2024q4", "Build loan features", "transform", "run-4790",
                "Credit Data Office", "git+https://git.example.com/credit/features.git@1a2b3c4"));
        model.lineageJobs.add(new LineageJob("train-2026q3", "Train credit scorer", "training", "run-4812",
                "Lee Chen", "git+https://git.example.com/credit/scoring.git@9f1c2e7"));
        model.lineageJobs.add(new LineageJob("evaluate-2026q3", "Evaluate credit scorer", "evaluation", "run-4830",
                "Priya Raman", "git+https://git.example.com/credit/scoring.git@9f1c2e7"));
        model.lineageEdges.clear();
        edge(model, "loan-applications-raw", "build-features-2024q4");
        edge(model, "build-features-2024q4", "loan-applications-2024q4");
        edge(model, "loan-applications-2024q4", "train-2026q3");
        edge(model, "train-2026q3", "model-artifact");
        edge(model, "model-artifact", "evaluate-2026q3");
        edge(model, "holdout-2026q3", "evaluate-2026q3");
        edge(model, "vulnerability-sample-2026q3", "evaluate-2026q3");
        model.artifact = new Artifact(model.artifact.path(), SHA, "onnx", MD5);
        model.lineageDatasets.add(trainedModelFile(MD5, SHA));
        edge(model, "train-2026q3", ARTIFACT_FILE);
        edge(model, ARTIFACT_FILE, "model-artifact");
        return model;
    }

    /** The model file the training job wrote, as the pipeline recorded it. */
    private static LineageDataset trainedModelFile(String md5, String sha256) {
        return new LineageDataset(ARTIFACT_FILE, "Trained credit scorer", "s3://lake/models/credit-scoring/3.2.0.onnx",
                "Lee Chen", "proprietary", "none", "3.2.0", sha256, null, null, null, null, md5);
    }

    private static void edge(ModelFixture model, String from, String to) {
        model.lineageEdges.add(new LineageEdge(from, to));
    }

    /** Replaces the lineage dataset {@code id} by {@code replacement}. */
    private static void replace(ModelFixture model, String id, LineageDataset replacement) {
        model.lineageDatasets.replaceAll(d -> d.id().equals(id) ? replacement : d);
    }

    private static LineageDataset dataset(ModelFixture model, String id) {
        return model.lineageDatasets.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** The lineage dataset {@code id} with another version, sha256, licence, status, legal basis and masking. */
    private static void change(ModelFixture model, String id, String version, String sha256, String license,
            String status, String legalBasis, Boolean masked) {
        LineageDataset d = dataset(model, id);
        replace(model, id, new LineageDataset(d.id(), d.name(), d.source(), d.owner(), license, d.pii(), version,
                sha256, d.description(), status, legalBasis, masked));
    }

    private static void status(ModelFixture model, String id, String status) {
        LineageDataset d = dataset(model, id);
        change(model, id, d.version(), d.sha256(), d.license(), status, d.legalBasis(), d.masked());
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("lineage.evaluation-data-traced", "test set not in the lineage, validation set without ref",
                        m -> {
                            m.datasets.set(1, new DatasetUse("Holdout 2026 Q3", "test", "holdout-v9", null));
                            m.datasets.set(2, new DatasetUse("Vulnerability review sample 2026 Q3", "validation",
                                    null, null));
                        },
                        "Evaluation data of model credit-scoring is not traced in its lineage: Holdout 2026 Q3 "
                                + "(test; lineageRef holdout-v9 is not a lineage dataset); Vulnerability review "
                                + "sample 2026 Q3 (validation; no lineageRef)"),
                violation("lineage.datasets-versioned", "raw source upstream of the artifact without version",
                        m -> change(m, "loan-applications-raw", null, null, "internal", "active",
                                "GDPR Art. 6(1)(b) contract", false),
                        "Datasets used by model credit-scoring are pinned to neither a version nor a SHA-256 "
                                + "digest in the lineage: loan-applications-raw"),
                violation("lineage.datasets-versioned", "referenced test set and feature table without either",
                        m -> {
                            change(m, "holdout-2026q3", null, null, "internal", null, "LIA-2026-04", null);
                            change(m, "loan-applications-2024q4", " ", null, "internal", null, null, true);
                        },
                        "digest in the lineage: loan-applications-2024q4, holdout-2026q3"),
                violation("lineage.datasets-licensed", "raw source and test set without licence", m -> {
                    change(m, "loan-applications-raw", "2024-12-31", null, null, null, "contract", null);
                    change(m, "holdout-2026q3", "2026-09-01", null, "", null, "LIA-2026-04", null);
                }, "Datasets used by model credit-scoring record no licence in the lineage: loan-applications-raw, "
                        + "holdout-2026q3"),
                violation("lineage.personal-data-lawful", "personal test set without basis, feature table unmasked",
                        m -> {
                            change(m, "holdout-2026q3", "2026-09-01", null, "internal", null, null, null);
                            change(m, "loan-applications-2024q4", null, SHA, "internal", null, null, false);
                        },
                        "Personal data used by model credit-scoring has no documented legal basis and is not "
                                + "masked: loan-applications-2024q4 (pii pseudonymized, not masked), holdout-2026q3 "
                                + "(pii personal, not masked)"),
                violation("lineage.special-category-data-lawful", "masked sensitive data without legal basis",
                        m -> change(m, "vulnerability-sample-2026q3", "2026-09-15", null, "internal", null, null,
                                true),
                        "Special-category (pii sensitive) data used by model credit-scoring has no documented "
                                + "legal basis, which it needs even when masked: vulnerability-sample-2026q3 (masked)"),
                violation("lineage.artifact-connected", "only an edge out of the artifact",
                        m -> m.lineageEdges.removeIf(e -> e.to().equals("model-artifact")),
                        "The lineage of model credit-scoring does not show what its artifact derives from: edges "
                                + "lead out of model-artifact but none into it (datasets: loan-applications-raw, "
                                + "loan-applications-2024q4, holdout-2026q3, vulnerability-sample-2026q3, "
                                + ARTIFACT_FILE + "; jobs: "
                                + "build-features-2024q4, train-2026q3, evaluate-2026q3)"),
                violation("lineage.artifact-connected", "no edge touches the artifact",
                        m -> m.lineageEdges.removeIf(e -> e.to().equals("model-artifact")
                                || e.from().equals("model-artifact")),
                        "does not show what its artifact derives from: no edge leads to model-artifact"),
                violation("lineage.artifact-traces-to-raw-sources", "the feature job's input is not recorded",
                        m -> m.lineageEdges.removeIf(e -> e.to().equals("build-features-2024q4")),
                        "The lineage of model credit-scoring does not trace its artifact back to raw sources: jobs "
                                + "the artifact derives from have no input: build-features-2024q4; no raw dataset "
                                + "(one with no edge into it) feeds the artifact"),
                violation("lineage.artifact-traces-to-raw-sources", "a second training job without input", m -> {
                    m.lineageJobs.add(new LineageJob("calibrate-2026q3", "Calibrate", "training", null, null, null));
                    edge(m, "calibrate-2026q3", "model-artifact");
                }, "does not trace its artifact back to raw sources: jobs the artifact derives from have no input: "
                        + "calibrate-2026q3"),
                violation("lineage.artifact-digest-matches-lineage", "the artifact is another file than the one trained",
                        m -> m.artifact = new Artifact(m.artifact.path(), SHA, "onnx",
                                "0cc175b9c0f1b6a831c399e269772661"),
                        "The artifact of model credit-scoring does not have the digest its lineage records for it: "
                                + "lineage dataset credit-scoring-3.2.0-onnx records md5 " + MD5
                                + ", the artifact declares md5 0cc175b9c0f1b6a831c399e269772661"),
                violation("lineage.artifact-digest-matches-lineage", "both digests differ", m -> {
                    replace(m, ARTIFACT_FILE, trainedModelFile("0cc175b9c0f1b6a831c399e269772661",
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
                }, "lineage dataset credit-scoring-3.2.0-onnx records md5 0cc175b9c0f1b6a831c399e269772661, the "
                        + "artifact declares md5 " + MD5 + " and sha256 "
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, the artifact declares "
                        + "sha256 " + SHA),
                violation("lineage.upstream-data-owned", "raw source without owner, another without source", m -> {
                    replace(m, "loan-applications-raw", new LineageDataset("loan-applications-raw", null,
                            "jdbc:postgresql://core/loans", null, "internal", "none", "2024-12-31", null, null));
                    m.lineageDatasets.add(new LineageDataset("bureau-raw", null, null, "Credit Bureau Desk",
                            "vendor contract CB-17", "none", "2024-12", null, null));
                    edge(m, "bureau-raw", "build-features-2024q4");
                }, "Datasets upstream of the artifact of model credit-scoring lack a source or an owner in the "
                        + "lineage: loan-applications-raw (no owner), bureau-raw (no source)"),
                violation("lineage.training-data-feeds-artifact", "a declared training dataset is not connected", m -> {
                    m.datasets.add(new DatasetUse("Bureau scores 2024 Q4", "training", "bureau-2024q4", null));
                    m.lineageDatasets.add(new LineageDataset("bureau-2024q4", "Bureau scores", "sftp://bureau/scores",
                            "Credit Bureau Desk", "vendor contract CB-17", "none", "2024-12", null, null));
                }, "Training datasets of model credit-scoring do not feed its artifact in the lineage (no path of "
                        + "edges leads from them to model-artifact): Bureau scores 2024 Q4 (bureau-2024q4)"),
                violation("lineage.test-data-independent", "the holdout is read by the training job",
                        m -> edge(m, "holdout-2026q3", "train-2026q3"),
                        "Test data of model credit-scoring feeds its artifact in the lineage, so it is not "
                                + "independent of training: Holdout 2026 Q3 (holdout-2026q3)"),
                violation("lineage.no-forbidden-data", "a raw source upstream of the artifact is forbidden",
                        m -> status(m, "loan-applications-raw", "forbidden"),
                        "Model credit-scoring uses datasets marked forbidden in its lineage: loan-applications-raw "
                                + "(upstream of the artifact)"),
                violation("lineage.no-forbidden-data", "a referenced evaluation dataset is forbidden",
                        m -> status(m, "vulnerability-sample-2026q3", "forbidden"),
                        "vulnerability-sample-2026q3 (referenced by model.yaml)"),
                violation("lineage.no-deprecated-data", "the feature table is deprecated",
                        m -> status(m, "loan-applications-2024q4", "deprecated"),
                        "Model credit-scoring uses datasets marked deprecated in its lineage: "
                                + "loan-applications-2024q4 (upstream of the artifact)"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("lineage.evaluation-data-traced", "no validation or test dataset",
                        m -> m.datasets.removeIf(d -> !d.role().equals("training"))),
                notApplicable("lineage.datasets-versioned", "no lineage dataset is used", LineageRulePackTest::unused),
                notApplicable("lineage.datasets-licensed", "no lineage dataset is used", LineageRulePackTest::unused),
                notApplicable("lineage.personal-data-lawful", "only data without personal data or sensitive data",
                        m -> m.lineageDatasets.replaceAll(d -> new LineageDataset(d.id(), d.name(), d.source(),
                                d.owner(), d.license(), d.pii().equals("sensitive") ? "sensitive" : "none",
                                d.version(), d.sha256(), null, null, d.legalBasis(), d.masked()))),
                notApplicable("lineage.personal-data-lawful", "an unmasked personal dataset the model does not use",
                        m -> {
                            m.lineageDatasets.removeIf(d -> !d.pii().equals("sensitive"));
                            m.lineageDatasets.add(new LineageDataset("crm-contacts", null, null, null, null,
                                    "personal", null, null, null));
                        }),
                notApplicable("lineage.special-category-data-lawful", "no sensitive data is used",
                        m -> m.datasets.removeIf(d -> d.role().equals("validation"))),
                notApplicable("lineage.artifact-connected", "no lineage at all", m -> {
                    m.lineageDatasets.clear();
                    m.lineageJobs.clear();
                    m.lineageEdges.clear();
                }),
                notApplicable("lineage.artifact-traces-to-raw-sources", "nothing leads into the artifact",
                        m -> m.lineageEdges.removeIf(e -> e.to().equals("model-artifact"))),
                notApplicable("lineage.artifact-digest-matches-lineage", "only the training job leads to the artifact",
                        m -> m.lineageEdges.remove(new LineageEdge(ARTIFACT_FILE, "model-artifact"))),
                notApplicable("lineage.artifact-digest-matches-lineage", "the artifact declares neither digest kind",
                        m -> m.artifact = new Artifact(m.artifact.path(), null, "onnx", null)),
                notApplicable("lineage.artifact-digest-matches-lineage", "the lineage records no digest of the file",
                        m -> replace(m, ARTIFACT_FILE, trainedModelFile(null, null))),
                notApplicable("lineage.artifact-digest-matches-lineage", "no artifact declared", m -> m.artifact = null),
                notApplicable("lineage.upstream-data-owned", "the model refers to everything upstream", m -> {
                    m.datasets.add(new DatasetUse("Loan applications (raw)", "training", "loan-applications-raw",
                            null));
                    m.lineageDatasets.removeIf(d -> d.id().equals(ARTIFACT_FILE));
                    m.lineageEdges.removeIf(e -> e.from().equals(ARTIFACT_FILE) || e.to().equals(ARTIFACT_FILE));
                }),
                notApplicable("lineage.training-data-feeds-artifact", "nothing leads into the artifact",
                        m -> m.lineageEdges.removeIf(e -> e.to().equals("model-artifact"))),
                notApplicable("lineage.training-data-feeds-artifact", "training data not traced (core's finding)",
                        m -> m.datasets.set(0, new DatasetUse("Loans", "training", "loans-v9", null))),
                notApplicable("lineage.test-data-independent", "no test dataset in the lineage",
                        m -> m.datasets.removeIf(d -> d.role().equals("test"))),
                notApplicable("lineage.no-forbidden-data", "no lineage dataset is used", LineageRulePackTest::unused),
                notApplicable("lineage.no-deprecated-data", "no lineage dataset is used", LineageRulePackTest::unused));
    }

    /** Neither referenced by model.yaml nor upstream of the artifact: lineage without the artifact, no lineageRef. */
    private static void unused(ModelFixture model) {
        model.datasets.replaceAll(d -> new DatasetUse(d.name(), d.role(), null, null));
        model.lineageEdges.removeIf(e -> e.to().equals("model-artifact"));
    }

    @Test
    void forbiddenOrDeprecatedDataOutsideWhatTheModelUsesIsIgnored() {
        ModelFixture model = compliant();
        model.lineageDatasets.add(new LineageDataset("loans-2019-archive", null, null, null, null, "personal", null,
                null, null, "forbidden", null, null));
        model.lineageDatasets.add(new LineageDataset("loans-2023", null, null, null, null, "none", null, null, null,
                "deprecated", null, null));
        edge(model, "loans-2019-archive", "evaluate-2026q3");

        assertThat(engine().evaluate(model.build(), AS_OF))
                .allSatisfy(f -> assertThat(f.status()).as("%s: %s", f.ruleId(), f.message())
                        .isEqualTo(FindingStatus.PASSED));
    }

    @Test
    void maskingIsNotAcceptedForPersonalDataWhenTheProjectSaysSo() {
        List<dev.modelops.model.Rule> rules = RuleOverrides.apply(new RulePackLoader().loadBuiltIn("lineage").rules(),
                List.of(new ProjectOverride("lineage.personal-data-lawful", null, null, null,
                        Map.of("maskingSuffices", "false"))));
        RuleEngine strict = RuleEngine.compile(rules);

        Finding finding = strict.evaluate(compliant().build(), AS_OF).stream()
                .filter(f -> f.ruleId().equals("lineage.personal-data-lawful")).findFirst().orElseThrow();

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("Personal data used by model credit-scoring has no documented legal "
                + "basis (masking is not accepted instead: maskingSuffices is false): loan-applications-2024q4 "
                + "(pii pseudonymized, masked)");
    }

    @Test
    void onlyTheDigestKindsBothSidesGiveAreCompared() {
        ModelFixture model = compliant();
        model.artifact = new Artifact(model.artifact.path(), SHA, "onnx", null);
        replace(model, ARTIFACT_FILE, trainedModelFile("0cc175b9c0f1b6a831c399e269772661", SHA));

        assertThat(findingOf("lineage.artifact-digest-matches-lineage", model).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void everyDatasetWithAnEdgeStraightToTheArtifactIsCompared() {
        ModelFixture model = compliant();
        model.artifact = new Artifact(model.artifact.path(), ModelFixture.SHA256.replace('9', '8'), "onnx", MD5);
        model.lineageEdges.remove(new LineageEdge(ARTIFACT_FILE, "model-artifact"));
        replace(model, ARTIFACT_FILE, trainedModelFile(MD5, null));
        edge(model, "loan-applications-2024q4", "model-artifact");

        // The feature table (sha256 SHA) leads to the artifact directly now: compared, and it differs.
        assertThat(findingOf("lineage.artifact-digest-matches-lineage", model).message())
                .contains("lineage dataset loan-applications-2024q4 records sha256 " + SHA);
    }

    @Test
    void deprecatedDataOnlyWarns() {
        assertThat(engine().rules()).filteredOn(r -> r.id().equals("lineage.no-deprecated-data"))
                .singleElement().satisfies(r -> assertThat(r.enforcement().name()).isEqualTo("WARN"));
    }

    @Test
    void aBareModelHasNothingToCheck() {
        assertThat(engine().evaluate(bare().build(), AS_OF))
                .allSatisfy(f -> assertThat(f.status()).as(f.ruleId()).isEqualTo(FindingStatus.NOT_APPLICABLE));
    }
}
