package dev.modelops.pipeline;

import dev.modelops.load.ProjectFiles;
import dev.modelops.model.EvidenceManifest;
import dev.modelops.model.InputFile;
import dev.modelops.render.PluginRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parts of the evidence manifest that the loaders do not record: the files of the project's templates folder
 * (each a template the reports were rendered with) and the version of the shipped templates, which is the plugin's.
 */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** {@code modelops-maven-plugin 0.1.0}: the shipped templates are those of this plugin release. */
    static String shippedTemplates() {
        PluginRelease release = PluginRelease.current();
        return release.artifactId() + " " + release.version();
    }

    /** Every regular file under {@code folder} (none when null), its path shown relative to {@code base}. */
    static List<InputFile> templateFiles(Path base, Path folder) throws IOException {
        List<InputFile> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new InputFile(ProjectFiles.displayPath(base, file), EvidenceManifest.TEMPLATE_KIND,
                        ProjectFiles.sha256(file)));
            }
        }
        return files;
    }
}
