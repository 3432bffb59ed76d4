package dev.modelops.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Paths as reports show them (relative to the project, forward slashes) and file digests. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * {@code src/main/models/churn/model.yaml} for a file under the base directory; {@code ../governance/rules.yaml}
     * for a file beside it (a multi-module build's shared folder), so that reports name the same file the same way
     * wherever the checkout is; the absolute path only when no relative one exists (another drive).
     */
    public static String displayPath(Path baseDirectory, Path file) {
        Path absoluteBase = baseDirectory.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        boolean sameRoot = absoluteFile.getRoot() != null && absoluteFile.getRoot().equals(absoluteBase.getRoot());
        Path shown = sameRoot ? absoluteBase.relativize(absoluteFile) : absoluteFile;
        return shown.toString().replace('\\', '/');
    }

    /** The SHA-256 of a file's bytes as lower-case hex, read in a stream so large files are fine. */
    public static String sha256(Path file) {
        return digest(file, "SHA-256")[0];
    }

    /** A file's SHA-256 and MD5 as lower-case hex. */
    public record Digests(String sha256, String md5) {
    }

    /**
     * The SHA-256 and the MD5 (as DVC identifies files) of a file's bytes, both in one pass: a model binary of
     * several gigabytes is read once and never held in memory.
     */
    public static Digests digests(Path file) {
        String[] hex = digest(file, "SHA-256", "MD5");
        return new Digests(hex[0], hex[1]);
    }

    /** The digests of a file's bytes, read in a stream 64 KiB at a time, as lower-case hex. */
    private static String[] digest(Path file, String... algorithms) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest[] digests = new MessageDigest[algorithms.length];
            for (int i = 0; i < algorithms.length; i++) {
                digests[i] = MessageDigest.getInstance(algorithms[i]);
            }
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (MessageDigest digest : digests) {
                    digest.update(buffer, 0, read);
                }
            }
            String[] hex = new String[digests.length];
            for (int i = 0; i < digests.length; i++) {
                hex[i] = HexFormat.of().formatHex(digests[i].digest());
            }
            return hex;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to compute its " + String.join(" and ", algorithms), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no " + String.join(" or ", algorithms), e);
        }
    }
}
