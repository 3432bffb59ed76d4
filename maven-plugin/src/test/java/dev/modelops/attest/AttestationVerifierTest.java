package dev.modelops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code modelops:verify} accepts and refuses: a genuine envelope with its artifact; a changed payload, a
 * changed subject digest, a wrong key, another predicate type, an artifact that is not the subject; and the evidence
 * files that changed since.
 */
class AttestationVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path artifact;
    private String artifactSha256;
    private TestKeys.Pair ed25519;
    private SigningKey signingKey;

    @BeforeEach
    void artifactAndKey() throws Exception {
        artifact = folder.resolve("model.onnx");
        Files.write(artifact, "the trained weights".getBytes(StandardCharsets.UTF_8));
        artifactSha256 = AttestationVerifier.sha256(artifact);
        ed25519 = TestKeys.ed25519(folder, "signing");
        signingKey = SigningKey.read(ed25519.privateKey());
    }

    private ObjectNode statement(String sha256) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("_type", AttestationVerifier.STATEMENT_TYPE);
        ObjectNode subject = statement.putArray("subject").addObject();
        subject.put("name", "artifacts/model.onnx");
        subject.putObject("digest").put("sha256", sha256);
        statement.put("predicateType", AttestationVerifier.PREDICATE_TYPE);
        ObjectNode file = statement.putObject("predicate").putObject("evidence").putArray("files").addObject();
        file.put("path", "model.onnx");
        file.put("kind", "artifact");
        file.put("sha256", sha256);
        return statement;
    }

    private Path envelope(ObjectNode statement, SigningKey key) throws Exception {
        Dsse envelope = Dsse.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, JSON.writeValueAsBytes(statement), key);
        Path file = folder.resolve("project.intoto.dsse.json");
        Files.write(file, JSON.writeValueAsBytes(envelope.toJson()));
        return file;
    }

    @Test
    void aGenuineEnvelopeAndItsArtifactVerify() throws Exception {
        Path envelope = envelope(statement(artifactSha256), signingKey);

        AttestationVerifier.Verified verified = new AttestationVerifier()
                .verify(envelope, VerifyingKey.read(ed25519.publicKey()), artifact);

        assertThat(verified.keyId()).isEqualTo(signingKey.keyId());
        assertThat(verified.matched()).isEqualTo(new AttestationVerifier.Subject("artifacts/model.onnx", artifactSha256));
    }

    @Test
    void aP256EnvelopeVerifies() throws Exception {
        TestKeys.Pair p256 = TestKeys.p256(folder, "ec");
        Path envelope = envelope(statement(artifactSha256), SigningKey.read(p256.privateKey()));

        assertThat(new AttestationVerifier().verify(envelope, VerifyingKey.read(p256.publicKey()), artifact).matched())
                .isNotNull();
    }

    @Test
    void aWrongKeyIsRefusedNamingTheKeyFileAndBothKeyIds() throws Exception {
        Path envelope = envelope(statement(artifactSha256), signingKey);
        TestKeys.Pair other = TestKeys.ed25519(folder, "other");
        VerifyingKey wrong = VerifyingKey.read(other.publicKey());

        assertThatThrownBy(() -> new AttestationVerifier().verify(envelope, wrong, artifact))
                .isInstanceOf(AttestationException.class)
                .hasMessage("The signature of " + envelope + " does not verify with " + other.publicKey() + " (keyid "
                        + wrong.keyId() + "); the envelope is signed by keyid " + signingKey.keyId()
                        + ". Either the payload was changed after signing or it was signed with another key");
    }

    @Test
    void aTamperedPayloadDoesNotVerify() throws Exception {
        Path envelope = envelope(statement(artifactSha256), signingKey);
        ObjectNode json = (ObjectNode) JSON.readTree(envelope.toFile());
        byte[] payload = Base64.getDecoder().decode(json.get("payload").asText());
        payload[payload.length - 2] ^= 1;
        json.put("payload", Base64.getEncoder().encodeToString(payload));
        Files.write(envelope, JSON.writeValueAsBytes(json));

        assertThatThrownBy(() -> new AttestationVerifier().verify(envelope, signingKey.publicKey(), null))
                .isInstanceOf(AttestationException.class).hasMessageContaining("does not verify with");
    }

    @Test
    void aChangedSubjectDigestWithTheOldSignatureDoesNotVerify() throws Exception {
        Path genuine = envelope(statement(artifactSha256), signingKey);
        String signature = JSON.readTree(genuine.toFile()).get("signatures").get(0).get("sig").asText();
        String forged = "0".repeat(64);
        ObjectNode json = (ObjectNode) JSON.readTree(genuine.toFile());
        json.put("payload", Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(statement(forged))));
        Files.write(genuine, JSON.writeValueAsBytes(json));

        assertThat(JSON.readTree(genuine.toFile()).get("signatures").get(0).get("sig").asText()).isEqualTo(signature);
        assertThatThrownBy(() -> new AttestationVerifier().verify(genuine, signingKey.publicKey(), artifact))
                .isInstanceOf(AttestationException.class).hasMessageContaining("does not verify with");
    }

    @Test
    void anArtifactThatIsNotTheSubjectIsRefusedWithBothDigests() throws Exception {
        String other = "a".repeat(64);
        Path envelope = envelope(statement(other), signingKey);

        assertThatThrownBy(() -> new AttestationVerifier().verify(envelope, signingKey.publicKey(), artifact))
                .isInstanceOf(AttestationException.class)
                .hasMessage("The artifact " + artifact + " has SHA-256 " + artifactSha256
                        + "; the attestation's subjects are artifacts/model.onnx: " + other
                        + ". It is not the artifact that was attested");
    }

    @Test
    void anotherPredicateTypeIsRefused() throws Exception {
        ObjectNode statement = statement(artifactSha256);
        statement.put("predicateType", "https://slsa.dev/provenance/v1");
        Path envelope = envelope(statement, signingKey);

        assertThatThrownBy(() -> new AttestationVerifier().verify(envelope, signingKey.publicKey(), null))
                .isInstanceOf(AttestationException.class)
                .hasMessageContaining("has predicateType 'https://slsa.dev/provenance/v1'; expected a governance "
                        + "result of modelops, '" + AttestationVerifier.PREDICATE_TYPE + "'");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsPlace() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"payloadType\": ");

        assertThatThrownBy(() -> new AttestationVerifier().verify(file, signingKey.publicKey(), null))
                .isInstanceOf(AttestationException.class)
                .hasMessageStartingWith(file + " is not valid JSON at line 1");
    }

    @Test
    void anUnsignedStatementIsNotAnEnvelope() throws Exception {
        Path file = folder.resolve("project.intoto.json");
        Files.write(file, JSON.writeValueAsBytes(statement(artifactSha256)));

        assertThatThrownBy(() -> new AttestationVerifier().verify(file, signingKey.publicKey(), null))
                .isInstanceOf(AttestationException.class)
                .hasMessage(file + " is not a DSSE envelope: /payloadType is missing; expected a string");
    }

    @Test
    void changedEvidenceFilesAreNamedWithBothDigests() throws Exception {
        Path envelope = envelope(statement(artifactSha256), signingKey);
        AttestationVerifier verifier = new AttestationVerifier();
        AttestationVerifier.Verified verified = verifier.verify(envelope, signingKey.publicKey(), null);
        assertThat(verifier.changedEvidence(verified.statement(), folder)).isEmpty();

        Files.writeString(artifact, "retrained weights");

        assertThat(verifier.changedEvidence(verified.statement(), folder)).containsExactly(
                "model.onnx: attested sha256 " + artifactSha256 + ", now " + AttestationVerifier.sha256(artifact));
        Files.delete(artifact);
        assertThat(verifier.changedEvidence(verified.statement(), folder))
                .containsExactly("model.onnx: attested sha256 " + artifactSha256 + ", now missing");
    }

    /** A built-in pack is read from the plugin running verify; when it differs, the line says which release ran. */
    @Test
    void aShippedPackThatDiffersSaysWhichReleaseRanTheCheck() throws Exception {
        ObjectNode statement = statement(artifactSha256);
        ObjectNode evidence = (ObjectNode) statement.path("predicate").path("evidence");
        evidence.put("shippedTemplates", "modelops-maven-plugin 0.0.9");
        ObjectNode pack = ((ArrayNode) evidence.get("files")).addObject();
        pack.put("path", "modelops/rules/core.yaml");
        pack.put("kind", "rules");
        pack.put("sha256", "0".repeat(64));
        AttestationVerifier verifier = new AttestationVerifier();

        String now;
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("modelops/rules/core.yaml")) {
            now = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped.readAllBytes()));
        }
        assertThat(verifier.changedEvidence(statement, folder)).containsExactly("modelops/rules/core.yaml: attested"
                + " sha256 " + "0".repeat(64) + ", now " + now + " (a rule pack shipped in the plugin, read from the"
                + " plugin running this goal; the check ran modelops-maven-plugin 0.0.9: verify with that release to"
                + " compare its packs)");
    }
}
