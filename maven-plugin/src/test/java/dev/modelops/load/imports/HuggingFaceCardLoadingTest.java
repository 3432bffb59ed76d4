package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader on a project whose models are documented by Hugging Face cards: one governed from its card alone
 * (its {@code modelops} block), one with a native model.yaml next to its card.
 */
class HuggingFaceCardLoadingTest {

    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    private final Path base = project();
    private final List<GovernedModel> models = new ModelInventoryLoader(base, List.of(new HuggingFaceCardImporter()))
            .load(base.resolve("src/main/models"));

    private static Path project() {
        try {
            return Path.of(HuggingFaceCardLoadingTest.class.getClassLoader()
                    .getResource("imports/huggingface/card-project").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private GovernedModel model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aModelIsGovernedFromItsCardAlone() {
        GovernedModel model = model("sentiment-review");
        ModelMetadata metadata = model.metadata();

        assertThat(metadata.name()).isEqualTo("sentiment-review");
        assertThat(metadata.version()).isEqualTo("2.1.0");
        assertThat(metadata.riskTier()).isEqualTo("medium");
        assertThat(metadata.task()).isEqualTo("text-classification");
        assertThat(metadata.license()).isEqualTo("apache-2.0");
        assertThat(metadata.people()).extracting("name", "role").containsExactly(
                tuple("Sofia Lindqvist", "owner"), tuple("Kenji Watanabe", "developer"),
                tuple("Priya Raman", "validator"));
        assertThat(metadata.description()).startsWith("Classifies the sentiment of English customer reviews");
        assertThat(metadata.intendedUse()).isEqualTo("Weekly dashboards of review sentiment per app release, read by"
                + " the feedback team.");
        assertThat(metadata.outOfScopeUses()).containsExactly(
                "Decisions about individual customers; reviews in languages other than English.");
        assertThat(metadata.limitations()).singleElement().asString().startsWith("Sarcasm and mixed reviews");
        assertThat(metadata.datasets()).extracting(DatasetUse::name, DatasetUse::role).containsExactly(
                tuple("imdb", "training"), tuple("example-bank/app-store-reviews-2025", "training"),
                tuple("App store reviews (held out)", "test"), tuple("IMDB", "validation"));
        assertThat(metadata.artifact().format()).isEqualTo("safetensors");

        assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value, MetricResult::dataset,
                MetricResult::confidenceInterval).containsExactly(
                tuple("accuracy", 0.912, "App store reviews (held out)", null),
                tuple("f1", 0.894, "App store reviews (held out)", null),
                tuple("accuracy", 0.887, "IMDB", new ConfidenceInterval(0.883, 0.891, null)));
        assertThat(model.lineage().edges())
                .contains(new LineageEdge("distilbert/distilbert-base-uncased", "model-artifact"));
        assertThat(model.inputs()).extracting(InputFile::path, InputFile::kind).containsExactly(
                tuple("src/main/models/sentiment-review/README.md", "huggingface"));
        assertThat(model.documentation()).extracting(DocumentationSection::title).startsWith(
                "Sentiment review classifier", "Model Details", "Model Description", "Uses", "Direct Use");
        assertThat(model.inputWarnings()).isEmpty();

        // Findings point at the card's lines: the version in the modelops block, the licence in the front matter.
        assertThat(model.locate("/version").toString()).isEqualTo("src/main/models/sentiment-review/README.md:44:3");
        assertThat(model.locate("/license").line()).isEqualTo(4);
        assertThat(model.locate("/extensions/huggingface/base_model").line()).isEqualTo(13);
    }

    @Test
    void theNativeModelFileWinsOverTheCardKeyByKey() {
        GovernedModel model = model("complaint-router");
        ModelMetadata metadata = model.metadata();

        assertThat(metadata.name()).isEqualTo("Complaint routing model");
        assertThat(metadata.license()).isEqualTo("proprietary");
        assertThat(metadata.limitations()).containsExactly(
                "Only complaints written in English or German are routed; others go to the manual queue.");
        // What model.yaml leaves out comes from the card.
        assertThat(metadata.description()).isEqualTo("Routes incoming customer complaints to one of twelve product teams.");
        assertThat(metadata.intendedUse()).isEqualTo("Suggests a team for each complaint; an agent confirms or changes it.");
        assertThat(metadata.task()).isEqualTo("text-classification");
        assertThat(metadata.datasets()).extracting(DatasetUse::name, DatasetUse::role)
                .containsExactly(tuple("complaints-2024", "training"), tuple("Complaints 2024 Q4", "test"));
        assertThat(metadata.extensions()).containsKeys("inventoryNumber", "huggingface");
        assertThat(model.locate("/license").toString()).isEqualTo("src/main/models/complaint-router/model.yaml:4:1");
        assertThat(model.locate("/description").toString()).isEqualTo("src/main/models/complaint-router/README.md:18:1");
        assertThat(model.inputs()).extracting(InputFile::kind).containsExactly("model", "huggingface");

        assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value)
                .containsExactly(tuple("accuracy", 0.873));
        assertThat(model.inputWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location().toString()).isEqualTo("src/main/models/complaint-router/README.md:14:36");
            assertThat(warning.found()).isEqualTo("found the value of top3_accuracy 'n/a'");
        });
    }

    @Test
    void aFolderWithNeitherModelFileNorCardNamesTheCardAsAnAlternative(@TempDir Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("models/orphan/docs"));
        Files.writeString(folder.resolve("README.md"), "# Not a card: it is not directly in the model folder\n");

        assertThatThrownBy(() -> new ModelInventoryLoader(project, List.of(new HuggingFaceCardImporter()))
                .load(project.resolve("models")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).containsExactly("models/orphan: no model.yaml in folder"
                                + " models/orphan, expected exactly one of model.yaml, model.yml or model.json in each"
                                + " model folder, or a file of another tool that documents the model: Hugging Face model"
                                + " cards (README.md, with or without YAML front matter)"));
    }

    @Test
    void aWrongValueInTheModelopsBlockIsAnErrorAtItsLineInTheCard(@TempDir Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("models/churn-text"));
        Files.writeString(folder.resolve("README.md"), "---\r\nlicense: mit\r\nmodelops:\r\n  version: \"1.0.0\"\r\n"
                + "  riskTier: extreme\r\n  inventory: MRM-1\r\n---\r\n# Churn text model\r\n");

        assertThatThrownBy(() -> new ModelInventoryLoader(project, List.of(new HuggingFaceCardImporter()))
                .load(project.resolve("models")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.location().toString() + " " + problem.location().pointer())
                        .containsExactlyInAnyOrder("models/churn-text/README.md:5:13 /riskTier",
                                "models/churn-text/README.md:6:3 /inventory"));
    }

    @Test
    void theCoreRulesRunOnCardModels() {
        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules());
        List<Finding> findings = engine.evaluateAll(models, AS_OF);

        assertThat(findings).isNotEmpty().noneMatch(finding -> finding.status() == FindingStatus.ERROR);
        Map<String, FindingStatus> sentiment = findings.stream()
                .filter(finding -> finding.modelId().equals("sentiment-review"))
                .collect(Collectors.toMap(Finding::ruleId, Finding::status));
        assertThat(sentiment).containsEntry("core.owner-present", FindingStatus.PASSED)
                .containsEntry("core.version-declared", FindingStatus.PASSED)
                .containsEntry("core.intended-use-present", FindingStatus.PASSED)
                .containsEntry("core.out-of-scope-uses-declared", FindingStatus.PASSED)
                .containsEntry("core.limitations-documented", FindingStatus.PASSED)
                .containsEntry("core.training-data-declared", FindingStatus.PASSED)
                .containsEntry("core.test-data-declared", FindingStatus.PASSED)
                .containsEntry("core.evaluation-results-present", FindingStatus.PASSED)
                .containsEntry("core.artifact-checksummed", FindingStatus.PASSED)
                .containsEntry("core.license-declared", FindingStatus.PASSED)
                .containsEntry("core.inputs-read-completely", FindingStatus.PASSED)
                // A card's datasets are names, not lineage: tracing them is left to the team's lineage.yaml.
                .containsEntry("core.training-data-traced", FindingStatus.FAILED);

        Finding unread = findings.stream()
                .filter(f -> f.modelId().equals("complaint-router") && f.ruleId().equals("core.inputs-read-completely"))
                .findFirst().orElseThrow();
        assertThat(unread.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(unread.message()).contains("src/main/models/complaint-router/README.md:14",
                "found the value of top3_accuracy 'n/a'");
    }
}
