package dev.modelops.attest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Key pairs generated for a test and written as the PEM files a project would supply. */
final class TestKeys {

    /** A generated pair and the files it was written to. */
    record Pair(KeyPair keys, Path privateKey, Path publicKey) {
    }

    private TestKeys() {
    }

    static Pair ed25519(Path folder, String name) throws GeneralSecurityException, IOException {
        return write(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), folder, name);
    }

    static Pair p256(Path folder, String name) throws GeneralSecurityException, IOException {
        return ec("secp256r1", folder, name);
    }

    static Pair ec(String curve, Path folder, String name) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return write(generator.generateKeyPair(), folder, name);
    }

    static Pair rsa(Path folder, String name) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return write(generator.generateKeyPair(), folder, name);
    }

    private static Pair write(KeyPair keys, Path folder, String name) throws IOException {
        Path privateKey = folder.resolve(name + ".pem");
        Path publicKey = folder.resolve(name + ".pub.pem");
        Files.writeString(privateKey, PemFiles.write("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.writeString(publicKey, PemFiles.write("PUBLIC KEY", keys.getPublic().getEncoded()));
        return new Pair(keys, privateKey, publicKey);
    }
}
