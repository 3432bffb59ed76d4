package dev.modelops.attest;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * The private key a project signs its attestations with ({@code modelops.signingKey}): a PKCS#8 PEM file holding an
 * Ed25519 or ECDSA P-256 key, read with the JDK's {@link KeyFactory}. Its {@link #keyId()} is the SHA-256 of the
 * DER of the matching public key, so a verifier can tell which key signed without trusting anything else in the
 * envelope. PKCS#8 files need not carry the public key, so it is derived from the private one, by the JDK's own
 * key generator (Ed25519) or key agreement (P-256): the plugin does no curve arithmetic with the private key.
 */
public final class SigningKey {

    static final String PEM_LABEL = "PRIVATE KEY";
    private static final String EXPECTED = "an unencrypted PKCS#8 PEM private key ('-----BEGIN PRIVATE KEY-----'), "
            + "Ed25519 or ECDSA on NIST P-256";

    private final Path file;
    private final PrivateKey privateKey;
    private final KeyAlgorithm algorithm;
    private final VerifyingKey publicKey;

    private SigningKey(Path file, PrivateKey privateKey, KeyAlgorithm algorithm, PublicKey publicKey) {
        this.file = file;
        this.privateKey = privateKey;
        this.algorithm = algorithm;
        this.publicKey = new VerifyingKey(file, publicKey, algorithm);
    }

    /**
     * Reads {@code file}.
     *
     * @throws KeyFileException naming the file when it is missing, not PEM, encrypted, not PKCS#8, or of another
     *     algorithm or curve
     */
    public static SigningKey read(Path file) throws KeyFileException {
        byte[] der = PemFiles.read(file, PEM_LABEL, EXPECTED);
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            PrivateKey key;
            try {
                key = KeyFactory.getInstance(algorithm.keyFactory()).generatePrivate(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                continue;
            }
            if (algorithm == KeyAlgorithm.ECDSA_P256 && !KeyAlgorithm.isP256(key)) {
                throw new KeyFileException(file + " holds an ECDSA key on another curve than NIST P-256; expected "
                        + EXPECTED);
            }
            return new SigningKey(file, key, algorithm, publicKeyOf(file, key, algorithm));
        }
        throw new KeyFileException(file + " holds a '-----BEGIN PRIVATE KEY-----' block that is not an Ed25519 or "
                + "ECDSA PKCS#8 key (an RSA key, or damaged); expected " + EXPECTED);
    }

    /** The signature of {@code message}; deterministic for Ed25519, randomized for ECDSA (DER-encoded). */
    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(algorithm.signature());
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot sign with a key it read: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the public key's DER (X.509 SubjectPublicKeyInfo), lower-case hex. */
    public String keyId() {
        return publicKey.keyId();
    }

    /** The matching public key. */
    public VerifyingKey publicKey() {
        return publicKey;
    }

    /** Whether signatures by this key are the same on every build (Ed25519) or randomized (ECDSA). */
    public boolean deterministic() {
        return algorithm == KeyAlgorithm.ED25519;
    }

    /** {@code Ed25519} or {@code ECDSA P-256}, for the log. */
    public String algorithmName() {
        return algorithm == KeyAlgorithm.ED25519 ? "Ed25519" : "ECDSA P-256";
    }

    public Path file() {
        return file;
    }

    private static PublicKey publicKeyOf(Path file, PrivateKey key, KeyAlgorithm algorithm) throws KeyFileException {
        try {
            if (algorithm == KeyAlgorithm.ED25519) {
                return ed25519PublicKey((EdECPrivateKey) key);
            }
            return p256PublicKey((ECPrivateKey) key);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyFileException("Cannot derive the public key of " + file + " (" + e.getMessage()
                    + "); expected " + EXPECTED);
        }
    }

    /**
     * An Ed25519 public key is derived from the 32 private bytes by the key generator itself: given those bytes as
     * its "random" input it rebuilds the same pair. The result is checked against the key read.
     */
    private static PublicKey ed25519PublicKey(EdECPrivateKey key) throws GeneralSecurityException {
        byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("the key has no private bytes"));
        SecureRandom replay = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0);
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        };
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, replay);
        KeyPair pair = generator.generateKeyPair();
        byte[] rebuilt = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
        if (!Arrays.equals(rebuilt, seed)) {
            throw new GeneralSecurityException("the JDK's Ed25519 key generator did not rebuild the key");
        }
        return pair.getPublic();
    }

    /**
     * A P-256 public point {@code d·G} with the scalar multiplication left to the JDK: ECDH of the private key with
     * the curve's generator as the peer gives the point's x coordinate. Of the two points with that x, the one that
     * verifies a signature made with the private key is the public key. Only the square root, on public values,
     * is computed here.
     */
    private static PublicKey p256PublicKey(ECPrivateKey key) throws GeneralSecurityException {
        ECParameterSpec params = key.getParams();
        KeyFactory factory = KeyFactory.getInstance("EC");
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(key);
        ecdh.doPhase(factory.generatePublic(new ECPublicKeySpec(params.getGenerator(), params)), true);
        BigInteger x = new BigInteger(1, ecdh.generateSecret());
        EllipticCurve curve = params.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        BigInteger square = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        BigInteger y = square.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        if (!y.multiply(y).mod(p).equals(square)) {
            throw new GeneralSecurityException("ECDH with the generator gave no point of the curve");
        }
        byte[] probe = "modelops public key probe".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(KeyAlgorithm.ECDSA_P256.signature());
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        for (BigInteger candidate : new BigInteger[] {y, p.subtract(y)}) {
            PublicKey publicKey = factory.generatePublic(new ECPublicKeySpec(new ECPoint(x, candidate), params));
            Signature verifier = Signature.getInstance(KeyAlgorithm.ECDSA_P256.signature());
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return publicKey;
            }
        }
        throw new GeneralSecurityException("neither point with the x coordinate of d·G verifies the key's signature");
    }
}
