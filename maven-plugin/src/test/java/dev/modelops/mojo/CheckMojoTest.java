package dev.modelops.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter wiring of modelops:check, as Maven configures it from a POM. */
@MojoTest
class CheckMojoTest {

    @TempDir
    Path output;

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-configured/pom.xml")
    void everyParameterIsReadFromThePluginConfiguration(CheckMojo mojo) throws Exception {
        assertThat(((File) getVariableValueFromObject(mojo, "modelsDirectory")).toPath()).endsWithRaw(Path.of("governance", "models"));
        assertThat((List<String>) getVariableValueFromObject(mojo, "packs")).containsExactly("core");
        assertThat((List<String>) getVariableValueFromObject(mojo, "importers")).containsExactly("huggingface", "openlineage");
        List<File> ruleFiles = getVariableValueFromObject(mojo, "ruleFiles");
        assertThat(ruleFiles).singleElement()
                .satisfies(file -> assertThat(file.toPath()).endsWithRaw(Path.of("governance", "team-rules.yaml")));
        assertThat((String) getVariableValueFromObject(mojo, "failOnSeverity")).isEqualTo("medium");
        assertThat((Boolean) getVariableValueFromObject(mojo, "haltOnFailure")).isFalse();
        assertThat(((File) getVariableValueFromObject(mojo, "outputDirectory")).toPath()).endsWithRaw(Path.of("reports", "governance"));
        assertThat((String) getVariableValueFromObject(mojo, "asOf")).isEqualTo("2026-06-30T00:00:00Z");
        assertThat(((File) getVariableValueFromObject(mojo, "waiversFile")).toPath()).endsWithRaw(Path.of("governance", "waivers.yaml"));
        assertThat((Boolean) getVariableValueFromObject(mojo, "failOnUnusedWaiver")).isTrue();
        assertThat(mojo.isSkip()).isFalse();
        assertThat((Boolean) getVariableValueFromObject(mojo, "attach")).isTrue();
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-configured/pom.xml")
    void attachesEachModelsBomWithItsClassifierThroughMavensProjectHelper(CheckMojo mojo) throws Exception {
        MavenProjectHelper helper = getVariableValueFromObject(mojo, "projectHelper");
        assertThat(helper).as("MavenProjectHelper injected through the constructor").isNotNull();
        MavenProject project = new MavenProject();
        project.setGroupId("com.example.bank");
        project.setArtifactId("credit-models");
        project.setVersion("4.1.0");
        project.setArtifact(new DefaultArtifact("com.example.bank", "credit-models", "4.1.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar")));
        Files.createDirectories(output.resolve("bom"));
        Files.writeString(output.resolve("bom/credit-scoring.cdx.json"), "{}");
        Files.writeString(output.resolve("bom/fraud-alerts.cdx.json"), "{}");

        // churn has no BOM (a run with custom writers): nothing is attached for it.
        List<String> classifiers = ReportAttachments.attachBoms(helper, project, output,
                List.of("churn", "credit-scoring", "fraud-alerts"));

        assertThat(classifiers).containsExactly("mlbom-credit-scoring", "mlbom-fraud-alerts");
        assertThat(project.getAttachedArtifacts()).extracting(Artifact::getClassifier, Artifact::getType,
                        artifact -> artifact.getArtifactHandler().getExtension(), artifact -> artifact.getFile().toPath())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mlbom-credit-scoring", "json", "json",
                                output.resolve("bom/credit-scoring.cdx.json")),
                        org.assertj.core.groups.Tuple.tuple("mlbom-fraud-alerts", "json", "json",
                                output.resolve("bom/fraud-alerts.cdx.json")));
        assertThat(project.getAttachedArtifacts()).allSatisfy(artifact -> {
            assertThat(artifact.getGroupId()).isEqualTo("com.example.bank");
            assertThat(artifact.getArtifactId()).isEqualTo("credit-models");
            assertThat(artifact.getVersion()).isEqualTo("4.1.0");
        });
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-configured/pom.xml")
    void attachesResultsJsonWithTheClassifierTheInventoryResolves(CheckMojo mojo) throws Exception {
        MavenProjectHelper helper = getVariableValueFromObject(mojo, "projectHelper");
        MavenProject project = new MavenProject();
        project.setGroupId("com.example.bank");
        project.setArtifactId("credit-models");
        project.setVersion("4.1.0");
        project.setArtifact(new DefaultArtifact("com.example.bank", "credit-models", "4.1.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar")));
        assertThat(ReportAttachments.attachResults(helper, project, output)).as("no results.json yet").isNull();
        Files.writeString(output.resolve("results.json"), "{}");

        assertThat(ReportAttachments.attachResults(helper, project, output)).isEqualTo("modelops-results");

        assertThat(project.getAttachedArtifacts()).singleElement().satisfies(artifact -> {
            assertThat(artifact.getClassifier()).isEqualTo("modelops-results");
            assertThat(artifact.getType()).isEqualTo("json");
            assertThat(artifact.getArtifactHandler().getExtension()).isEqualTo("json");
            assertThat(artifact.getFile().toPath()).isEqualTo(output.resolve("results.json"));
        });
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-not-attached/pom.xml")
    void attachingCanBeSwitchedOff(CheckMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "attach")).isFalse();
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-skipped/pom.xml")
    void skipStopsBeforeReadingAnyInput(CheckMojo mojo) throws Exception {
        assertThat(mojo.isSkip()).isTrue();
        // The models directory does not exist: without the skip this would fail the build.
        mojo.execute();
    }
}
