package dev.modelops.mojo;

import dev.modelops.attest.SigningKey;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.render.AttestationWriter;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/** What a run's evidence and attestation are, in the log of {@code check} and {@code report}. */
final class AttestationLog {

    private AttestationLog() {
    }

    /** The evidence manifest's digest, and where the attestation is and with which key it was signed, if any. */
    static void log(Log log, CheckOutcome outcome) {
        Path folder = outcome.indexHtml().resolveSibling(AttestationWriter.FOLDER);
        String name = AttestationWriter.fileName(outcome.result());
        SigningKey key = outcome.settings().reports().signingKey();
        log.info("Evidence manifest SHA-256: " + outcome.result().evidence().sha256() + " ("
                + outcome.result().evidence().files().size() + " input files, listed in results.json and the report)");
        if (key == null) {
            log.warn("Attestation not signed: no modelops.signingKey. Unsigned in-toto statement: "
                    + folder.resolve(name + AttestationWriter.STATEMENT_SUFFIX));
            return;
        }
        log.info("Attestation signed with " + key.algorithmName() + " key " + key.file() + " (keyid "
                + key.keyId() + "): " + folder.resolve(name + AttestationWriter.ENVELOPE_SUFFIX)
                + (key.deterministic() ? "" : "; ECDSA signatures are randomized, so this envelope differs "
                        + "from one build to the next (Ed25519 ones do not)"));
    }
}
