package dev.modelops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key files as a project supplies them: PKCS#8 Ed25519 and P-256 keys are read, their public key derived (the keyid
 * is that of the generated public key), and every other file refused with a message naming it.
 */
class SigningKeyTest {

    private static final byte[] MESSAGE = "the governance result".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void anEd25519KeySignsDeterministicallyAndItsKeyIdIsThatOfItsPublicKey() throws Exception {
        TestKeys.Pair pair = TestKeys.ed25519(folder, "ed");

        SigningKey key = SigningKey.read(pair.privateKey());
        VerifyingKey publicKey = VerifyingKey.read(pair.publicKey());

        assertThat(key.keyId()).isEqualTo(Sha256.hex(pair.keys().getPublic().getEncoded()))
                .isEqualTo(publicKey.keyId()).hasSize(64);
        assertThat(key.deterministic()).isTrue();
        assertThat(key.sign(MESSAGE)).isEqualTo(key.sign(MESSAGE));
        assertThat(publicKey.verifies(MESSAGE, key.sign(MESSAGE))).isTrue();
        assertThat(key.publicKey().pem()).isEqualTo(Files.readString(pair.publicKey()));
    }

    @Test
    void aP256KeySignsRandomizedButVerifiably() throws Exception {
        TestKeys.Pair pair = TestKeys.p256(folder, "ec");

        SigningKey key = SigningKey.read(pair.privateKey());
        VerifyingKey publicKey = VerifyingKey.read(pair.publicKey());

        assertThat(key.keyId()).isEqualTo(publicKey.keyId());
        assertThat(key.algorithmName()).isEqualTo("ECDSA P-256");
        assertThat(key.deterministic()).isFalse();
        byte[] first = key.sign(MESSAGE);
        byte[] second = key.sign(MESSAGE);
        assertThat(first).isNotEqualTo(second);
        assertThat(publicKey.verifies(MESSAGE, first)).isTrue();
        assertThat(publicKey.verifies(MESSAGE, second)).isTrue();
    }

    /** Of the two points with the x coordinate ECDH gives, half the keys have one, half the other. */
    @Test
    void theDerivedP256PublicKeyIsTheGeneratedOneForEveryKey() throws Exception {
        for (int i = 0; i < 24; i++) {
            TestKeys.Pair pair = TestKeys.p256(folder, "ec" + i);

            assertThat(SigningKey.read(pair.privateKey()).publicKey().pem()).as("key " + i)
                    .isEqualTo(Files.readString(pair.publicKey()));
        }
    }

    /** Key files as OpenSSL 3 writes them ({@code openssl genpkey}), with the public key that {@code pkey -pubout} gives. */
    @Test
    void keysMadeByOpenSslGiveThePublicKeyOpenSslDerives() throws Exception {
        for (String name : new String[] {"openssl-p256", "openssl-ed25519"}) {
            Path publicKeyFile = resource(name + ".pub.pem");
            SigningKey key = SigningKey.read(resource(name + ".key.pem"));
            VerifyingKey publicKey = VerifyingKey.read(publicKeyFile);

            assertThat(key.keyId()).as(name).isEqualTo(publicKey.keyId());
            assertThat(key.publicKey().pem()).as(name).isEqualToIgnoringNewLines(Files.readString(publicKeyFile));
            assertThat(publicKey.verifies(MESSAGE, key.sign(MESSAGE))).as(name).isTrue();
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(SigningKeyTest.class.getResource(name).toURI());
    }

    @Test
    void anotherKeyDoesNotVerify() throws Exception {
        SigningKey key = SigningKey.read(TestKeys.ed25519(folder, "one").privateKey());
        VerifyingKey other = VerifyingKey.read(TestKeys.ed25519(folder, "two").publicKey());

        assertThat(other.verifies(MESSAGE, key.sign(MESSAGE))).isFalse();
        assertThat(other.keyId()).isNotEqualTo(key.keyId());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("missing.pem");

        assertThatThrownBy(() -> SigningKey.read(missing)).isInstanceOf(KeyFileException.class)
                .hasMessageStartingWith(missing + " is not a file; expected an unencrypted PKCS#8 PEM private key");
    }

    @Test
    void aPublicKeyGivenAsSigningKeyIsRefused() throws Exception {
        Path publicKey = TestKeys.ed25519(folder, "ed").publicKey();

        assertThatThrownBy(() -> SigningKey.read(publicKey)).isInstanceOf(KeyFileException.class)
                .hasMessageStartingWith(publicKey + " has a PEM block labelled PUBLIC KEY; expected an unencrypted "
                        + "PKCS#8 PEM private key");
    }

    @Test
    void anEncryptedKeyIsRefusedSayingHowToDecryptIt() throws Exception {
        Path encrypted = folder.resolve("encrypted.pem");
        Files.writeString(encrypted, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n");

        assertThatThrownBy(() -> SigningKey.read(encrypted)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("holds an encrypted private key").hasMessageContaining("-nocrypt");
    }

    @Test
    void anRsaKeyIsRefused() throws Exception {
        Path rsa = TestKeys.rsa(folder, "rsa").privateKey();

        assertThatThrownBy(() -> SigningKey.read(rsa)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("is not an Ed25519 or ECDSA PKCS#8 key");
    }

    @Test
    void anEcKeyOnAnotherCurveIsRefused() throws Exception {
        TestKeys.Pair p384 = TestKeys.ec("secp384r1", folder, "p384");

        assertThatThrownBy(() -> SigningKey.read(p384.privateKey())).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("on another curve than NIST P-256");
        assertThatThrownBy(() -> VerifyingKey.read(p384.publicKey())).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("on another curve than NIST P-256");
    }

    @Test
    void aDamagedKeyIsRefused() throws Exception {
        Path damaged = folder.resolve("damaged.pem");
        Files.writeString(damaged, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> SigningKey.read(damaged)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("is not an Ed25519 or ECDSA PKCS#8 key (an RSA key, or damaged)");
    }
}
