package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMetadataReaderTest {

    @TempDir
    Path dir;

    private final ModelMetadataReader reader = new ModelMetadataReader(new StructuredFileParser(), new SchemaValidator());

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("model.yaml"), text);
    }

    @Test
    void minimalModelHasEmptyListsAndNoTexts() throws IOException {
        ModelMetadata metadata = reader.read(new SourceFile(yaml("id: m\nname: M\nversion: '1'\n"), "model.yaml"));
        assertThat(metadata.id()).isEqualTo("m");
        assertThat(metadata.people()).isEmpty();
        assertThat(metadata.approvals()).isEmpty();
        assertThat(metadata.extensions()).isEmpty();
        assertThat(metadata.riskTier()).isNull();
        assertThat(metadata.artifact()).isNull();
    }

    @Test
    void recommendationsAreAnOptionalListOfTexts() throws IOException {
        ModelMetadata metadata = reader.read(new SourceFile(yaml(
                "id: m\nname: M\nversion: '1'\nrecommendations: [Re-check the age band AUC quarterly.]\n"), "model.yaml"));
        assertThat(metadata.recommendations()).containsExactly("Re-check the age band AUC quarterly.");
        assertThat(reader.read(new SourceFile(yaml("id: m\nname: M\nversion: '1'\n"), "model.yaml")).recommendations())
                .isEmpty();
        assertThat(problemsOf(() -> reader.read(new SourceFile(
                yaml("id: m\nname: M\nversion: '1'\nrecommendations: Review it.\n"), "model.yaml"))))
                .containsExactly("model.yaml:4:18: at /recommendations: found 'Review it.', expected a list");
    }

    @Test
    void unquotedYamlDatesBindAsDates() throws IOException {
        ModelMetadata metadata = reader.read(new SourceFile(yaml(
                "id: m\nname: M\nversion: '1'\napprovals:\n  - {by: P, date: 2026-09-14, decision: conditional}\n"), "model.yaml"));
        assertThat(metadata.approvals().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void loadInstructionsAndSchemaReferenceAreNotMetadata() throws IOException {
        Path file = Files.writeString(dir.resolve("model.json"), """
                {"$schema": "https://modelops.dev/schemas/model.schema.json", "id": "m", "name": "M", "version": "1",
                 "evaluationFiles": ["a.json"], "lineageFiles": ["l.yaml"]}
                """);
        assertThat(reader.read(new SourceFile(file, "model.json")).extensions()).isEmpty();
    }

    @Test
    void listedFilesKeepWhereTheyAreWritten() throws IOException {
        LocatedDocument document = reader.parse(new SourceFile(yaml("id: m\nevaluationFiles:\n  - a.json\n  - 7\n"), "model.yaml"));
        assertThat(ModelMetadataReader.listedFiles(document, ModelMetadataReader.EVALUATION_FILES)).hasValueSatisfying(
                files -> assertThat(files).containsExactly(
                        new FileReference("a.json", new SourceLocation("model.yaml", 3, 5, "/evaluationFiles/0"))));
        assertThat(ModelMetadataReader.listedFiles(document, ModelMetadataReader.LINEAGE_FILES)).isEmpty();
    }

    @Test
    void everySchemaViolationIsReportedAtItsLineAndPointer() {
        Path file = Fixtures.project("schema-violations").resolve("models/scorer/model.yaml");
        String shown = "models/scorer/model.yaml";
        List<String> problems = problemsOf(() -> reader.read(new SourceFile(file, shown)));
        assertThat(problems).containsExactly(
                shown + ":1:5: at /id: found 'Scorer One', expected an id of lower-case letters, digits, '.', '_' and '-' "
                        + "that starts with a letter or digit, such as credit-scoring",
                shown + ":3:10: at /version: found the number 1.1, expected a text "
                        + "(in YAML, put the value in quotes to keep it as text, such as \"3.10\" or \"yes\")",
                shown + ":4:11: at /riskTier: found 'extreme', expected one of low, medium, high, critical",
                shown + ":5:1: at /riskTeir: an unknown property 'riskTeir', expected one of id, name, version, type, task, "
                        + "description, license, riskTier, status, people, intendedUse, outOfScopeUses, limitations, "
                        + "ethicalConsiderations, recommendations, datasets, artifact, approvals, monitoring, vendor, affectsPeople, "
                        + "protectedAttributes, euAiAct, acceptanceCriteria, budgets, risks, humanOversight, cybersecurity, "
                        + "logging, changeLog, impactAssessment, baseline, evaluationFiles, monitoringFiles, lineageFiles, "
                        + "extensions (did you mean 'riskTier'?); free data of your own belongs under 'extensions'",
                shown + ":7:24: at /people/0/role: found 'boss', expected one of owner, developer, validator, approver",
                shown + ":9:23: at /approvals/0/date: found '2026-02-30', expected a real calendar date written YYYY-MM-DD",
                shown + ":10:38: at /artifact/sha256: found 'ABC123', expected a SHA-256 digest: 64 lower-case hexadecimal characters",
                shown + ":11:25: at /monitoring/frequency: found 'monthly', expected an ISO-8601 period such as P30D, P2W, P1M or P1Y");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsAProblem() throws IOException {
        assertThat(problemsOf(() -> reader.read(new SourceFile(yaml("- id: m\n"), "model.yaml")))).containsExactly(
                "model.yaml:1:1: found a list of 1 item, expected an object (key: value pairs)");
    }

    @Test
    void emptyAndNullValuesAreReportedAsSuch() throws IOException {
        assertThat(problemsOf(() -> reader.read(new SourceFile(yaml("id: m\nname:\nversion: '1'\n"), "model.yaml")))).containsExactly(
                "model.yaml:2:6: at /name: found an empty text, expected a non-empty text");
        assertThat(problemsOf(() -> reader.read(new SourceFile(yaml("id: m\nname: ~\nversion: '1'\n"), "model.yaml")))).containsExactly(
                "model.yaml:2:7: at /name: found an empty value, expected a text");
    }

    @Test
    void recognisesModelFileNames() {
        assertThat(ModelMetadataReader.isModelFile(Path.of("a/model.yml"))).isTrue();
        assertThat(ModelMetadataReader.isModelFile(Path.of("a/models.yaml"))).isFalse();
    }
}
