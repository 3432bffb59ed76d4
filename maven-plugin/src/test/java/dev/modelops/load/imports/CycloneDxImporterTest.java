package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.MetricResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycloneDxImporterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/imports/cyclonedx").toAbsolutePath();

    private final CycloneDxImporter importer = new CycloneDxImporter();

    private static ImportedModel readCorpus(String name) {
        Path file = Corpus.file("cyclonedx/" + name);
        ImportContext context = ImportContext.of(file.getParent(), file.getParent());
        assertThat(new CycloneDxImporter().canRead(file, context)).isTrue();
        return new CycloneDxImporter().read(new SourceFile(file, name), context);
    }

    @Test
    void readsTheModelCardOfTheSpecificationsMachineLearningExample() {
        ImportedModel model = readCorpus("valid-machine-learning-1.6.json");
        JsonNode metadata = model.metadata().root();

        assertThat(metadata.get("name").asText()).isEqualTo("stable-diffusion");
        assertThat(metadata.get("version").asText()).isEqualTo("1.4");
        assertThat(metadata.get("description").asText()).startsWith("Stable Diffusion is a latent text-to-image");
        assertThat(metadata.get("task").asText()).isEqualTo("task goes here");
        // The publisher, with no BOM supplier or manufacturer to say it is the team's own organisation.
        assertThat(metadata.at("/vendor/name").asText()).isEqualTo("Acme Inc");
        assertThat(metadata.has("artifact")).isFalse();
        assertThat(metadata.get("intendedUse").asText())
                .isEqualTo("Who are the intended users of the model?\nText-to-image generation for creative applications");
        assertThat(metadata.get("limitations")).extracting(JsonNode::asText).containsExactly(
                "What are the known technical limitations of the model? E.g. What kind(s) of data should the model be"
                        + " expected not to perform well on? What are the factors that might degrade model performance?",
                "Limited performance on non-photographic styles");
        assertThat(metadata.get("ethicalConsiderations")).extracting(JsonNode::asText)
                .containsExactly("The name of the risk; mitigation: Strategy used to address this risk");
        assertThat(metadata.at("/datasets/0/name").asText()).isEqualTo("Training Data");
        assertThat(metadata.at("/datasets/0/lineageRef").asText()).isEqualTo("Training Data");
        assertThat(metadata.at("/datasets/0").has("role")).isFalse();

        JsonNode kept = metadata.at("/extensions/cyclonedx");
        assertThat(kept.get("bom-ref").asText()).isEqualTo("component-a");
        assertThat(kept.get("group").asText()).isEqualTo("CompVis");
        assertThat(kept.get("publisher").asText()).isEqualTo("Acme Inc");
        assertThat(kept.at("/modelCard/modelParameters/approach/type").asText()).isEqualTo("supervised");
        assertThat(kept.at("/modelCard/modelParameters/architectureFamily").asText())
                .isEqualTo("the architecture family goes here");
        assertThat(kept.at("/modelCard/modelParameters/modelArchitecture").asText())
                .isEqualTo("The architecture of the model.");
        assertThat(kept.at("/modelCard/modelParameters/inputs/0/format").asText()).isEqualTo("string");
        assertThat(kept.at("/modelCard/modelParameters/outputs/0/format").asText()).isEqualTo("byte[]");
        assertThat(kept.at("/modelCard/modelParameters/datasets/0/classification").asText()).isEqualTo("public");
        assertThat(kept.at("/modelCard/quantitativeAnalysis/graphics/description").asText())
                .isEqualTo("Performance images");
        assertThat(kept.at("/modelCard/properties/0/name").asText()).isEqualTo("modelcard:custom-property");
        assertThat(kept.at("/modelCard/properties/1/value").asText()).isEqualTo("another-custom-value");
        assertThat(kept.at("/modelCard/considerations/fairnessAssessments/0/groupAtRisk").asText())
                .startsWith("The groups or individuals at risk");
        // The metric the example gives is placeholder text, not a number: kept as written, and a warning.
        assertThat(kept.at("/modelCard/quantitativeAnalysis/performanceMetrics/0/value").asText())
                .isEqualTo("The value of the performance metric");
        assertThat(kept.at("/bom/serialNumber").asText()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");

        assertThat(model.evaluations()).isEmpty();
        assertThat(model.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.describe()).startsWith("valid-machine-learning-1.6.json:41:24: ")
                    .contains("at /components/0/modelCard/quantitativeAnalysis/performanceMetrics/0/value")
                    .contains("the value \"The value of the performance metric\" of metric 'The type of performance metric'")
                    .contains("expected a number written in JSON syntax");
        });

        assertThat(model.graphics()).singleElement().satisfies(graphic -> {
            assertThat(graphic.name()).isEqualTo("FID vs CLIP Scores on 512x512 samples for different v1-versions");
            assertThat(graphic.mediaType()).isEqualTo("image/jpeg");
            assertThat(graphic.base64()).startsWith("/9j/4AAQSkZJRg");
            assertThat(graphic.source().line()).isEqualTo(52);
        });
        assertThat(model.documentation()).extracting(DocumentationSection::title)
                .containsExactly("Intended users", "Performance trade-offs", "Fairness assessments");
        assertThat(model.documentation().get(0).text())
                .isEqualTo("Who are the intended users of the model?\nData scientists and ML researchers");
        assertThat(model.documentation().get(2).text())
                .startsWith("Group at risk: The groups or individuals at risk")
                .contains("\nBenefits: Expected benefits to the identified groups\nHarms: Expected harms");

        assertThat(model.lineage().lineage().datasets()).singleElement().satisfies(dataset -> {
            assertThat(dataset.id()).isEqualTo("Training Data");
            assertThat(dataset.source()).isEqualTo("https://example.com/path/to/dataset");
        });
        assertThat(model.lineage().lineage().edges()).isEmpty();

        assertThat(model.metadata().locate("/name").line()).isEqualTo(13);
        assertThat(model.metadata().locateValue("/version").toString()).isEqualTo("valid-machine-learning-1.6.json:14:18");
        assertThat(model.metadata().locate("/extensions/cyclonedx/modelCard/modelParameters/approach/type").line())
                .isEqualTo(19);
    }

    @Test
    void readsTheEnvironmentalConsiderationsExampleAsAVendorModel() {
        ImportedModel model = readCorpus("valid-machine-learning-considerations-env-1.6.json");
        JsonNode metadata = model.metadata().root();

        assertThat(metadata.get("name").asText()).isEqualTo("Llama-2-7b");
        assertThat(metadata.has("version")).isFalse();
        assertThat(metadata.at("/vendor/name").asText()).isEqualTo("Hugging Face");
        assertThat(metadata.at("/artifact/path").asText()).isEqualTo("https://huggingface.co/meta-llama/Llama-2-7b");
        assertThat(metadata.at("/artifact").has("sha256")).isFalse();
        JsonNode kept = metadata.at("/extensions/cyclonedx");
        assertThat(kept.get("publisher").asText()).isEqualTo("meta");
        assertThat(kept.get("group").asText()).isEqualTo("meta-llama");
        assertThat(kept.at("/externalReferences/0/type").asText()).isEqualTo("distribution");
        JsonNode training = kept.at("/modelCard/considerations/environmentalConsiderations/energyConsumptions/0");
        assertThat(training.get("activity").asText()).isEqualTo("training");
        assertThat(training.at("/co2CostEquivalent/value").asDouble()).isEqualTo(31.22);
        assertThat(training.at("/energyProviders/0/organization/address/locality").asText()).isEqualTo("Newark");
        assertThat(model.evaluations()).isEmpty();
        assertThat(model.warnings()).isEmpty();
        assertThat(model.metadata().locate("/vendor/name").line()).isEqualTo(14);
    }

    @Test
    void readsMetricsWithSlicesIntervalsAndTheDataComponentsOfAnMlBom() {
        Path folder = FIXTURES.resolve("models/fraud-alerts");
        ImportContext context = ImportContext.of(FIXTURES, folder);
        ImportedModel model = importer.read(new SourceFile(folder.resolve("bom.json"), "fraud-alerts/bom.json"), context);
        JsonNode metadata = model.metadata().root();

        assertThat(metadata.get("name").asText()).isEqualTo("Card fraud alerts");
        assertThat(metadata.get("version").asText()).isEqualTo("2.1.0");
        assertThat(metadata.get("license").asText()).isEqualTo("LicenseRef-Internal");
        // Supplied by the bank that wrote the BOM: in-house, no vendor.
        assertThat(metadata.has("vendor")).isFalse();
        assertThat(metadata.at("/artifact/path").asText()).isEqualTo("artifacts/fraud-alerts-2.1.0.onnx");
        assertThat(metadata.at("/artifact/sha256").asText()).isEqualTo("3f".repeat(32));
        assertThat(metadata.at("/extensions/cyclonedx/hashes/0/alg").asText()).isEqualTo("SHA-512");
        assertThat(metadata.get("outOfScopeUses")).extracting(JsonNode::asText)
                .containsExactly("Decisions to close a customer's account");
        assertThat(metadata.get("limitations")).extracting(JsonNode::asText)
                .containsExactly("Not validated for corporate cards.");
        assertThat(metadata.get("datasets")).hasSize(2);
        assertThat(metadata.at("/datasets/0/name").asText()).isEqualTo("Card transactions 2025");
        assertThat(metadata.at("/datasets/0/role").asText()).isEqualTo("training");
        assertThat(metadata.at("/datasets/0/lineageRef").asText()).isEqualTo("card-transactions-2025");
        assertThat(metadata.at("/datasets/1/role").asText()).isEqualTo("test");

        assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value, MetricResult::sliceLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("auc", 0.912, "overall"),
                        org.assertj.core.groups.Tuple.tuple("auc", 0.874, "channel=online"),
                        org.assertj.core.groups.Tuple.tuple("recall", 0.71, "card_type=debit, channel=pos"),
                        org.assertj.core.groups.Tuple.tuple("precision", 0.64, "slice=night-time transactions"));
        MetricResult overall = model.evaluations().get(0);
        assertThat(overall.confidenceInterval().lower()).isEqualTo(0.905);
        assertThat(overall.confidenceInterval().upper()).isEqualTo(0.919);
        assertThat(overall.source().file()).isEqualTo("fraud-alerts/bom.json");
        assertThat(overall.source().line()).isGreaterThan(0);

        List<LineageDataset> datasets = model.lineage().lineage().datasets();
        assertThat(datasets).extracting(LineageDataset::id)
                .containsExactly("card-transactions-2025", "card-transactions-2026q1");
        LineageDataset training = datasets.get(0);
        assertThat(training.owner()).isEqualTo("Payments Data Office");
        assertThat(training.sha256()).isEqualTo("a1".repeat(32));
        assertThat(training.license()).isEqualTo("LicenseRef-Internal");
        assertThat(training.source()).isEqualTo("s3://lake/cards/transactions/2025/");
        assertThat(training.pii()).isEqualTo("personal");
        assertThat(datasets.get(1).owner()).isEqualTo("Fraud Analytics");
        assertThat(model.lineage().lineage().edges())
                .containsExactly(new LineageEdge("card-transactions-2025", "model-artifact"));

        assertThat(model.graphics()).singleElement().satisfies(g -> assertThat(g.mediaType()).isEqualTo("image/png"));
        assertThat(model.warnings()).extracting(InputProblem::describe).satisfiesExactly(
                w -> assertThat(w).startsWith("fraud-alerts/bom.json:").contains("a further component of type"
                        + " machine-learning-model, 'gbm-base', which was not read"),
                w -> assertThat(w).contains("the graphic 'ROC curve (mislabelled)', whose content is not a image/png"));
    }

    @Test
    void aBomWithoutAModelIsAWarningNotAnError(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("service.cdx.json");
        Files.writeString(file, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": "
                + "[{\"type\": \"library\", \"name\": \"onnxruntime\"}]}");
        ImportedModel model = importer.read(new SourceFile(file, "m/service.cdx.json"), ImportContext.of(folder, folder));
        assertThat(model.describesModel()).isFalse();
        assertThat(model.warnings()).singleElement().satisfies(w -> assertThat(w.describe())
                .isEqualTo("m/service.cdx.json:1:1: found a CycloneDX BOM without a component of type"
                        + " machine-learning-model, expected an ML-BOM: a component of type machine-learning-model with"
                        + " its modelCard"));
    }

    @Test
    void aFileNamedLikeABomThatIsNotOneIsRefused(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "{\n  \"spdxVersion\": \"SPDX-2.3\"\n}\n");
        assertThatThrownBy(() -> importer.read(new SourceFile(file, "m/bom.json"), ImportContext.of(folder, folder)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).containsExactly("m/bom.json:1:1: found a JSON object"
                                + " without \"bomFormat\", expected a CycloneDX BOM: a JSON object with"
                                + " \"bomFormat\": \"CycloneDX\""));
    }

    @Test
    void recognisesBomsByNameAndJsonFilesByContent(@TempDir Path folder) throws Exception {
        ImportContext context = ImportContext.of(folder, folder);
        Files.writeString(folder.resolve("model-bom.json"), "{\"bomFormat\" : \"CycloneDX\"}");
        Files.writeString(folder.resolve("other.json"), "{\"dataset\": \"holdout\"}");
        assertThat(importer.canRead(folder.resolve("bom.json"), context)).isTrue();
        assertThat(importer.canRead(folder.resolve("fraud.cdx.json"), context)).isTrue();
        assertThat(importer.canRead(folder.resolve("model-bom.json"), context)).isTrue();
        assertThat(importer.canRead(folder.resolve("other.json"), context)).isFalse();
        assertThat(importer.canRead(folder.resolve("missing.json"), context)).isFalse();
        assertThat(importer.canRead(folder.resolve("bom.xml"), context)).isFalse();
    }

    @Test
    void loadsAModelFolderMergesWithModelYamlAndEvaluatesTheCoreRules() {
        ModelInventoryLoader loader = new ModelInventoryLoader(FIXTURES, List.of(new CycloneDxImporter()));
        List<GovernedModel> models = loader.load(FIXTURES.resolve("models"));
        assertThat(models).extracting(GovernedModel::id).containsExactly("fraud-alerts", "merchant-risk");

        GovernedModel fraud = models.get(0);
        assertThat(fraud.metadata().name()).isEqualTo("Card fraud alerts");
        assertThat(fraud.metadata().artifact().sha256()).isEqualTo("3f".repeat(32));
        assertThat(fraud.evaluations()).hasSize(4);
        assertThat(fraud.lineage().datasets()).hasSize(2);
        assertThat(fraud.inputs()).extracting(i -> i.path() + " " + i.kind())
                .containsExactly("models/fraud-alerts/bom.json cyclonedx");
        assertThat(fraud.inputWarnings()).hasSize(2);

        GovernedModel merchant = models.get(1);
        // model.yaml wins key by key; the BOM fills in what it leaves out.
        assertThat(merchant.metadata().name()).isEqualTo("Merchant risk score");
        assertThat(merchant.metadata().version()).isEqualTo("1.3.0");
        assertThat(merchant.metadata().riskTier()).isEqualTo("high");
        assertThat(merchant.metadata().description()).isEqualTo("Scores merchants by chargeback risk.");
        assertThat(merchant.metadata().vendor().name()).isEqualTo("Acme Analytics Ltd");
        assertThat(merchant.metadata().extensions()).containsKey("cyclonedx");
        assertThat(merchant.evaluations()).extracting(MetricResult::metric).containsExactly("auc");
        assertThat(merchant.inputs()).extracting(i -> i.kind())
                .containsExactly("model", "cyclonedx");
        assertThat(merchant.locate("/description").file()).isEqualTo("models/merchant-risk/merchant-risk.cdx.json");

        RuleEngine engine = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules());
        List<Finding> findings = engine.evaluateAll(models, Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(findings).isNotEmpty().noneMatch(f -> f.status() == FindingStatus.ERROR);
        assertThat(findings).filteredOn(f -> f.modelId().equals("fraud-alerts")
                && f.ruleId().equals("core.inputs-read-completely"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.FAILED));
        assertThat(findings).filteredOn(f -> f.modelId().equals("merchant-risk")
                && f.ruleId().equals("core.inputs-read-completely"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.PASSED));
    }

    @Test
    void aFolderWithNeitherModelYamlNorBomNamesTheFormat(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("models/orphan/notes"));
        Files.writeString(base.resolve("models/orphan/notes/readme.json"), "{\"note\": \"no model here\"}");
        assertThatThrownBy(() -> new ModelInventoryLoader(base, List.of(new CycloneDxImporter()))
                .load(base.resolve("models")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).singleElement().asString()
                        .startsWith("models/orphan: no model.yaml in folder models/orphan")
                        .endsWith("or a file of another tool that documents the model: CycloneDX ML-BOMs (bom.json,"
                                + " *.cdx.json, or a .json file with \"bomFormat\": \"CycloneDX\")"));
    }

    @Test
    void keepsEveryLocationInsideTheFile() {
        ImportedModel model = readCorpus("valid-machine-learning-1.6.json");
        for (Map.Entry<String, dev.modelops.model.SourceLocation> entry : model.metadata().locations().entrySet()) {
            assertThat(entry.getValue().file()).as(entry.getKey()).isEqualTo("valid-machine-learning-1.6.json");
        }
    }
}
