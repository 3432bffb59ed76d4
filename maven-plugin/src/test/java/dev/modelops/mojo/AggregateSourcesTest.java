package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.pipeline.InventorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which modules' results a reporting module aggregates: the modules of the build it depends on, directly or
 * through another module, found by coordinates (a version range too), never a library from a repository, never
 * a module it does not depend on; its own results too; a module without results skipped.
 */
class AggregateSourcesTest {

    @TempDir
    Path build;

    @Test
    void collectsTheModulesDependedOnTransitivelyAndItsOwnSortedAndLinkedRelatively() throws Exception {
        MavenProject scoring = module("credit-scoring", "1.0.0", true);
        MavenProject fraud = module("fraud", "1.0.0", true);
        MavenProject shared = module("shared-models", "1.0.0", true);
        MavenProject unrelated = module("unrelated", "1.0.0", true);
        MavenProject report = module("report", "1.0.0", true);
        depend(report, "fraud", "1.0.0");
        depend(report, "credit-scoring", "[1.0,2.0)");
        depend(report, "commons-lang3", "3.17.0"); // a library from a repository, not a module of the build
        depend(fraud, "shared-models", "1.0.0");

        AggregateSources.Collected collected = AggregateSources.collect(report,
                List.of(report, unrelated, shared, fraud, scoring), build.resolve("report/target/modelops-aggregate"));

        assertThat(collected.skipped()).isEmpty();
        assertThat(collected.sources()).extracting(InventorySource::label).containsExactly(
                "com.example:credit-scoring:1.0.0", "com.example:fraud:1.0.0", "com.example:shared-models:1.0.0",
                "com.example:report:1.0.0");
        InventorySource first = collected.sources().get(0);
        assertThat(first.coordinates()).isEqualTo("com.example:credit-scoring:1.0.0");
        assertThat(first.displayName()).isEqualTo("../credit-scoring/target/modelops/results.json");
        assertThat(first.reportHref()).isEqualTo("../../../credit-scoring/target/modelops/index.html");
        assertThat(first.resultsFile()).isEqualTo(build.resolve("credit-scoring/target/modelops/results.json"));
        assertThat(collected.sources().get(3).reportHref()).as("its own report").isEqualTo("../modelops/index.html");
    }

    @Test
    void aModuleWithoutResultsIsSkippedAndAVersionThatDoesNotMatchIsNotTheModule() throws Exception {
        MavenProject scoring = module("credit-scoring", "1.0.0", false);
        MavenProject fraud = module("fraud", "2.0.0", true);
        MavenProject report = module("report", "1.0.0", false);
        depend(report, "credit-scoring", "1.0.0");
        depend(report, "fraud", "1.0.0"); // the published 1.0.0 from a repository, not this build's 2.0.0

        AggregateSources.Collected collected = AggregateSources.collect(report, List.of(report, fraud, scoring),
                build.resolve("report/target/modelops-aggregate"));

        assertThat(collected.sources()).isEmpty();
        assertThat(collected.skipped()).containsExactly(scoring);
    }

    @Test
    void dependencyCyclesThroughTheReportingModuleEndTheWalk() throws Exception {
        MavenProject scoring = module("credit-scoring", "1.0.0", true);
        MavenProject report = module("report", "1.0.0", false);
        depend(report, "credit-scoring", "1.0.0");
        depend(scoring, "report", "1.0.0");

        assertThat(ReactorModules.dependedOn(report, List.of(report, scoring))).containsExactly(scoring);
    }

    private MavenProject module(String artifactId, String version, boolean withResults) throws Exception {
        MavenProject project = new MavenProject();
        project.setGroupId("com.example");
        project.setArtifactId(artifactId);
        project.setVersion(version);
        Path folder = Files.createDirectories(build.resolve(artifactId));
        project.setFile(folder.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(folder.resolve("target").toString());
        if (withResults) {
            Path report = Files.createDirectories(folder.resolve("target/modelops"));
            Files.writeString(report.resolve("results.json"), "{}");
            Files.writeString(report.resolve("index.html"), "<html/>");
        }
        return project;
    }

    private static void depend(MavenProject project, String artifactId, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId(artifactId.equals("commons-lang3") ? "org.apache.commons" : "com.example");
        dependency.setArtifactId(artifactId);
        dependency.setVersion(version);
        dependency.setType("pom");
        project.getDependencies().add(dependency);
    }
}
