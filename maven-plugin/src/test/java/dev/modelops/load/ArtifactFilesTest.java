package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.modelops.model.FileOnDisk;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader looks for the declared artifact in the build, hashes it when it is there, and never leaves the folder. */
class ArtifactFilesTest {

    /** SHA-256 and MD5 of the four bytes {@code test}. */
    private static final String TEST_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String TEST_MD5 = "098f6bcd4621d373cade4e832627b4f6";

    @TempDir
    Path base;

    private GovernedModel load(String artifactPath) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/scorer"));
        Files.writeString(folder.resolve("model.yaml"), "id: scorer\nname: Scorer\nversion: '1'\n"
                + "artifact: {path: '" + artifactPath + "', sha256: " + TEST_SHA256 + ", format: onnx}\n");
        return new ModelInventoryLoader(base).load(base.resolve("models")).get(0);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anArtifactInTheBuildIsHashedAndListedWithTheEvidence() throws IOException {
        write("models/scorer/artifacts/model.onnx", "test");

        GovernedModel model = load("artifacts/model.onnx");

        assertThat(model.artifactOnDisk())
                .isEqualTo(new FileOnDisk("models/scorer/artifacts/model.onnx", true, TEST_SHA256, TEST_MD5));
        assertThat(model.inputs()).last()
                .isEqualTo(new InputFile("models/scorer/artifacts/model.onnx", "artifact", TEST_SHA256));
    }

    @Test
    void anArtifactNotInTheBuildIsAbsentAndNotListed() throws IOException {
        GovernedModel model = load("artifacts/model.onnx");

        assertThat(model.artifactOnDisk()).isEqualTo(FileOnDisk.absent("models/scorer/artifacts/model.onnx"));
        assertThat(model.inputs()).extracting(InputFile::kind).doesNotContain("artifact");
    }

    @Test
    void aFolderAtTheArtifactPathIsNotAFileInTheBuild() throws IOException {
        Files.createDirectories(base.resolve("models/scorer/artifacts/model"));

        assertThat(load("artifacts/model").artifactOnDisk()).isEqualTo(FileOnDisk.folder("models/scorer/artifacts/model"));
    }

    @Test
    void anArtifactAtAnAddressIsNotLookedFor() throws IOException {
        assertThat(load("s3://models/scorer/model.onnx").artifactOnDisk()).isNull();
        assertThat(load("hf:acme/scorer").artifactOnDisk()).isNull();
    }

    @Test
    void aPathLeadingOutOfTheModelFolderIsNotRead() throws IOException {
        write("shared/model.onnx", "test");
        write("secret.txt", "test");

        assertThat(load("../../shared/model.onnx").artifactOnDisk()).isNull();
        assertThat(load("/etc/hostname").artifactOnDisk()).isNull();
        assertThat(load("..\\..\\secret.txt").artifactOnDisk()).isNull();
        assertThat(load("../../secret.txt").inputs()).extracting(InputFile::kind).doesNotContain("artifact");
    }

    @Test
    void aLinkOutOfTheProjectIsNotReadNorAnInputProblem(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.bin"), "test");
        Files.createDirectories(base.resolve("models/scorer"));
        try {
            Files.createSymbolicLink(base.resolve("models/scorer/model.onnx"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }

        GovernedModel model = load("model.onnx");

        assertThat(model.artifactOnDisk()).isNull();
        assertThat(model.inputs()).extracting(InputFile::kind).doesNotContain("artifact");
    }

    @Test
    void datasetSnapshotsNamedByALocalPathAndRecordingADigestAreHashed() throws IOException {
        write("models/scorer/data/train.parquet", "test");
        write("models/scorer/artifacts/model.onnx", "test");
        write("models/scorer/lineage.yaml", "datasets:\n"
                + "  - {id: train, name: Training snapshot, source: data/train.parquet, sha256: " + TEST_SHA256 + "}\n"
                + "  - {id: holdout, name: Holdout, source: data/holdout.parquet, sha256: " + TEST_SHA256 + "}\n"
                + "  - {id: lake, name: Lake table, source: 's3://lake/train', sha256: " + TEST_SHA256 + "}\n"
                + "  - {id: undigested, name: No digest, source: data/train.parquet}\n"
                + "  - {id: model-file, name: The artifact, source: artifacts/model.onnx, sha256: " + TEST_SHA256 + "}\n");

        GovernedModel model = load("artifacts/model.onnx");

        assertThat(model.datasetsOnDisk()).containsOnlyKeys("train", "holdout");
        assertThat(model.datasetsOnDisk().get("train"))
                .isEqualTo(new FileOnDisk("models/scorer/data/train.parquet", true, TEST_SHA256, TEST_MD5));
        assertThat(model.datasetsOnDisk().get("holdout")).isEqualTo(FileOnDisk.absent("models/scorer/data/holdout.parquet"));
        assertThat(model.inputs()).filteredOn(input -> input.kind().equals("dataset"))
                .containsExactly(new InputFile("models/scorer/data/train.parquet", "dataset", TEST_SHA256));
    }

    @Test
    void aLargeArtifactIsHashedAsAStream() throws IOException {
        Path file = base.resolve("models/scorer/artifacts/large.bin");
        Files.createDirectories(file.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // sparse where the file system allows: 200 MiB of zeros
        }

        FileOnDisk found = load("artifacts/large.bin").artifactOnDisk();

        assertThat(found.present()).isTrue();
        assertThat(found.sha256()).isEqualTo("72abf2ca8f36943ebe2e49ca3a51d409ca5f0bfcffab6c9d25643c17c32889da");
        assertThat(found.md5()).isEqualTo("3566de3a97906edb98d004d6b947ae9b");
    }
}
