package dev.modelops.attest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** The DER bytes inside a PEM file ({@code -----BEGIN PRIVATE KEY-----} ... {@code -----END PRIVATE KEY-----}). */
final class PemFiles {

    /** Key files are a few hundred bytes; anything much larger is not a key. */
    private static final long MAX_BYTES = 64 * 1024;

    private PemFiles() {
    }

    /** The DER of the first block labelled {@code label}; {@code expected} describes the file for the messages. */
    static byte[] read(Path file, String label, String expected) throws KeyFileException {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new KeyFileException(file + " is not a file; expected " + expected);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new KeyFileException(file + " is " + Files.size(file) + " bytes, too large for a key file; expected "
                        + expected);
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyFileException("Cannot read " + file + " (" + e.getMessage() + "); expected " + expected);
        }
        if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new KeyFileException(file + " holds an encrypted private key, which cannot be read without its "
                    + "password; expected " + expected + ", unencrypted (for example: openssl pkcs8 -topk8 -nocrypt)");
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = text.indexOf(begin);
        int stop = start < 0 ? -1 : text.indexOf(end, start);
        if (start < 0 || stop < 0) {
            String found = text.contains("-----BEGIN ") ? "a PEM block labelled "
                    + text.substring(text.indexOf("-----BEGIN ") + 11).split("-----", 2)[0] : "no PEM block";
            throw new KeyFileException(file + " has " + found + "; expected " + expected + " (a '" + begin
                    + "' block)");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), stop));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file + " has a '" + begin + "' block that is not valid Base64 ("
                    + e.getMessage() + "); expected " + expected);
        }
    }

    /** {@code bytes} as a PEM block, lines of 64 characters, {@code \n} line endings. */
    static String write(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
