package dev.modelops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run checks the model artifact the build holds against the digests declared for it: the finding names the file
 * and both digests, the model card says whether the digest was verified, and a changed binary is a changed input.
 */
class ArtifactVerificationTest {

    private static final String RULE = "core.artifact-digest-matches";
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    /** SHA-256 and MD5 of the four bytes {@code test}; then of {@code tesu}, the same file with its last byte changed. */
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String MD5 = "098f6bcd4621d373cade4e832627b4f6";
    private static final String CHANGED_SHA256 = "77967e7c195165fa187b69a0d4dff8e9aafef9c1dde74c6090042adcad24c65c";
    private static final String CHANGED_MD5 = "d92ae6b0b3f9447d0762810eced67a2e";
    private static final String FILE = "src/main/models/scorer/artifacts/scorer.onnx";

    @TempDir
    Path project;

    @BeforeEach
    void writeModel() throws IOException {
        writeModelYaml("sha256: " + SHA256 + ", md5: " + MD5);
    }

    private void writeModelYaml(String digests) throws IOException {
        Path folder = Files.createDirectories(project.resolve("src/main/models/scorer"));
        Files.writeString(folder.resolve("model.yaml"), "id: scorer\nname: Scorer\nversion: '1.0.0'\n"
                + "artifact: {path: artifacts/scorer.onnx, " + digests + ", format: onnx}\n");
    }

    private void writeArtifact(String bytes) throws IOException {
        Path file = project.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, bytes, StandardCharsets.US_ASCII);
    }

    private CheckOutcome run() throws IOException {
        return new GovernanceCheck().run(new CheckSettings("Artifacts", project, project.resolve("src/main/models"),
                List.of("core"), List.of(), Severity.HIGH, AS_OF, project.resolve("target/modelops"), List.of(),
                project.resolve("src/main/modelops/waivers.yaml"), false, List.of(), new ReportOptions(false, null)));
    }

    private static Finding finding(CheckOutcome outcome) {
        return outcome.result().findings().stream().filter(f -> f.ruleId().equals(RULE)).findFirst().orElseThrow();
    }

    private String card() throws IOException {
        return Files.readString(project.resolve("target/modelops/cards/scorer.html"));
    }

    @Test
    void theArtifactInTheBuildWithTheDeclaredDigestsPasses() throws IOException {
        writeArtifact("test");

        CheckOutcome outcome = run();

        assertThat(finding(outcome).status()).isEqualTo(FindingStatus.PASSED);
        assertThat(outcome.verdict().blocking()).extracting(Finding::ruleId).doesNotContain(RULE);
        assertThat(card()).contains("verified: SHA-256 and MD5 of " + FILE + " match");
        assertThat(Files.readString(project.resolve("target/modelops/results.json")))
                .contains("\"" + FILE + "\"").contains(SHA256);
    }

    @Test
    void oneByteChangedFailsWithBothDigestsAndThePathAndBlocks() throws IOException {
        writeArtifact("tesu");

        CheckOutcome outcome = run();
        Finding finding = finding(outcome);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.message()).isEqualTo("The artifact file " + FILE + " of model scorer does not have the"
                + " digest declared for it: its SHA-256 is " + CHANGED_SHA256 + ", the model declares sha256 " + SHA256
                + "; its MD5 is " + CHANGED_MD5 + ", the model declares md5 " + MD5);
        assertThat(outcome.verdict().blocking()).extracting(Finding::ruleId).contains(RULE);
        assertThat(card()).contains("DOES NOT MATCH: the file " + FILE + " has SHA-256 " + CHANGED_SHA256
                + ", MD5 " + CHANGED_MD5);
    }

    @Test
    void onlyTheMd5DifferingFailsOnTheMd5() throws IOException {
        writeModelYaml("sha256: " + SHA256 + ", md5: " + CHANGED_MD5);
        writeArtifact("test");

        Finding finding = finding(run());

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).endsWith("declared for it: its MD5 is " + MD5 + ", the model declares md5 "
                + CHANGED_MD5);
        assertThat(card()).contains("DOES NOT MATCH: the file " + FILE + " has MD5 " + MD5 + " (SHA-256 matches)");
    }

    @Test
    void aFolderAtTheArtifactPathIsNotApplicableAndTheCardSaysItIsNotVerified() throws IOException {
        Files.createDirectories(project.resolve(FILE));
        Files.writeString(project.resolve(FILE).resolve("saved_model.pb"), "graph");

        CheckOutcome outcome = run();

        assertThat(finding(outcome).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(card()).contains("a folder (" + FILE + "): only a single file is hashed, so the declared digest"
                + " is not verified");
    }

    @Test
    void anArtifactNotInTheBuildIsNotApplicableAndTheCardSaysSo() throws IOException {
        CheckOutcome outcome = run();

        assertThat(finding(outcome).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(card()).contains("not present in the build; declared digest not verified");
    }

    /**
     * A training run's OpenLineage event: its output is the artifact, at the trainer's path, of version
     * {@code sha256:<sha256>}.
     */
    private void writeTrainingEvent(String sha256) throws IOException {
        Path events = project.resolve("src/main/models/scorer/openlineage/train.json");
        Files.createDirectories(events.getParent());
        Files.writeString(events, """
                {"eventType": "COMPLETE", "eventTime": "2026-11-02T09:00:00Z",
                 "run": {"runId": "3f5e83fa-3480-44ff-99c5-ff943904e5e8"},
                 "job": {"namespace": "training", "name": "train_scorer"},
                 "inputs": [],
                 "outputs": [{"namespace": "file", "name": "/mnt/runs/42/artifacts/scorer.onnx",
                   "facets": {"version": {"_producer": "https://example.com/trainer",
                     "_schemaURL": "https://openlineage.io/spec/facets/1-0-0/DatasetVersionDatasetFacet.json",
                     "datasetVersion": "sha256:%s"}}}],
                 "producer": "https://example.com/trainer",
                 "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}
                """.formatted(sha256));
    }

    @Test
    void anOpenLineageOutputWhoseVersionIsAnotherDigestFails() throws IOException {
        writeArtifact("test");
        writeTrainingEvent(CHANGED_SHA256);

        Finding finding = finding(run());

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).endsWith("declared for it: its SHA-256 is " + SHA256 + ", lineage dataset"
                + " file/mnt/runs/42/artifacts/scorer.onnx records sha256 " + CHANGED_SHA256);
    }

    @Test
    void anOpenLineageOutputWithTheFilesDigestPasses() throws IOException {
        writeArtifact("test");
        writeTrainingEvent(SHA256);

        assertThat(finding(run()).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aDatasetSnapshotInTheBuildThatIsNotTheRecordedOneFails() throws IOException {
        Path folder = project.resolve("src/main/models/scorer");
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/train.csv"), "tesu", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("lineage.yaml"), "datasets:\n"
                + "  - {id: train, name: Training snapshot, source: data/train.csv, sha256: " + SHA256 + "}\n");

        Finding finding = run().result().findings().stream()
                .filter(f -> f.ruleId().equals("core.dataset-snapshots-match")).findFirst().orElseThrow();

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).endsWith("lineage dataset train (src/main/models/scorer/data/train.csv): its SHA-256 is "
                + CHANGED_SHA256 + ", the lineage records sha256 " + SHA256);
    }

    @Test
    void aChangedBinaryChangesTheRunDigest() throws IOException {
        writeArtifact("test");
        CheckOutcome first = run();
        writeArtifact("tesu");

        CheckOutcome second = run();

        assertThat(second.renderSkipped()).isFalse();
        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(finding(second).status()).isEqualTo(FindingStatus.FAILED);
    }
}
