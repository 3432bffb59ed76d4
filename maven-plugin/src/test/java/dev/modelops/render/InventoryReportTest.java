package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InvalidInputException;
import dev.modelops.pipeline.InventoryOutcome;
import dev.modelops.pipeline.InventoryReport;
import dev.modelops.pipeline.InventorySettings;
import dev.modelops.pipeline.InventorySource;
import dev.modelops.render.pdf.PdfChecks;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inventory across projects, from two published results: team A's (three models with every kind of
 * finding, a waiver, five frameworks; one model's name is hostile markup) and team B's (three models of the
 * standard result, two of them with the same ids as team A's, which is fine: they are told apart by project).
 */
class InventoryReportTest {

    private static final String TEAM_A = "com.example.bank:credit-models:4.1.0";
    private static final String TEAM_B = "com.example.bank:marketing-models:2.0.0";
    private static final String HOSTILE = "<script>alert('x')</script> & \"scorer\"";
    private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path folder;

    private Path teamA;
    private Path teamB;

    @BeforeEach
    void publishTwoProjects() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(new JsonResultsWriter().bytes(GovernanceResults.frameworks().build()));
        ((ObjectNode) a.get("models").get(1)).put("name", HOSTILE);
        teamA = Files.write(Files.createDirectories(folder.resolve("credit-models/target/modelops")).resolve("results.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(a));
        teamB = Files.write(Files.createDirectories(folder.resolve("marketing-models")).resolve("results.json"),
                new JsonResultsWriter().bytes(GovernanceResults.standardBuilder().project("Marketing models").build()));
    }

    private InventorySettings settings(Path output, boolean pdf, List<InventorySource> sources) {
        return new InventorySettings("Retail bank models", AS_OF, sources, output, new ReportOptions(pdf, null));
    }

    private List<InventorySource> bothTeams() {
        return List.of(
                new InventorySource(TEAM_B, TEAM_B, teamB, "marketing-models/results.json", null),
                new InventorySource(TEAM_A, TEAM_A, teamA, "credit-models/target/modelops/results.json",
                        "../credit-models/target/modelops/index.html"));
    }

    @Test
    void theIndexShowsEveryModelOfEveryProjectWithItsVerdictOwnerAndProject() throws Exception {
        InventoryOutcome outcome = new InventoryReport().run(settings(folder.resolve("out"), false, bothTeams()));
        String html = Files.readString(outcome.indexHtml());

        assertThat(outcome.figures().models()).extracting(m -> m.source().label() + " " + m.model().id()).containsExactly(
                TEAM_A + " churn-predictor", TEAM_A + " credit-scoring", TEAM_A + " fraud-detector",
                TEAM_B + " churn-predictor", TEAM_B + " credit-scoring", TEAM_B + " fraud-detector");
        assertThat(html).contains("Model inventory and compliance report", "Retail bank models", TEAM_A, TEAM_B,
                "Marketing models", "Dana Whitfield", "Priya Raman", "FAILED");
        assertThat(html).as("the link to team A's own report, and none for team B")
                .contains("href=\"../credit-models/target/modelops/index.html\"").contains("not linked");
        assertThat(html).as("the digest of each results file").contains(outcome.inventory().sources().get(0).results().sha256());
        assertThat(html).as("a waiver with the days it has left on 2026-12-01").contains("MRM-F-2026-044", "120 days left");
        assertThat(html).contains("SR 11-7", "EU AI Act", "ISO/IEC 42001");
        assertThat(outcome.figures().rules()).filteredOn(rule -> rule.id().equals("owner-declared")).singleElement()
                .satisfies(rule -> assertThat(rule.modelsInViolation()).containsExactly(TEAM_B + " / fraud-detector"));
        assertThat(html).as("each project's owner rule, with the model violating it")
                .contains("core.owner-present", TEAM_A + " / fraud-detector", "owner-declared", TEAM_B + " / fraud-detector");
        // Team A: 2 blocking (risk management, owner); team B: 2 blocking (approval, owner).
        assertThat(outcome.figures().blocking()).isEqualTo(4);
        assertThat(outcome.figures().blockingModels()).hasSize(4);
        assertThat(Files.readString(outcome.indexHtml().resolveSibling("modelops.css"))).contains(".inventory-sources");
    }

    @Test
    void aHostileModelNameIsShownAsTextNeverAsMarkup() throws Exception {
        InventoryOutcome outcome = new InventoryReport().run(settings(folder.resolve("out"), false, bothTeams()));
        String html = Files.readString(outcome.indexHtml());

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;scorer&quot;");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void twoRendersOfTheSameSourcesGiveTheSameBytesWhateverOrderTheSourcesCameIn() throws Exception {
        new InventoryReport().run(settings(folder.resolve("first"), true, bothTeams()));
        List<InventorySource> reversed = new ArrayList<>(bothTeams());
        java.util.Collections.reverse(reversed);
        new InventoryReport().run(settings(folder.resolve("second"), true, reversed));

        Map<String, byte[]> first = files(folder.resolve("first"));
        Map<String, byte[]> second = files(folder.resolve("second"));
        assertThat(first.keySet()).containsExactly("index.html", "inventory.json", "inventory.pdf", "modelops.css");
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void thePdfIsPdfA3aCarryingEveryModelAndTheInventoryJson() throws Exception {
        InventoryOutcome outcome = new InventoryReport().run(settings(folder.resolve("out"), true, bothTeams()));
        byte[] pdf = Files.readAllBytes(outcome.indexHtml().resolveSibling("inventory.pdf"));

        PdfChecks.Conformance conformance = PdfChecks.conformance(pdf);
        assertThat(conformance.failures()).isEmpty();
        assertThat(conformance.flavour()).isEqualTo("3a");
        String text = PdfChecks.compactText(pdf);
        assertThat(text).contains(PdfChecks.compact("Model inventory and compliance report"), "churn-predictor",
                "credit-scoring", "fraud-detector", PdfChecks.compact(HOSTILE), "MRM-F-2026-044");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("inventory.json");
            assertThat(files.get("inventory.json").getEmbeddedFile().toByteArray())
                    .isEqualTo(Files.readAllBytes(outcome.indexHtml().resolveSibling("inventory.json")));
        }
    }

    @Test
    void theInventoryJsonNamesEverySourceWithItsDigestAndIsValidAgainstItsSchema() throws Exception {
        InventoryOutcome outcome = new InventoryReport().run(settings(folder.resolve("out"), false, bothTeams()));
        Path file = outcome.indexHtml().resolveSibling("inventory.json");

        LocatedDocument document = new StructuredFileParser().parse(file, "inventory.json");
        assertThat(new SchemaValidator().validate(document, "inventory")).isEmpty();
        assertThat(document.root().get("sources").findValuesAsText("label")).containsExactly(TEAM_A, TEAM_B);
        assertThat(document.root().get("sources").get(0).get("results").get("sha256").asText())
                .isEqualTo(outcome.inventory().sources().get(0).results().sha256());
        assertThat(document.root().get("models")).hasSize(6);
        assertThat(document.root().get("summary").get("blocking").asInt()).isEqualTo(4);
        assertThat(document.root().get("asOf").asText()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void withoutAnAsOfTheInventoryIsDatedWithItsLatestSource() throws Exception {
        InventoryOutcome outcome = new InventoryReport().run(new InventorySettings("Retail bank models", null,
                bothTeams(), folder.resolve("out"), new ReportOptions(false, null)));

        assertThat(outcome.inventory().asOf()).isEqualTo(GovernanceResults.AS_OF);
    }

    @Test
    void theSameProjectTwiceIsRefusedAndNothingIsWritten() {
        List<InventorySource> twice = new ArrayList<>(bothTeams());
        twice.add(new InventorySource(TEAM_A, TEAM_A, teamB, "elsewhere/results.json", null));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> new InventoryReport().run(settings(folder.resolve("out"), false, twice)));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> assertThat(problem.describe())
                .contains("the source " + TEAM_A + " a second time")
                .contains("each project once in an inventory"));
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aMalformedResultsFileIsNamedAndThePreviousInventoryStays() throws Exception {
        Path output = folder.resolve("out");
        new InventoryReport().run(settings(output, false, bothTeams()));
        byte[] before = Files.readAllBytes(output.resolve("index.html"));
        Files.writeString(teamB, "{\"formatVersion\": 1, \"project\": ");

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> new InventoryReport().run(settings(output, false, bothTeams())));

        assertThat(thrown.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.location().file()).isEqualTo("marketing-models/results.json"));
        assertThat(Files.readAllBytes(output.resolve("index.html"))).isEqualTo(before);
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
