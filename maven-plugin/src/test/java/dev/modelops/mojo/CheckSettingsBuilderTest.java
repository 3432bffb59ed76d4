package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.pipeline.CheckSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameters check and report share, turned into settings the same way for both goals. */
class CheckSettingsBuilderTest {

    private static final Instant BUILD_START = Instant.parse("2026-12-01T09:30:00Z");

    @TempDir
    Path base;

    private MavenProject project;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void project() {
        project = new MavenProject();
        project.setArtifactId("credit-models");
        project.setFile(base.resolve("pom.xml").toFile());
    }

    private CheckSettingsBuilder builder() {
        return new CheckSettingsBuilder(project, new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        }).modelsDirectory(new File("src/main/models")).packs(List.of("core")).failOnSeverity("high")
                .asOf(null, "2026-11-20T00:00:00Z", () -> BUILD_START);
    }

    @Test
    void relativePathsAreTheProjectsAndPackNamesAreNormalised() throws Exception {
        CheckSettings settings = builder()
                .packs(List.of(" SR-11-7 ", "", "core"))
                .ruleFiles(List.of(new File("governance/team-rules.yaml")))
                .importers(List.of("huggingface"))
                .pdf(false)
                .build(new File("target/site/modelops"));

        assertThat(settings.projectName()).isEqualTo("credit-models");
        assertThat(settings.modelsDirectory()).isEqualTo(base.resolve("src/main/models"));
        assertThat(settings.packs()).containsExactly("sr-11-7", "core");
        assertThat(settings.ruleFiles()).containsExactly(base.resolve("governance/team-rules.yaml"));
        assertThat(settings.outputDirectory()).isEqualTo(base.resolve("target/site/modelops"));
        assertThat(settings.importers()).containsExactly("huggingface");
        assertThat(settings.failOnSeverity()).isEqualTo(Severity.HIGH);
        assertThat(settings.reports().pdf()).isFalse();
        assertThat(settings.reports().templatesDirectory()).isNull();
    }

    @Test
    void theSarifPathsStartAtTheSourceRoot() throws Exception {
        CheckSettings settings = builder().sourceRoot(base.getParent().toFile()).build(new File("target/modelops"));

        assertThat(settings.reports().sourcePrefix()).isEqualTo(base.getFileName() + "/");
        assertThat(builder().build(new File("target/modelops")).reports().sourcePrefix()).isEmpty();
    }

    @Test
    void withoutAWaiversFileTheDefaultOneIsReadOnlyIfItExists() throws Exception {
        CheckSettings byDefault = builder().build(new File("target/modelops"));
        CheckSettings named = builder().waiversFile(new File("governance/waivers.yaml")).build(new File("target/modelops"));

        assertThat(byDefault.waiversFile()).isEqualTo(base.resolve("src/main/modelops/waivers.yaml"));
        assertThat(byDefault.waiversFileRequired()).isFalse();
        assertThat(named.waiversFile()).isEqualTo(base.resolve("governance/waivers.yaml"));
        assertThat(named.waiversFileRequired()).isTrue();
    }

    @Test
    void asOfWinsOverTheOutputTimestampWhichWinsOverTheBuildStartWithAWarning() throws Exception {
        assertThat(builder().asOf("2026-06-30T00:00:00Z", "2026-11-20T00:00:00Z", () -> BUILD_START)
                .build(new File("target")).asOf()).isEqualTo(Instant.parse("2026-06-30T00:00:00Z"));
        assertThat(builder().build(new File("target")).asOf()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(warnings).isEmpty();

        assertThat(builder().asOf(null, null, () -> BUILD_START).build(new File("target")).asOf()).isEqualTo(BUILD_START);
        assertThat(warnings).singleElement().asString()
                .contains("Neither modelops.asOf nor project.build.outputTimestamp is set", BUILD_START.toString());
    }

    @Test
    void aSigningKeyIsReadRelativeToTheProjectAndAnUnreadableOneIsAFailureNamingTheFile() throws Exception {
        java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        java.nio.file.Files.writeString(base.resolve("signing.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        CheckSettings signed = builder().signingKey(new File("signing.pem")).build(new File("target"));

        assertThat(signed.reports().signingKey().file()).isEqualTo(base.resolve("signing.pem"));
        assertThat(builder().build(new File("target")).reports().signingKey()).isNull();
        assertThatThrownBy(() -> builder().signingKey(new File("keys/missing.pem")).build(new File("target")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("modelops.signingKey cannot be used: " + base.resolve("keys/missing.pem")
                        + " is not a file; expected an unencrypted PKCS#8 PEM private key");
    }

    @Test
    void aWrongValueNamesItsParameterAndWhatWasExpected() {
        assertThatThrownBy(() -> builder().failOnSeverity("severe").build(new File("target")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("modelops.failOnSeverity is 'severe', expected one of info, low, medium, high, critical");
        assertThatThrownBy(() -> builder().asOf("next tuesday", null, () -> BUILD_START).build(new File("target")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("modelops.asOf is 'next tuesday', expected an ISO-8601 instant");
        assertThatThrownBy(() -> builder().templatesDirectory(new File("branding")).build(new File("target")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("modelops.templatesDirectory is " + base.resolve("branding"))
                .hasMessageContaining("which is not a folder");
    }

    @Test
    void theTemplatesFolderIsKeptWhenItExists() throws Exception {
        Files.createDirectories(base.resolve("branding"));

        CheckSettings settings = builder().templatesDirectory(new File("branding")).build(new File("target"));

        assertThat(settings.reports().templatesDirectory()).isEqualTo(base.resolve("branding"));
    }

    @Test
    void unusableInputIsOneLinePerProblemUnderTheGoalsName() {
        InvalidInputException problems = new InvalidInputException(List.of(
                new InputProblem(new SourceLocation("src/main/models/a/model.yaml", 3, 5, ""), "malformed YAML",
                        "well-formed YAML"),
                new InputProblem(new SourceLocation("src/main/models/b/model.yaml", 1, 1, ""), "no id", "an id")));

        String message = CheckSettingsBuilder.inputFailureMessage("report", problems);

        assertThat(message).startsWith("modelops:report cannot use its inputs as written (2 problems):\n  ")
                .contains("\n  " + problems.problems().get(0).describe(), "\n  " + problems.problems().get(1).describe())
                .endsWith("\nNo report was written; fix the input and run again.");
    }
}
