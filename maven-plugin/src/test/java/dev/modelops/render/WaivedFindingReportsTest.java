package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.modelops.model.GovernanceResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A waived finding in every report: visible, with its waiver, never blocking, its justification shown as text. */
class WaivedFindingReportsTest {

    private static final String JUSTIFICATION = "Conditional approval accepted <script>alert(1)</script> until re-validation";

    @TempDir
    Path out;

    /** The standard result with credit-scoring's blocking approval-recorded violation waived. */
    private static GovernanceResult waived() {
        return GovernanceResults.standardBuilder()
                .waive("credit-scoring", "approval-recorded",
                        GovernanceResults.waiver("approval-recorded", "credit-scoring", JUSTIFICATION, 3))
                .build();
    }

    @Test
    void resultsJsonCarriesTheWaiverOnTheFindingListsTheWaiverAndCountsIt() throws Exception {
        new JsonResultsWriter().write(waived(), out);
        JsonNode json = new ObjectMapper().readTree(out.resolve(JsonResultsWriter.FILE_NAME).toFile());

        JsonNode finding = json.get("findings").get(5);
        assertThat(finding.get("rule").asText()).isEqualTo("approval-recorded");
        assertThat(finding.get("status").asText()).isEqualTo("waived");
        assertThat(finding.get("blocking").asBoolean()).isFalse();
        assertThat(finding.get("waiver").toString()).isEqualTo("{\"ticket\":\"MRM-F-2026-044\",\"justification\":\""
                + JUSTIFICATION + "\",\"approver\":{\"name\":\"Priya Raman\",\"email\":\"priya.raman@example.com\"},"
                + "\"expires\":\"2027-03-31\",\"file\":\"src/main/modelops/waivers.yaml\",\"line\":3}");
        assertThat(json.get("summary").get("waived").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("blocking").asInt()).isEqualTo(1);
        assertThat(json.get("waivers")).hasSize(1);
        assertThat(json.get("waivers").get(0).get("state").asText()).isEqualTo("applied");
        assertThat(json.get("waivers").get(0).get("modelVersion").isNull()).isTrue();
        assertThat(json.get("waiversFile").get("sha256").asText()).isEqualTo(GovernanceResults.HASH_A);

        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonResultsWriter.SCHEMA_RESOURCE)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
            assertThat(schema.validate(json)).isEmpty();
        }
    }

    @Test
    void indexShowsTheWaivedBadgeTheWaiverNextToTheFindingAndTheWaiversSection() throws Exception {
        new HtmlReportWriter().write(waived(), out);
        Xml index = Xml.parse(out.resolve("index.html"));
        String html = Files.readString(out.resolve("index.html"));

        String matrixCell = HtmlReportWriterTest.modelCells("credit-scoring") + "[parent::h:tr/@id='rule-approval-recorded']";
        assertThat(index.text(matrixCell)).startsWith("waived");
        assertThat(index.text(matrixCell + "/@class")).isEqualTo("cell cell-waived");
        assertThat(index.text(matrixCell + "/@title")).isEqualTo("credit-scoring: waived, critical");
        String row = "//h:section[@id='violations']//h:tbody/h:tr[h:th//h:code='approval-recorded']";
        assertThat(index.text(row)).contains("waived", "Waived until 2027-03-31 under MRM-F-2026-044, approved by "
                + "Priya Raman <priya.raman@example.com>: " + JUSTIFICATION + " (src/main/modelops/waivers.yaml:3)");
        assertThat(index.text(row)).doesNotContain("blocks release");
        assertThat(index.texts("//h:section[@id='waivers']//h:tbody/h:tr/h:td")).contains("approval-recorded",
                "credit-scoring", "every version", "applied", "2027-03-31", JUSTIFICATION,
                "src/main/modelops/waivers.yaml:3");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));
        assertThat(card.text("//h:section[@id='findings']")).contains("waived", "MRM-F-2026-044", JUSTIFICATION);
    }

    @Test
    void junitReportsAWaivedFindingAsSkippedWithTicketExpiryAndJustification() throws Exception {
        new JunitXmlWriter().write(waived(), out);
        Xml credit = Xml.parse(out.resolve("junit/TEST-modelops.credit-scoring.xml"));

        assertThat(credit.text("/testsuite/testcase[@name='approval-recorded']/skipped/@message"))
                .isEqualTo("waived: MRM-F-2026-044 until 2027-03-31: " + JUSTIFICATION);
        assertThat(credit.texts("/testsuite/testcase[@name='approval-recorded']/failure")).isEmpty();
        assertThat(Files.readString(out.resolve("junit/TEST-modelops.credit-scoring.xml")))
                .doesNotContain("<script>");
    }
}
