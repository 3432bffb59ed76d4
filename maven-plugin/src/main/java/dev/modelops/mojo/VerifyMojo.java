package dev.modelops.mojo;

import dev.modelops.attest.AttestationException;
import dev.modelops.attest.AttestationVerifier;
import dev.modelops.attest.KeyFileException;
import dev.modelops.attest.VerifyingKey;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a signed attestation written by {@code modelops:check}: the file is a DSSE envelope, its signature verifies
 * with the given public key, its payload is an in-toto Statement v1 of a modelops governance result, and, when a
 * model artifact is given, that file's SHA-256 is one of the statement's subjects: the model about to be deployed is
 * the one that was checked. Optionally, the evidence files are hashed again and each changed one is named. Needs no
 * project: {@code mvn dev.modelops:modelops-maven-plugin:verify -Dmodelops.attestation=... -Dmodelops.publicKey=...}.
 *
 * <p>In the project that deploys the model, before it ships the artifact:</p>
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *   &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;verify&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;
 *         &lt;attestation&gt;governance/credit-risk-models.intoto.dsse.json&lt;/attestation&gt;
 *         &lt;publicKey&gt;governance/model-risk-signing.pub.pem&lt;/publicKey&gt;
 *         &lt;artifact&gt;dist/credit-scoring-3.2.0.onnx&lt;/artifact&gt;
 *       &lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "verify", threadSafe = true, requiresProject = false)
public final class VerifyMojo extends AbstractModelOpsMojo {

    /** The DSSE envelope to check, as written by {@code modelops:check} with {@code modelops.signingKey}. */
    @Parameter(property = "modelops.attestation", required = true)
    private File attestation;

    /**
     * The public key the envelope must be signed with: a PEM X.509 SubjectPublicKeyInfo file
     * ({@code -----BEGIN PUBLIC KEY-----}), Ed25519 or ECDSA P-256 (for example
     * {@code openssl pkey -in signing-key.pem -pubout}).
     */
    @Parameter(property = "modelops.publicKey", required = true)
    private File publicKey;

    /**
     * A model artifact file whose SHA-256 (read in a stream; large files are fine) must be the digest of one of the
     * attestation's subjects. Optional: without it only the signature and the statement are checked.
     */
    @Parameter(property = "modelops.artifact")
    private File artifact;

    /**
     * Whether to hash every file of the attestation's evidence manifest again (relative to
     * {@code modelops.evidenceBaseDirectory}) and fail naming each one that changed or is missing.
     */
    @Parameter(property = "modelops.verifyEvidence", defaultValue = "false")
    private boolean verifyEvidence;

    /** The folder the evidence manifest's paths are relative to: the checked project's folder. */
    @Parameter(property = "modelops.evidenceBaseDirectory", defaultValue = "${basedir}")
    private File evidenceBaseDirectory;

    @Override
    protected String goalName() {
        return "verify";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        VerifyingKey key;
        try {
            key = VerifyingKey.read(publicKey.toPath());
        } catch (KeyFileException e) {
            throw new MojoFailureException("modelops.publicKey cannot be used: " + e.getMessage());
        }
        AttestationVerifier verifier = new AttestationVerifier();
        Path artifactPath = artifact == null ? null : artifact.toPath();
        try {
            AttestationVerifier.Verified verified = verifier.verify(attestation.toPath(), key, artifactPath);
            getLog().info("Attestation " + attestation + ": signature verified with " + publicKey + " (keyid "
                    + verified.keyId() + "); in-toto statement of " + AttestationVerifier.PREDICATE_TYPE + " with "
                    + verified.subjects().size() + (verified.subjects().size() == 1 ? " subject" : " subjects"));
            if (verified.matched() != null) {
                getLog().info("Artifact " + artifact + " matches the subject " + verified.matched());
            } else {
                getLog().info("No modelops.artifact given: the artifact's digest was not compared");
            }
            if (verifyEvidence) {
                List<String> changed = verifier.changedEvidence(verified.statement(), evidenceBaseDirectory.toPath());
                if (!changed.isEmpty()) {
                    throw new MojoFailureException(changed.size() + (changed.size() == 1 ? " evidence file has"
                            : " evidence files have") + " changed since the attestation (paths relative to "
                            + evidenceBaseDirectory + "):\n  " + String.join("\n  ", changed));
                }
                getLog().info("Evidence: every file of the manifest has its attested SHA-256");
            }
        } catch (AttestationException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("modelops:verify could not read its inputs: " + e.getMessage(), e);
        }
    }
}
