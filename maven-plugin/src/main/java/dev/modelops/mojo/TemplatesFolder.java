package dev.modelops.mojo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/** The {@code modelops.templatesDirectory} of a goal, resolved against the project and checked to be a folder. */
final class TemplatesFolder {

    private TemplatesFolder() {
    }

    /** The folder, or {@code null} when the parameter is not set. */
    static Path resolve(Path base, File templatesDirectory) throws MojoFailureException {
        if (templatesDirectory == null) {
            return null;
        }
        Path folder = base.resolve(templatesDirectory.toPath()).normalize();
        if (!Files.isDirectory(folder)) {
            throw new MojoFailureException("modelops.templatesDirectory is " + folder + ", which is not a folder; "
                    + "expected the folder of the project's own templates (for example src/main/modelops/templates)");
        }
        return folder;
    }
}
