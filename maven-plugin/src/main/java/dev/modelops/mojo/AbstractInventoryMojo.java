package dev.modelops.mojo;

import dev.modelops.pipeline.InventorySettings;
import dev.modelops.pipeline.InventorySource;
import dev.modelops.render.ReportOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the two goals that report across projects share, {@code aggregate} (the modules of this build) and
 * {@code inventory} (projects published to a repository): the date, the PDF switch, the branding and the
 * settings they give the inventory report. Each goal finds its own sources.
 */
public abstract class AbstractInventoryMojo extends AbstractModelOpsMojo {

    /**
     * The instant the report is dated with (ISO-8601); days left on waivers count from it. Defaults to
     * {@code project.build.outputTimestamp}; without either, the latest "as of" of the results it reads, so the
     * report stays reproducible.
     */
    @Parameter(property = "modelops.asOf")
    private String asOf;

    /** Whether {@code inventory.pdf} (PDF/A-3a, with {@code inventory.json} attached) is written. */
    @Parameter(property = "modelops.pdf", defaultValue = "true")
    private boolean pdf;

    /**
     * A folder of the project's own templates, as for {@code modelops:check}: its
     * {@code html/fragments/branding.html} and {@code css/custom.css} brand this report too, and an
     * {@code html/inventory/index.html} there replaces its page. The folder must exist when set.
     */
    @Parameter(property = "modelops.templatesDirectory")
    private File templatesDirectory;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    MavenProject project() {
        return project;
    }

    MavenSession session() {
        return session;
    }

    /** The project's folder, which relative paths are read from. */
    Path base() {
        return project.getBasedir().toPath();
    }

    /** {@code outputDirectory} resolved against the project's folder. */
    Path output(File outputDirectory) {
        return base().resolve(outputDirectory.toPath()).normalize();
    }

    /**
     * The report's settings: {@code title} (this project's name when blank), the date, {@code sources} and where
     * it goes.
     */
    InventorySettings settings(String title, List<InventorySource> sources, Path output)
            throws MojoFailureException {
        String shown = title == null || title.isBlank()
                ? (project.getName() == null ? project.getArtifactId() : project.getName()) : title.strip();
        return new InventorySettings(shown, AsOfInstant.resolve(asOf, outputTimestamp).orElse(null), sources, output,
                new ReportOptions(pdf, TemplatesFolder.resolve(base(), templatesDirectory)));
    }
}
