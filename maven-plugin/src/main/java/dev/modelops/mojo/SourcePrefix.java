package dev.modelops.mojo;

import java.io.File;
import java.nio.file.Path;

/**
 * A project's folder as code scanning sees it: relative to the source root (the repository's top folder), with
 * forward slashes and a trailing slash, {@code sample-project/credit-risk/}; empty for the root project, and for a
 * project outside the source root (its paths then stay relative to its own folder).
 */
final class SourcePrefix {

    private SourcePrefix() {
    }

    static String of(File sourceRoot, Path baseDirectory) {
        if (sourceRoot == null) {
            return "";
        }
        Path root = sourceRoot.toPath().toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        if (!base.startsWith(root) || base.equals(root)) {
            return "";
        }
        return root.relativize(base).toString().replace('\\', '/') + "/";
    }
}
