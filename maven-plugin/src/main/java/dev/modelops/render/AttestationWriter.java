package dev.modelops.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.attest.AttestationVerifier;
import dev.modelops.attest.Dsse;
import dev.modelops.attest.SigningKey;
import dev.modelops.model.Artifact;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.WaiverOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes the run's in-toto attestation under {@value #FOLDER}: an in-toto Statement v1 whose subjects are the model
 * artifacts with their declared SHA-256 and whose predicate ({@value AttestationVerifier#PREDICATE_TYPE}) is the
 * governance result: packs, rules in force, findings, waivers, as-of instant, fail threshold and the evidence
 * manifest. Always as {@code <name>.intoto.json}; with a signing key also as a DSSE envelope,
 * {@code <name>.intoto.dsse.json}, which {@code modelops:verify} checks. A model whose artifact declares no
 * SHA-256 cannot be a subject (in-toto subjects are identified by digest); it is listed in the predicate instead.
 *
 * <p>The statement is deterministic; so is an Ed25519 envelope. An ECDSA signature is randomized by the algorithm,
 * so an ECDSA envelope differs between builds while verifying all the same.
 */
public final class AttestationWriter implements ReportWriter {

    public static final String FOLDER = "attestation";
    public static final String STATEMENT_SUFFIX = ".intoto.json";
    public static final String ENVELOPE_SUFFIX = ".intoto.dsse.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._-]+");

    private final SigningKey key;
    private final ObjectWriter writer = JsonPrinting.writer();

    /** A writer signing with {@code key}, or writing the statement unsigned when it is null. */
    public AttestationWriter(SigningKey key) {
        this.key = key;
    }

    @Override
    public String name() {
        return "attestation";
    }

    /** What the compliance report says about the attestation. */
    public static String note(SigningKey key) {
        if (key == null) {
            return "attestation not signed: no modelops.signingKey";
        }
        return "attestation signed with " + key.algorithmName() + ", keyid " + key.keyId();
    }

    /** {@code credit-risk-models}: the project's name as a file name, {@code project} when it has none. */
    public static String fileName(GovernanceResult result) {
        String name = result.projectName() == null ? "" : result.projectName().strip().toLowerCase(Locale.ROOT);
        name = UNSAFE.matcher(name).replaceAll("-").replaceAll("^[-.]+|-+$", "");
        return name.isEmpty() ? "project" : name;
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        Path folder = Files.createDirectories(outputDirectory.resolve(FOLDER));
        byte[] statement = print(statement(ReportContent.of(result)));
        String name = fileName(result);
        Files.write(folder.resolve(name + STATEMENT_SUFFIX), statement);
        if (key != null) {
            Dsse envelope = Dsse.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, statement, key);
            Files.write(folder.resolve(name + ENVELOPE_SUFFIX), print(envelope.toJson()));
        }
    }

    /** The statement's bytes, as the envelope's payload carries them. */
    byte[] statementBytes(GovernanceResult result) {
        return print(statement(ReportContent.of(result)));
    }

    private byte[] print(ObjectNode node) {
        try {
            byte[] json = writer.writeValueAsBytes(node);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree built in memory cannot fail to print", e);
        }
    }

    static ObjectNode statement(ReportContent content) {
        GovernanceResult result = content.result();
        ObjectNode root = NODES.objectNode();
        root.put("_type", AttestationVerifier.STATEMENT_TYPE);
        ArrayNode subjects = root.putArray("subject");
        ArrayNode undigested = NODES.arrayNode();
        List<ObjectNode> subjectNodes = new ArrayList<>();
        for (GovernedModel model : content.models()) {
            Artifact artifact = model.metadata().artifact();
            String sha256 = artifact == null || artifact.sha256() == null ? null
                    : artifact.sha256().strip().toLowerCase(Locale.ROOT);
            if (sha256 == null || sha256.isEmpty() || artifact.path() == null) {
                ObjectNode node = undigested.addObject();
                node.put("model", model.id());
                node.put("artifact", artifact == null ? null : artifact.path());
                continue;
            }
            ObjectNode subject = NODES.objectNode();
            subject.put("name", artifact.path());
            subject.putObject("digest").put("sha256", sha256);
            subjectNodes.add(subject);
        }
        subjectNodes.stream()
                .sorted(Comparator.comparing((ObjectNode n) -> n.get("name").asText())
                        .thenComparing(n -> n.get("digest").get("sha256").asText()))
                .distinct()
                .forEach(subjects::add);
        root.put("predicateType", AttestationVerifier.PREDICATE_TYPE);
        ObjectNode predicate = root.putObject("predicate");
        PluginRelease release = PluginRelease.current();
        ObjectNode tool = predicate.putObject("tool");
        tool.put("name", release.artifactId());
        tool.put("version", release.version());
        predicate.put("project", result.projectName());
        predicate.put("asOf", Formats.isoInstant(result.asOf()));
        predicate.put("failOnSeverity", result.failOnSeverity().label());
        ArrayNode models = predicate.putArray("models");
        for (GovernedModel model : content.models()) {
            ObjectNode node = models.addObject();
            node.put("id", model.id());
            node.put("version", model.metadata().version());
            Artifact artifact = model.metadata().artifact();
            node.put("artifact", artifact == null ? null : artifact.path());
            node.put("artifactSha256", artifact == null ? null : artifact.sha256());
        }
        predicate.set("modelsWithoutArtifactDigest", undigested);
        ArrayNode packs = predicate.putArray("packs");
        for (RulePack pack : content.packs()) {
            ObjectNode node = packs.addObject();
            node.put("name", pack.name());
            node.put("version", pack.version());
            node.put("file", pack.file());
            node.put("sha256", pack.sha256());
        }
        ArrayNode rules = predicate.putArray("rules");
        for (Rule rule : content.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("enforcement", rule.enforcement().label());
        }
        ArrayNode findings = predicate.putArray("findings");
        for (Finding finding : content.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.ruleId());
            node.put("model", finding.modelId());
            node.put("status", finding.status().label());
            node.put("severity", finding.severity().label());
            node.put("blocking", content.isBlocking(finding));
            node.put("message", finding.message());
        }
        ArrayNode waivers = predicate.putArray("waivers");
        for (WaiverOutcome outcome : result.waivers()) {
            ObjectNode node = waivers.addObject();
            node.put("ticket", outcome.waiver().ticket());
            node.put("rule", outcome.waiver().ruleId());
            node.put("model", outcome.waiver().modelId());
            node.put("state", outcome.state().label());
            node.put("expires", outcome.waiver().expires().toString());
        }
        predicate.set("evidence", JsonResultsWriter.evidence(result.evidence()));
        return root;
    }
}
