package dev.modelops.mojo;

import dev.modelops.pipeline.InventoryOutcome;
import dev.modelops.pipeline.InventorySource;
import dev.modelops.render.InventoryFigures;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Builds the enterprise model inventory from what each team's build already published: resolves the
 * {@code results.json} that {@code modelops:check} attached to each project (type {@code json}, classifier
 * {@code modelops-results}) from this project's repositories, for the projects named in {@code artifacts} and
 * those a BOM's {@code dependencyManagement} lists, and writes one inventory and compliance report across all of
 * them ({@code index.html}, {@code inventory.pdf} as PDF/A-3a, {@code inventory.json}) to
 * {@code target/modelops-inventory/}. A project that cannot be resolved, or that published no results, fails the
 * goal with the coordinates and the repositories tried ({@code skipMissing} makes it a warning). The inventory
 * reports the projects' violations; it fails on them only when {@code failOnBlocking} is set.
 *
 * <p>In an inventory project whose {@code <repositories>} name where the teams deploy:</p>
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.modelops&lt;/groupId&gt;
 *   &lt;artifactId&gt;modelops-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;inventory&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;
 *         &lt;artifacts&gt;&lt;artifact&gt;com.example.bank:credit-risk-models:2026.11.0&lt;/artifact&gt;&lt;/artifacts&gt;
 *         &lt;bom&gt;com.example.bank:governed-models:2026.11&lt;/bom&gt;
 *       &lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "inventory", threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class InventoryMojo extends AbstractInventoryMojo {

    /** The projects to inventory, each as {@code groupId:artifactId:version} (comma-separated on the command line). */
    @Parameter(property = "modelops.inventory.artifacts")
    private List<String> artifacts;

    /**
     * A BOM, as {@code groupId:artifactId:version} of a deployed POM: every project its {@code dependencyManagement}
     * lists is inventoried, with those of {@code artifacts}.
     */
    @Parameter(property = "modelops.inventory.bom")
    private String bom;

    /** Where the inventory is written; the folder is replaced as a whole on each successful run. */
    @Parameter(property = "modelops.inventoryOutputDirectory",
            defaultValue = "${project.build.directory}/modelops-inventory")
    private File outputDirectory;

    /** What the inventory is of, shown as its title. Defaults to this project's name. */
    @Parameter(property = "modelops.inventory.title")
    private String title;

    /**
     * Whether a project whose results cannot be resolved is left out with a warning instead of failing the goal
     * (for a BOM that also manages projects without models).
     */
    @Parameter(property = "modelops.inventory.skipMissing", defaultValue = "false")
    private boolean skipMissing;

    /**
     * Whether the goal fails, once the inventory is written, when a model of an inventoried project has a blocking
     * violation (as its own build decided). By default the inventory only reports them.
     */
    @Parameter(property = "modelops.inventory.failOnBlocking", defaultValue = "false")
    private boolean failOnBlocking;

    private final RepositorySystem repositorySystem;

    @Inject
    public InventoryMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goalName() {
        return "inventory";
    }

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        PublishedResultsResolver resolver = new PublishedResultsResolver(repositorySystem,
                session().getRepositorySession(), project().getRemoteProjectRepositories());
        List<InventorySource> sources = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ProjectCoordinates coordinates : projects(resolver)) {
            PublishedResultsResolver.Resolution resolution = resolver.resolve(coordinates);
            if (resolution.file() != null) {
                sources.add(new InventorySource(coordinates.toString(), coordinates.toString(), resolution.file(),
                        coordinates.resultsArtifact(), null));
            } else if (skipMissing) {
                getLog().warn("Left out of the inventory (modelops.inventory.skipMissing): " + resolution.failure());
            } else {
                failures.add(resolution.failure());
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("modelops:inventory cannot resolve the published results of "
                    + failures.size() + (failures.size() == 1 ? " project:\n" : " projects:\n")
                    + String.join("\n", failures) + "\nNo inventory was written.");
        }
        InventoryOutcome outcome = InventoryRun.publish(goalName(), settings(title, sources, output(outputDirectory)),
                getLog());
        InventoryFigures figures = outcome.figures();
        if (failOnBlocking && !figures.releasable()) {
            StringBuilder message = new StringBuilder().append(figures.blockingModels().size())
                    .append(figures.blockingModels().size() == 1 ? " inventoried model has" : " inventoried models have")
                    .append(" blocking violations (modelops.inventory.failOnBlocking):");
            for (InventoryFigures.ModelFigures model : figures.blockingModels()) {
                message.append("\n  ").append(model.model().id()).append(" of ").append(model.source().label())
                        .append(": ").append(InventoryRun.count(model.blocking(), "blocking violation", "blocking violations"));
            }
            message.append("\nSee the inventory: ").append(outcome.indexHtml());
            throw new MojoFailureException(message.toString());
        }
    }

    /** The projects named by {@code artifacts} and the BOM, sorted, each once. */
    private List<ProjectCoordinates> projects(PublishedResultsResolver resolver) throws MojoFailureException {
        TreeSet<ProjectCoordinates> projects = new TreeSet<>();
        if (artifacts != null) {
            for (String text : artifacts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                projects.add(ProjectCoordinates.parse(text).orElseThrow(() -> new MojoFailureException(
                        "modelops.inventory.artifacts names '" + text.strip() + "', expected groupId:artifactId:version "
                                + "(for example com.example.bank:credit-models:4.1.0)")));
            }
        }
        if (bom != null && !bom.isBlank()) {
            ProjectCoordinates coordinates = ProjectCoordinates.parse(bom).orElseThrow(() -> new MojoFailureException(
                    "modelops.inventory.bom is '" + bom.strip() + "', expected groupId:artifactId:version of a BOM"));
            try {
                List<ProjectCoordinates> managed = resolver.managedBy(coordinates);
                if (managed.isEmpty()) {
                    getLog().warn("The BOM " + coordinates + " (modelops.inventory.bom) manages no project");
                }
                projects.addAll(managed);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("modelops:inventory: " + e.getMessage());
            }
        }
        if (projects.isEmpty()) {
            throw new MojoFailureException("modelops:inventory has no project to inventory: set "
                    + "modelops.inventory.artifacts (groupId:artifactId:version, ...) or modelops.inventory.bom");
        }
        return new ArrayList<>(projects);
    }
}
