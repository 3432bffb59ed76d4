package dev.modelops.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** Parameter wiring of modelops:check, as Maven configures it from a POM. */
@MojoTest
class CheckMojoTest {

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-configured/pom.xml")
    void everyParameterIsReadFromThePluginConfiguration(CheckMojo mojo) throws Exception {
        assertThat(((File) getVariableValueFromObject(mojo, "modelsDirectory")).toPath()).endsWithRaw(Path.of("governance", "models"));
        assertThat((List<String>) getVariableValueFromObject(mojo, "packs")).containsExactly("core");
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
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/mojo/check-skipped/pom.xml")
    void skipStopsBeforeReadingAnyInput(CheckMojo mojo) throws Exception {
        assertThat(mojo.isSkip()).isTrue();
        // The models directory does not exist: without the skip this would fail the build.
        mojo.execute();
    }
}
