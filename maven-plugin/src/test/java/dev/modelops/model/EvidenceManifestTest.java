package dev.modelops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest's order, its canonical text (documented in results.schema.json) and what changes its digest. */
class EvidenceManifestTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void filesAreListedOnceByPathAndTheCanonicalTextIsAsDocumented() {
        EvidenceManifest manifest = EvidenceManifest.of("modelops-maven-plugin 1.0", List.of(
                new InputFile("src/main/models/b/model.yaml", "model", B),
                new InputFile("modelops/rules/core.yaml", "rules", A),
                new InputFile("src/main/models/b/model.yaml", "model", B)));

        assertThat(manifest.files()).extracting(InputFile::path)
                .containsExactly("modelops/rules/core.yaml", "src/main/models/b/model.yaml");
        assertThat(manifest.canonicalText()).isEqualTo("""
                modelops-evidence-manifest 1
                shipped-templates modelops-maven-plugin 1.0
                %s rules modelops/rules/core.yaml
                %s model src/main/models/b/model.yaml
                """.formatted(A, B));
        assertThat(manifest.sha256()).isEqualTo(
                java.util.HexFormat.of().formatHex(sha256(manifest.canonicalText())));
    }

    @Test
    void aLineBreakInAPathCannotForgeALine() {
        EvidenceManifest manifest = EvidenceManifest.of(null, List.of(
                new InputFile("odd\n" + A + " model x", "model", B)));

        assertThat(manifest.canonicalText()).isEqualTo("modelops-evidence-manifest 1\nshipped-templates none\n"
                + B + " model odd\\n" + A + " model x\n");
    }

    @Test
    void oneChangedFileChangesTheDigestAndOnlyItsRow() {
        List<InputFile> files = List.of(new InputFile("x.yaml", "model", A), new InputFile("y.csv", "evaluation", A));
        EvidenceManifest before = EvidenceManifest.of("v", files);
        EvidenceManifest after = EvidenceManifest.of("v",
                List.of(new InputFile("x.yaml", "model", A), new InputFile("y.csv", "evaluation", B)));

        assertThat(after.sha256()).isNotEqualTo(before.sha256());
        assertThat(after.files().get(0)).isEqualTo(before.files().get(0));
        assertThat(after.files().get(1)).isNotEqualTo(before.files().get(1));
        assertThat(EvidenceManifest.of("v", List.of(files.get(1), files.get(0)))).isEqualTo(before);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
