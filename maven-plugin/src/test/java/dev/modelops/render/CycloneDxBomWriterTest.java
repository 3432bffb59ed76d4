package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.SourceFile;
import dev.modelops.load.imports.CycloneDxImporter;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.MetricResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycloneDxBomWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private Path writeStandard() throws Exception {
        new CycloneDxBomWriter().write(GovernanceResults.standard(), out);
        return out.resolve("bom");
    }

    @Test
    void writesOneBomPerModelEachValidAgainstTheCycloneDx16Schema() throws Exception {
        Path folder = writeStandard();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "churn-predictor.cdx.json", "credit-scoring.cdx.json", "fraud-detector.cdx.json");
        }
        JsonParser parser = new JsonParser();
        for (String id : List.of("churn-predictor", "credit-scoring", "fraud-detector")) {
            Path bom = CycloneDxBomWriter.bomFile(out, id);
            List<ParseException> problems = parser.validate(bom.toFile(), Version.VERSION_16);
            assertThat(problems).as(id).extracting(Throwable::getMessage).isEmpty();
            assertThat(parser.parse(bom.toFile()).getComponents().get(0).getName()).isNotBlank();
        }
    }

    @Test
    void describesTheModelItsCardAndItsDatasets() throws Exception {
        writeStandard();
        JsonNode bom = JSON.readTree(CycloneDxBomWriter.bomFile(out, "credit-scoring").toFile());

        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.get("serialNumber").asText()).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(bom.at("/metadata/timestamp").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(bom.at("/metadata/tools/components/0/name").asText()).isEqualTo("modelops-maven-plugin");

        JsonNode model = bom.at("/components/0");
        assertThat(model.get("type").asText()).isEqualTo("machine-learning-model");
        assertThat(model.get("bom-ref").asText()).isEqualTo("credit-scoring");
        assertThat(model.get("name").asText()).isEqualTo("Retail credit default scorer");
        assertThat(model.get("version").asText()).isEqualTo("3.2.0");
        assertThat(model.get("description").asText()).startsWith("Gradient-boosted trees");
        assertThat(model.at("/licenses/0/license/name").asText()).isEqualTo("proprietary");
        assertThat(model.at("/hashes/0/alg").asText()).isEqualTo("SHA-256");
        assertThat(model.at("/hashes/0/content").asText()).isEqualTo(GovernanceResults.HASH_A);
        assertThat(model.at("/externalReferences/0/type").asText()).isEqualTo("distribution");
        assertThat(model.at("/externalReferences/0/url").asText()).isEqualTo("artifacts/credit-scoring-3.2.0.onnx");
        assertThat(model.has("supplier")).isFalse();

        JsonNode card = model.get("modelCard");
        assertThat(card.at("/modelParameters/task").asText()).isEqualTo("binary-classification");
        assertThat(card.at("/modelParameters/datasets")).extracting(d -> d.get("ref").asText())
                .containsExactly("loan-applications-2024q4", "holdout-2026q3");
        JsonNode metrics = card.at("/quantitativeAnalysis/performanceMetrics");
        assertThat(metrics).hasSize(4);
        assertThat(metrics.get(0).get("type").asText()).isEqualTo("auc");
        assertThat(metrics.get(0).get("value").asText()).isEqualTo("0.812");
        assertThat(metrics.get(0).has("slice")).isFalse();
        assertThat(metrics.get(0).at("/confidenceInterval/lowerBound").asText()).isEqualTo("0.801");
        assertThat(metrics.get(0).at("/confidenceInterval/upperBound").asText()).isEqualTo("0.823");
        assertThat(metrics.get(1).get("value").asText()).isEqualTo("0.74999");
        assertThat(metrics.get(1).get("slice").asText()).isEqualTo("age_band=18-25");
        assertThat(metrics.get(3).get("value").asText()).isEqualTo("0.0312345");
        JsonNode considerations = card.get("considerations");
        assertThat(considerations.get("useCases")).extracting(JsonNode::asText)
                .containsExactly("Rank consumer loan applications by default risk for underwriters.");
        assertThat(considerations.get("technicalLimitations")).extracting(JsonNode::asText).containsExactly(
                "Not validated for applicants with no credit history.",
                "Out of scope: Employment screening", "Out of scope: Insurance pricing");
        assertThat(considerations.at("/ethicalConsiderations/0/name").asText())
                .isEqualTo("Uses age band; fairness reviewed per protected attribute.");

        JsonNode loans = bom.at("/components/1");
        assertThat(loans.get("type").asText()).isEqualTo("data");
        assertThat(loans.get("bom-ref").asText()).isEqualTo("loan-applications-2024q4");
        assertThat(loans.get("name").asText()).isEqualTo("Loan applications");
        assertThat(loans.get("version").asText()).isEqualTo("2024-12-31");
        assertThat(loans.at("/hashes/0/content").asText()).isEqualTo(GovernanceResults.HASH_B);
        assertThat(loans.at("/licenses/0/license/name").asText()).isEqualTo("internal");
        assertThat(loans.at("/data/0/contents/url").asText()).isEqualTo("jdbc:postgresql://lake/loans");
        assertThat(loans.at("/data/0/governance/owners/0/organization/name").asText()).isEqualTo("Credit Data Office");
        assertThat(loans.get("properties")).extracting(p -> p.get("name").asText() + "=" + p.get("value").asText())
                .containsExactly("modelops:role=training", "modelops:pii=personal");
        assertThat(bom.at("/components/2/bom-ref").asText()).isEqualTo("holdout-2026q3");
        assertThat(bom.get("components")).hasSize(3);
    }

    @Test
    void writesTheVendorAsSupplierAndAnSpdxLicenceById() throws Exception {
        GovernanceResult result = GovernanceResults.standardBuilder()
                .editMetadata("churn-predictor", m -> new dev.modelops.model.ModelMetadata(m.id(), m.name(),
                        m.version(), m.type(), m.task(), m.description(), "apache-2.0", m.people(), m.riskTier(),
                        m.status(), m.intendedUse(), m.outOfScopeUses(), m.limitations(), m.ethicalConsiderations(),
                        m.datasets(), m.artifact(), m.approvals(), m.monitoring(),
                        new dev.modelops.model.Vendor("Example AI Ltd", "Churn Pro 2", "MSA-2025-117"), null, null,
                        null, null, null, null, null, null, null, null, null, null, m.extensions()))
                .build();
        new CycloneDxBomWriter().write(result, out);
        Path file = CycloneDxBomWriter.bomFile(out, "churn-predictor");
        assertThat(new JsonParser().validate(file.toFile(), Version.VERSION_16)).isEmpty();
        JsonNode model = JSON.readTree(file.toFile()).at("/components/0");
        assertThat(model.at("/supplier/name").asText()).isEqualTo("Example AI Ltd");
        assertThat(model.at("/licenses/0/license/id").asText()).isEqualTo("Apache-2.0");
        assertThat(model.get("properties")).extracting(p -> p.get("name").asText() + "=" + p.get("value").asText())
                .contains("modelops:vendor.product=Churn Pro 2", "modelops:vendor.contract=MSA-2025-117");
    }

    @Test
    void theSameInputsGiveTheSameBytesAndAChangedInputANewSerialNumber() throws Exception {
        writeStandard();
        byte[] first = Files.readAllBytes(CycloneDxBomWriter.bomFile(out, "credit-scoring"));
        Path again = out.resolve("again");
        Files.createDirectories(again);
        new CycloneDxBomWriter().write(GovernanceResults.standard(), again);
        assertThat(Files.readAllBytes(CycloneDxBomWriter.bomFile(again, "credit-scoring"))).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");

        GovernedModel model = GovernanceResults.creditScoring();
        List<InputFile> changed = model.inputs().stream()
                .map(i -> i.kind().equals("lineage") ? new InputFile(i.path(), i.kind(), GovernanceResults.HASH_C) : i)
                .toList();
        GovernedModel edited = new GovernedModel(model.metadata(), model.evaluations(), model.lineage(),
                model.metadataFile(), changed, model.fieldLocations());
        assertThat(CycloneDxBomWriter.serialNumber(edited)).isNotEqualTo(CycloneDxBomWriter.serialNumber(model))
                .isEqualTo(CycloneDxBomWriter.serialNumber(edited));
    }

    @Test
    void aWrittenBomReadsBackWithTheImporter() throws Exception {
        writeStandard();
        Path folder = out.resolve("models/credit-scoring");
        Files.createDirectories(folder);
        Files.copy(CycloneDxBomWriter.bomFile(out, "credit-scoring"), folder.resolve("bom.json"));
        CycloneDxImporter importer = new CycloneDxImporter();
        ImportContext context = ImportContext.of(out, folder);
        assertThat(importer.canRead(folder.resolve("bom.json"), context)).isTrue();

        ImportedModel read = importer.read(new SourceFile(folder.resolve("bom.json"), "credit-scoring/bom.json"), context);

        GovernedModel original = GovernanceResults.creditScoring();
        JsonNode metadata = read.metadata().root();
        assertThat(read.warnings()).isEmpty();
        assertThat(metadata.get("name").asText()).isEqualTo(original.metadata().name());
        assertThat(metadata.get("version").asText()).isEqualTo(original.metadata().version());
        assertThat(metadata.get("description").asText()).isEqualTo(original.metadata().description());
        assertThat(metadata.get("license").asText()).isEqualTo("proprietary");
        assertThat(metadata.get("intendedUse").asText()).isEqualTo(original.metadata().intendedUse());
        assertThat(metadata.get("outOfScopeUses")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(original.metadata().outOfScopeUses());
        assertThat(metadata.get("limitations")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(original.metadata().limitations());
        assertThat(metadata.get("ethicalConsiderations")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(original.metadata().ethicalConsiderations());
        assertThat(metadata.at("/artifact/path").asText()).isEqualTo(original.metadata().artifact().path());
        assertThat(metadata.at("/artifact/sha256").asText()).isEqualTo(original.metadata().artifact().sha256());
        assertThat(metadata.get("datasets")).extracting(d -> d.get("lineageRef").asText() + " " + d.get("role").asText())
                .containsExactly("loan-applications-2024q4 training", "holdout-2026q3 test");
        assertThat(read.evaluations()).extracting(MetricResult::metric, MetricResult::value, MetricResult::sliceLabel)
                .containsExactlyElementsOf(original.evaluations().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.metric(), m.value(), m.sliceLabel())).toList());
        assertThat(read.evaluations().get(0).confidenceInterval().lower()).isEqualTo(0.801);
        assertThat(read.lineage().lineage().datasets()).extracting(LineageDataset::id, LineageDataset::owner,
                LineageDataset::sha256, LineageDataset::source, LineageDataset::pii)
                .containsExactlyElementsOf(original.lineage().datasets().stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.id(), d.owner(), d.sha256(), d.source(), d.pii()))
                        .toList());
    }

    @Test
    void writesNothingForARunWithoutModels() throws Exception {
        new CycloneDxBomWriter().write(GovernanceResults.builder().build(), out);
        assertThat(out.resolve("bom")).doesNotExist();
    }
}
