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
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to compute its SHA-256", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
