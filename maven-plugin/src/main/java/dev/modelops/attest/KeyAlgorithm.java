package dev.modelops.attest;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/**
 * The two signature schemes an attestation may be signed with, and the JDK names that implement them. Ed25519
 * signatures are deterministic (the same statement and key give the same envelope on every build); ECDSA
 * signatures include a random number, so a P-256 envelope differs from one build to the next while verifying
 * all the same.
 */
enum KeyAlgorithm {
    ED25519("Ed25519", "Ed25519"),
    ECDSA_P256("EC", "SHA256withECDSA");

    private final String keyFactory;
    private final String signature;

    KeyAlgorithm(String keyFactory, String signature) {
        this.keyFactory = keyFactory;
        this.signature = signature;
    }

    String keyFactory() {
        return keyFactory;
    }

    String signature() {
        return signature;
    }

    /** The domain parameters of NIST P-256 (secp256r1), the only curve accepted. */
    static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no NIST P-256 curve", e);
        }
    }

    /** Whether an EC key is on P-256 (same curve, generator and order). */
    static boolean isP256(Key key) {
        if (!(key instanceof ECKey ec)) {
            return false;
        }
        ECParameterSpec expected = p256();
        ECParameterSpec actual = ec.getParams();
        return actual.getCurve().equals(expected.getCurve()) && actual.getGenerator().equals(expected.getGenerator())
                && actual.getOrder().equals(expected.getOrder());
    }
}
