package dev.modelops.mojo;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Builds one inventory and compliance report across the modules of a multi-module build, in the manner of
 * JaCoCo's {@code report-aggregate}: run in a reporting module, it reads the {@code target/modelops/results.json}
 * that {@code modelops:check} wrote in every module of the build this module depends on (directly or through other
 * modules), and this module's own if it has one, and writes {@code index.html}, {@code inventory.pdf} (PDF/A-3a)
 * and {@code inventory.json} to {@code target/modelops-aggregate/}, linking each module's own report. The reporting
 * module must declare the model modules as dependencies ({@code <type>pom</type>} for pom-packaged ones): that is
 * what makes Maven build them first, also in a parallel build ({@code -T 4}), so the aggregate only reads what is
 * complete. A module it depends on that has no {@code results.json} is skipped with a warning. The aggregate
 * reports the modules' violations; it never fails the build on them (each module's own check does).
 *
 * <p>In the reporting module, bound to the {@code verify} phase:</p>
 *
 * <pre>
 * &lt;dependencies&gt;
 *   &lt;dependency&gt;
 *     &lt;groupId&gt;com.example.bank&lt;/groupId&gt;
 *     &lt;artifactId&gt;credit-risk-models&lt;/artifactId&gt;
 *     &lt;version&gt;${project.version}&lt;/version&gt;
 *     &lt;type&gt;pom&lt;/type&gt;
 *   &lt;/dependency&gt;
 * &lt;/dependencies&gt;
 * &lt;build&gt;
 *   &lt;plugins&gt;
 *     &lt;plugin&gt;
 *       &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *       &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *       &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *       &lt;executions&gt;
 *         &lt;execution&gt;
 *           &lt;goals&gt;&lt;goal&gt;aggregate&lt;/goal&gt;&lt;/goals&gt;
 *         &lt;/execution&gt;
 *       &lt;/executions&gt;
 *     &lt;/plugin&gt;
 *   &lt;/plugins&gt;
 * &lt;/build&gt;
 * </pre>
 */
@Mojo(name = "aggregate", aggregator = false, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class AggregateMojo extends AbstractInventoryMojo {

    /** Where the aggregate is written; the folder is replaced as a whole on each successful run. */
    @Parameter(property = "modelops.aggregateOutputDirectory",
            defaultValue = "${project.build.directory}/modelops-aggregate")
    private File outputDirectory;

    /** The title of the aggregate: what the inventory is of. Defaults to the reporting module's name. */
    @Parameter(property = "modelops.aggregate.title")
    private String title;

    @Override
    protected String goalName() {
        return "aggregate";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        MavenProject project = project();
        Path base = base();
        Path output = output(outputDirectory);
        AggregateSources.Collected collected = AggregateSources.collect(project, session().getProjects(), output);
        for (MavenProject skipped : collected.skipped()) {
            getLog().warn("Module " + ReactorModules.coordinates(skipped) + " has no "
                    + base.relativize(AggregateSources.reportFolder(skipped).resolve("results.json")).toString()
                            .replace('\\', '/')
                    + ": skipped (does it run modelops:check, and is it built in this run?)");
        }
        if (collected.sources().isEmpty()) {
            getLog().warn("No module this one depends on has published results: the aggregate lists no model. "
                    + "Declare the model modules as dependencies of " + project.getArtifactId()
                    + " (<type>pom</type> for pom-packaged modules)");
        }
        InventoryRun.publish(goalName(), settings(title, collected.sources(), output), getLog());
    }
}
