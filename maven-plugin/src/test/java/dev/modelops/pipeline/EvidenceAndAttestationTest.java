package dev.modelops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.FileTrees;
import dev.modelops.attest.AttestationVerifier;
import dev.modelops.attest.SigningKey;
import dev.modelops.attest.VerifyingKey;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's evidence manifest (results.json, the compliance report) and its in-toto attestation, unsigned and signed:
 * one changed byte of one input changes the manifest digest and only that file's row; a signed envelope verifies
 * with the project's public key and the model artifact, and is the same on the next build with an Ed25519 key.
 */
class EvidenceAndAttestationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/load/complete");
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The SHA-256 credit-scoring's model.yaml declares for its artifact: that of the four bytes "test". */
    private static final String ARTIFACT_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path project;

    private Path templates;

    @BeforeEach
    void copyProject() throws IOException {
        FileTrees.copy(FIXTURE, project);
        templates = project.resolve("src/main/modelops/templates");
        Files.createDirectories(templates.resolve("css"));
        Files.writeString(templates.resolve("css/custom.css"), "h1 { color: #123456; }\n");
    }

    private CheckOutcome run(String folder, SigningKey key) throws IOException {
        return new GovernanceCheck().run(new CheckSettings("Evidence test", project, project.resolve("src/main/models"),
                List.of("core"), List.of(), Severity.HIGH, AS_OF, project.resolve(folder), List.of(), null, false,
                List.of(), new ReportOptions(false, templates, "", key)), true);
    }

    @Test
    void resultsJsonListsEveryInputOnceByPathWithTheManifestDigest() throws IOException {
        CheckOutcome outcome = run("target/modelops", null);

        JsonNode evidence = JSON.readTree(project.resolve("target/modelops/results.json").toFile()).get("evidence");
        assertThat(evidence.get("shippedTemplates").asText()).startsWith("modelops-maven-plugin ");
        assertThat(evidence.get("manifestSha256").asText()).isEqualTo(outcome.result().evidence().sha256());
        List<String> paths = new ArrayList<>();
        evidence.get("files").forEach(file -> paths.add(file.get("path").asText()));
        assertThat(paths).isSorted().doesNotHaveDuplicates()
                .contains("modelops/rules/core.yaml", "src/main/modelops/templates/css/custom.css",
                        "src/main/models/credit-scoring/model.yaml", "src/main/models/churn/evaluations/2026/q1.csv");
        assertThat(evidence.get("files").get(paths.indexOf("src/main/modelops/templates/css/custom.css"))
                .get("kind").asText()).isEqualTo("template");
        assertThat(outcome.result().evidence().canonicalText()).startsWith("modelops-evidence-manifest 1\n");
    }

    @Test
    void oneChangedByteChangesTheDigestAndOnlyThatFilesRowInTheReport() throws IOException {
        CheckOutcome before = run("target/before", null);
        Path evaluation = project.resolve("src/main/models/churn/evaluations/2026/q1.csv");
        byte[] bytes = Files.readAllBytes(evaluation);
        bytes[bytes.length - 2] ^= 1;
        Files.write(evaluation, bytes);

        CheckOutcome after = run("target/after", null);

        assertThat(after.result().evidence().sha256()).isNotEqualTo(before.result().evidence().sha256());
        List<String> beforeLines = before.result().evidence().canonicalText().lines().toList();
        List<String> afterLines = after.result().evidence().canonicalText().lines().toList();
        assertThat(afterLines).hasSameSizeAs(beforeLines);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < afterLines.size(); i++) {
            if (!afterLines.get(i).equals(beforeLines.get(i))) {
                changed.add(afterLines.get(i));
            }
        }
        assertThat(changed).singleElement().asString().endsWith(" src/main/models/churn/evaluations/2026/q1.csv");
        String index = Files.readString(project.resolve("target/after/index.html"));
        assertThat(index).contains(after.result().evidence().sha256())
                .contains(changed.get(0).substring(0, 64))
                .doesNotContain(before.result().evidence().sha256());
    }

    @Test
    void withoutAKeyTheStatementIsUnsignedAndTheReportSaysSo() throws IOException {
        run("target/modelops", null);

        Path folder = project.resolve("target/modelops/attestation");
        assertThat(folder.resolve("evidence-test.intoto.json")).isRegularFile();
        assertThat(folder.resolve("evidence-test.intoto.dsse.json")).doesNotExist();
        assertThat(Files.readString(project.resolve("target/modelops/index.html")))
                .contains("attestation not signed: no modelops.signingKey");
        JsonNode statement = JSON.readTree(folder.resolve("evidence-test.intoto.json").toFile());
        assertThat(statement.get("_type").asText()).isEqualTo(AttestationVerifier.STATEMENT_TYPE);
        assertThat(statement.get("subject")).hasSize(1);
        assertThat(statement.get("subject").get(0).get("name").asText()).isEqualTo("artifacts/credit-scoring-3.2.0.onnx");
        assertThat(statement.get("subject").get(0).get("digest").get("sha256").asText()).isEqualTo(ARTIFACT_SHA256);
        JsonNode predicate = statement.get("predicate");
        assertThat(predicate.get("modelsWithoutArtifactDigest").get(0).get("model").asText()).isEqualTo("churn");
        assertThat(predicate.get("asOf").asText()).isEqualTo("2026-11-20T00:00:00Z");
        assertThat(predicate.get("failOnSeverity").asText()).isEqualTo("high");
        assertThat(predicate.get("rules").get(0).fieldNames()).toIterable()
                .containsExactly("id", "severity", "enforcement");
        assertThat(predicate.get("findings").get(0).fieldNames()).toIterable()
                .containsExactly("rule", "model", "status", "severity", "blocking", "message");
        assertThat(predicate.get("packs").get(0).get("name").asText()).isEqualTo("core");
        assertThat(predicate.get("evidence").get("manifestSha256").asText())
                .isEqualTo(JSON.readTree(project.resolve("target/modelops/results.json").toFile())
                        .get("evidence").get("manifestSha256").asText());
    }

    @Test
    void aSignedEnvelopeVerifiesWithTheArtifactAndIsTheSameOnTheNextBuild() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privateKey = project.resolve("signing-key.pem");
        Path publicKey = project.resolve("signing-key.pub.pem");
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path artifact = Files.writeString(project.resolve("credit-scoring-3.2.0.onnx"), "test");

        run("target/first", SigningKey.read(privateKey));
        run("target/second", SigningKey.read(privateKey));

        Path envelope = project.resolve("target/first/attestation/evidence-test.intoto.dsse.json");
        AttestationVerifier.Verified verified = new AttestationVerifier()
                .verify(envelope, VerifyingKey.read(publicKey), artifact);
        assertThat(verified.matched().name()).isEqualTo("artifacts/credit-scoring-3.2.0.onnx");
        assertThat(Files.readAllBytes(project.resolve("target/second/attestation/evidence-test.intoto.dsse.json")))
                .isEqualTo(Files.readAllBytes(envelope));
        String payload = new String(Base64.getDecoder().decode(JSON.readTree(envelope.toFile()).get("payload").asText()),
                StandardCharsets.UTF_8);
        assertThat(payload).isEqualTo(Files.readString(
                project.resolve("target/first/attestation/evidence-test.intoto.json")));
        assertThat(Files.readString(project.resolve("target/first/index.html")))
                .contains("attestation signed with Ed25519, keyid " + verified.keyId());
        assertThat(new AttestationVerifier().changedEvidence(verified.statement(), project)).isEmpty();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
