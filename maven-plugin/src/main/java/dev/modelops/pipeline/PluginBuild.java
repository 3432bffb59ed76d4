package dev.modelops.pipeline;

import dev.modelops.load.ProjectFiles;
import dev.modelops.render.PluginRelease;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of the plugin is running, for the run digest: its version ({@link PluginRelease}, filled in by the
 * build), and the SHA-256 of the plugin jar itself. The version alone is not enough: a {@code -SNAPSHOT} rebuilt with
 * a changed template or renderer keeps its version, and its reports must still be rendered again. Run from a
 * classes folder (tests, an IDE) there is no jar to hash and the identity says so; such runs are development
 * runs, not builds whose reports anyone relies on.
 */
final class PluginBuild {

    private static volatile String identity;

    private PluginBuild() {
    }

    /** {@code modelops-maven-plugin 0.1.0 jar sha256 3f4c…}, the same for every run of one jar. */
    static String identity() {
        String known = identity;
        if (known == null) {
            known = "modelops-maven-plugin " + version() + " " + code();
            identity = known;
        }
        return known;
    }

    private static String version() {
        return PluginRelease.current().version();
    }

    private static String code() {
        CodeSource source = PluginBuild.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "(code source unknown)";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? "jar sha256 " + ProjectFiles.sha256(location) : "(classes folder)";
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "(code source " + source.getLocation() + ")";
        }
    }
}
