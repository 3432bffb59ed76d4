package dev.modelops.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest every output and check of the plugin names files and texts by: of bytes, of a text's
 * UTF-8 bytes, or of a stream read to its end (a model of gigabytes is never held in memory).
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The digest of {@code bytes}, lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The digest of {@code text}'s UTF-8 bytes, lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of what is left of {@code in}, read in a stream; lower-case hex. The stream is not closed. */
    public static String hex(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        DigestInputStream digesting = new DigestInputStream(in, digest);
        digesting.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 {@link MessageDigest}. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
