package dev.modelops.mojo;

import dev.modelops.load.ProjectFiles;
import dev.modelops.scaffold.ModelScaffold;
import dev.modelops.scaffold.ScaffoldRefusedException;
import dev.modelops.validate.ScaffoldPlaceholders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the governance record of a new model: creates {@code <modelsDirectory>/<model>/} with a commented
 * {@code model.yaml} naming every field the {@code core} pack checks, an example evaluation
 * ({@code evaluations/example.json}) and a lineage file ({@code lineage.yaml}). The values to fill in are
 * placeholders starting with {@code REPLACE:}; {@code modelops:check} reports each one left, with its line, so an
 * unfilled model never passes. Never overwrites: an existing folder fails the goal. Run it from the module that holds
 * the models ({@code mvn -pl <module> modelops:init ...} in a multi-module build).
 *
 * <p>From the command line, once the POM names the plugin (so that the {@code modelops:} prefix resolves):</p>
 *
 * <pre>
 * mvn modelops:init -Dmodelops.model=fraud-score
 * </pre>
 *
 * <p>or in full, without the POM naming it:</p>
 *
 * <pre>
 * mvn dev.modelops:modelops-maven-plugin:0.1.0-SNAPSHOT:init -Dmodelops.model=fraud-score
 * </pre>
 *
 * <p>where the POM names it:</p>
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *   &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractModelOpsMojo {

    /** The new model's id: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    @Parameter(property = "modelops.model", required = true)
    private String model;

    /** The folder holding one sub-folder per model; the new model's folder is created in it. */
    @Parameter(property = "modelops.modelsDirectory", defaultValue = "${project.basedir}/src/main/models")
    private File modelsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    protected String goalName() {
        return "init";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        if (session != null && session.getProjects().size() > 1) {
            throw new MojoFailureException("modelops:init would create model " + model + " in each of the "
                    + session.getProjects().size() + " modules of this build; run it in the module that holds the "
                    + "models: mvn -pl <module> " + "modelops:init -Dmodelops.model=" + model);
        }
        Path base = project.getBasedir().toPath();
        List<Path> created;
        try {
            created = new ModelScaffold().create(base.resolve(modelsDirectory.toPath()), model, base);
        } catch (ScaffoldRefusedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("modelops:init could not write the model folder: " + e.getMessage(), e);
        }
        getLog().info("Created model " + model + ":");
        created.forEach(file -> getLog().info("  " + ProjectFiles.displayPath(base, file)));
        getLog().info("Next: replace every value starting with '" + ScaffoldPlaceholders.MARKER
                + "' in these files (the comments say what goes there and which core rule needs it), replace the"
                + " example evaluation with real results, then run mvn verify; until then modelops:check names each"
                + " placeholder left, with its line");
    }
}
