package dev.modelops.attest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The checks of {@code modelops:verify}, in order: the file is a DSSE envelope; one of its signatures verifies with
 * the given public key; its payload is an in-toto Statement v1 of our predicate type; and, when an artifact is
 * given, the artifact's SHA-256 is the digest of one of the statement's subjects. Each failed check ends in an
 * {@link AttestationException} naming the file, the key or the artifact and the values compared.
 */
public final class AttestationVerifier {

    /** The {@code _type} of an in-toto Statement v1. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    /** The predicate type of a governance result of this plugin. */
    public static final String PREDICATE_TYPE = "https://modelops.dev/governance-result/v1";

    /** An envelope is a few hundred kilobytes for a thousand models; a larger file is not ours. */
    private static final long MAX_ENVELOPE_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    /** A subject of the statement: the artifact's name (its declared path) and SHA-256. */
    public record Subject(String name, String sha256) {
        @Override
        public String toString() {
            return name + ": " + sha256;
        }
    }

    /** What held: the key that signed, the subjects, the statement, and the subject the artifact matched (or null). */
    public record Verified(String keyId, List<Subject> subjects, JsonNode statement, Subject matched) {
    }

    /**
     * Checks {@code envelopeFile} against {@code key} and, when not null, {@code artifact}.
     *
     * @throws AttestationException when a check fails
     * @throws IOException when a file cannot be read
     */
    public Verified verify(Path envelopeFile, VerifyingKey key, Path artifact) throws AttestationException, IOException {
        if (!Files.isRegularFile(envelopeFile)) {
            throw new AttestationException("The attestation " + envelopeFile + " is not a file; expected the DSSE "
                    + "envelope modelops:check wrote (target/modelops/attestation/<name>.intoto.dsse.json)");
        }
        if (Files.size(envelopeFile) > MAX_ENVELOPE_BYTES) {
            throw new AttestationException("The attestation " + envelopeFile + " is " + Files.size(envelopeFile)
                    + " bytes, more than a DSSE envelope of governance results can be");
        }
        Dsse envelope = Dsse.fromJson(parse(Files.readAllBytes(envelopeFile), envelopeFile.toString()),
                envelopeFile.toString());
        if (!Dsse.IN_TOTO_PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new AttestationException(envelopeFile + " has payloadType '" + envelope.payloadType()
                    + "'; expected '" + Dsse.IN_TOTO_PAYLOAD_TYPE + "'");
        }
        byte[] signed = Dsse.pae(envelope.payloadType(), envelope.payload());
        boolean verified = envelope.signatures().stream().anyMatch(s -> key.verifies(signed, s.sig()));
        if (!verified) {
            String keyIds = envelope.signatures().stream()
                    .map(s -> s.keyId().isEmpty() ? "(no keyid)" : s.keyId()).collect(Collectors.joining(", "));
            throw new AttestationException("The signature of " + envelopeFile + " does not verify with "
                    + key.file() + " (keyid " + key.keyId() + "); the envelope is signed by keyid " + keyIds
                    + ". Either the payload was changed after signing or it was signed with another key");
        }
        JsonNode statement = parse(envelope.payload(), envelopeFile + " (its payload)");
        String type = statement.path("_type").asText("");
        if (!STATEMENT_TYPE.equals(type)) {
            throw new AttestationException("The payload of " + envelopeFile + " has _type '" + type
                    + "'; expected an in-toto statement, '" + STATEMENT_TYPE + "'");
        }
        String predicateType = statement.path("predicateType").asText("");
        if (!PREDICATE_TYPE.equals(predicateType)) {
            throw new AttestationException("The statement of " + envelopeFile + " has predicateType '" + predicateType
                    + "'; expected a governance result of modelops, '" + PREDICATE_TYPE + "'");
        }
        List<Subject> subjects = subjects(statement);
        Subject matched = null;
        if (artifact != null) {
            matched = match(artifact, subjects);
        }
        return new Verified(key.keyId(), subjects, statement, matched);
    }

    /**
     * The evidence files of the statement's manifest whose bytes are no longer those attested, each as a line:
     * {@code src/main/models/churn/model.yaml: attested sha256 <x>, now <y>} (or "now missing"). A file is looked
     * up under {@code base}; a shipped rule pack ({@code modelops/rules/...}) that is not there, in the plugin.
     */
    public List<String> changedEvidence(JsonNode statement, Path base) throws AttestationException {
        JsonNode files = statement.path("predicate").path("evidence").path("files");
        if (!files.isArray()) {
            throw new AttestationException("The statement has no evidence manifest at /predicate/evidence/files");
        }
        String release = statement.path("predicate").path("evidence").path("shippedTemplates").asText("");
        List<String> changed = new ArrayList<>();
        for (JsonNode file : files) {
            String path = file.path("path").asText("");
            String attested = file.path("sha256").asText("");
            boolean inProject = Files.isRegularFile(base.resolve(path).normalize());
            String now = currentSha256(base, path);
            if (now == null) {
                changed.add(path + ": attested sha256 " + attested + ", now missing");
            } else if (!now.equals(attested)) {
                changed.add(path + ": attested sha256 " + attested + ", now " + now + (inProject ? ""
                        : " (a rule pack shipped in the plugin, read from the plugin running this goal; the check ran "
                                + (release.isEmpty() ? "another release" : release)
                                + ": verify with that release to compare its packs)"));
            }
        }
        return changed;
    }

    /** The SHA-256 of a file, read in a stream so that a model of gigabytes is fine. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.hex(in);
        }
    }

    private String currentSha256(Path base, String path) {
        try {
            Path file = base.resolve(path).normalize();
            if (Files.isRegularFile(file)) {
                return sha256(file);
            }
            try (InputStream shipped = AttestationVerifier.class.getClassLoader().getResourceAsStream(path)) {
                return shipped == null ? null : Sha256.hex(shipped);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Subject match(Path artifact, List<Subject> subjects) throws AttestationException, IOException {
        if (!Files.isRegularFile(artifact)) {
            throw new AttestationException("The artifact " + artifact + " is not a file; expected the model file "
                    + "whose SHA-256 the attestation names");
        }
        String actual = sha256(artifact);
        for (Subject subject : subjects) {
            if (subject.sha256().equals(actual)) {
                return subject;
            }
        }
        throw new AttestationException("The artifact " + artifact + " has SHA-256 " + actual
                + "; the attestation's subjects are " + (subjects.isEmpty() ? "none (no model declared an artifact "
                + "digest)" : subjects.stream().map(Subject::toString).collect(Collectors.joining(", ")))
                + ". It is not the artifact that was attested");
    }

    private static List<Subject> subjects(JsonNode statement) {
        List<Subject> subjects = new ArrayList<>();
        for (JsonNode subject : statement.path("subject")) {
            String sha256 = subject.path("digest").path("sha256").asText("");
            subjects.add(new Subject(subject.path("name").asText(""), sha256.toLowerCase(Locale.ROOT)));
        }
        return subjects;
    }

    private JsonNode parse(byte[] bytes, String source) throws AttestationException {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new AttestationException(source + " is not a JSON object; expected a DSSE envelope");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new AttestationException(source + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AttestationException("Cannot parse " + source + ": " + e.getMessage());
        }
    }
}
