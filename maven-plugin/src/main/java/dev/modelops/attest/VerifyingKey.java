package dev.modelops.attest;

import dev.modelops.model.Sha256;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * A public key an attestation is checked with ({@code modelops.publicKey}): a PEM X.509 SubjectPublicKeyInfo
 * ({@code -----BEGIN PUBLIC KEY-----}), Ed25519 or ECDSA P-256, and its key id, the SHA-256 of that DER.
 */
public final class VerifyingKey {

    static final String PEM_LABEL = "PUBLIC KEY";
    private static final String EXPECTED = "a PEM public key ('-----BEGIN PUBLIC KEY-----', X.509 "
            + "SubjectPublicKeyInfo), Ed25519 or ECDSA on NIST P-256";

    private final Path file;
    private final PublicKey key;
    private final KeyAlgorithm algorithm;
    private final String keyId;

    VerifyingKey(Path file, PublicKey key, KeyAlgorithm algorithm) {
        this.file = file;
        this.key = key;
        this.algorithm = algorithm;
        this.keyId = Sha256.hex(key.getEncoded());
    }

    /** @throws KeyFileException naming the file when it is missing, not PEM, or not an Ed25519 or P-256 key */
    public static VerifyingKey read(Path file) throws KeyFileException {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(PemFiles.read(file, PEM_LABEL, EXPECTED));
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            PublicKey key;
            try {
                key = KeyFactory.getInstance(algorithm.keyFactory()).generatePublic(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                continue;
            }
            if (algorithm == KeyAlgorithm.ECDSA_P256 && !KeyAlgorithm.isP256(key)) {
                throw new KeyFileException(file + " holds an ECDSA key on another curve than NIST P-256; expected "
                        + EXPECTED);
            }
            return new VerifyingKey(file, key, algorithm);
        }
        throw new KeyFileException(file + " holds a '-----BEGIN PUBLIC KEY-----' block that is not an Ed25519 or "
                + "ECDSA key (an RSA key, or damaged); expected " + EXPECTED);
    }

    /** Whether {@code signature} is this key's signature of {@code message}; a malformed signature is not. */
    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm.signature());
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The SHA-256 of the key's DER, lower-case hex. */
    public String keyId() {
        return keyId;
    }

    /** The file the key was read from (for a key derived from a signing key, that key's file). */
    public Path file() {
        return file;
    }

    /** The key as a PEM public key file's text. */
    public String pem() {
        return PemFiles.write(PEM_LABEL, key.getEncoded());
    }
}
