package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path dir;

    @Test
    void theDigestIsOfTheBytesReadAndTheTextDropsTheByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("a.csv"), "\uFEFFmetric,value\n".getBytes(StandardCharsets.UTF_8));
        SourceFile source = new SourceFile(file, "a.csv");
        assertThat(source.text()).isEqualTo("metric,value\n");
        assertThat(source.sha256()).isEqualTo(ProjectFiles.sha256(file));
        Files.writeString(file, "changed after reading");
        assertThat(source.sha256()).as("still the digest of what was read").isNotEqualTo(ProjectFiles.sha256(file));
    }

    @Test
    void aTruncatedMultiByteCharacterIsNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("a.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82});
        assertThat(problemsOf(() -> new SourceFile(file, "a.json").text())).containsExactly(
                "a.json:1:7: bytes that are not UTF-8 (was the file saved as Latin-1 or Windows-1252?), expected a UTF-8 text file");
    }

    @Test
    void filesOverTheLimitAreRefused() throws IOException {
        Path file = Files.write(dir.resolve("big.csv"), new byte[SourceFile.MAX_FILE_BYTES + 1]);
        assertThat(problemsOf(() -> new SourceFile(file, "big.csv").text())).containsExactly(
                "big.csv: a file of 16777217 bytes (16.0 MB), too large for a governance input,"
                        + " expected at most 16777216 bytes (16.0 MB)");
    }

    @Test
    void aFileThatCannotBeReadIsAnIoFailureNotAUserMistake() {
        SourceFile missing = new SourceFile(dir.resolve("gone.json"), "gone.json");
        assertThatThrownBy(missing::text).isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.json");
    }
}
