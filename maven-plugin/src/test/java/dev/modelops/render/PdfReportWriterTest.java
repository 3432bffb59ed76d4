package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ModelMetadata;
import dev.modelops.render.pdf.PdfChecks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final HtmlReportWriter PAGES = new HtmlReportWriter(2, ReportOptions.defaults());
    private static final PdfReportWriter WRITER = new PdfReportWriter(PAGES, 2);

    @TempDir
    Path out;

    @Test
    void aModelCardIsPdfA3aAndCarriesTheCardsText() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        GovernedModel model = model(result, "credit-scoring");
        byte[] pdf = WRITER.renderCard(result, model);

        PdfChecks.Conformance conformance = PdfChecks.conformance(pdf);
        assertThat(conformance.failures()).isEmpty();
        assertThat(conformance.compliant()).isTrue();
        assertThat(conformance.flavour()).isEqualTo("3a");
        assertThat(PdfChecks.flatText(pdf))
                .contains("Retail credit default scorer", "credit-scoring · version 3.2.0", "Model details",
                        "Gradient-boosted trees estimating 12-month probability of default.", "Priya Raman",
                        "holdout-2026q3", "Findings", "Evidence", "Page 1 of");
    }

    @Test
    void textFromInputsIsPrintedAsTextNeverInterpretedAsMarkup() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder().project("Bank " + SCRIPT);
        results.editMetadata("credit-scoring", m -> withDescription(m, "Scores " + SCRIPT + " and " + IMG + " & co"));
        GovernanceResult result = results.build();
        GovernedModel model = model(result, "credit-scoring");

        String html = PAGES.renderCard(ReportContent.of(result), model);
        assertThat(html).doesNotContain(SCRIPT).doesNotContain(IMG)
                .contains("Scores &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; &amp; co");
        byte[] card = WRITER.renderCard(result, model);
        assertThat(PdfChecks.flatText(card)).contains("Scores " + SCRIPT + " and " + IMG + " & co", "Bank " + SCRIPT);
        assertThat(PdfChecks.flatText(WRITER.renderReport(result))).contains("Bank " + SCRIPT);
        try (PDDocument document = Loader.loadPDF(card)) {
            assertThat(document.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("Names"))).isTrue();
            assertThat(document.getDocumentCatalog().getNames().getJavaScript()).isNull();
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
        }
    }

    @Test
    void thePdfIsDatedWithTheRunsAsOfInstantAndDescribesItself() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        byte[] pdf = WRITER.renderCard(result, model(result, "credit-scoring"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Model card: Retail credit default scorer 3.2.0");
            assertThat(info.getSubject()).startsWith("Model card of credit-scoring version 3.2.0 in ");
            assertThat(info.getKeywords()).contains("credit-scoring", "3.2.0");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(result.asOf());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(result.asOf());
            try (InputStream in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
                assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
                assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
                assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(result.asOf());
                assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
            }
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
        }
    }

    @Test
    void resultsJsonIsAttachedByteForByteAsAnAssociatedFile() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        byte[] pdf = WRITER.renderReport(result);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("results.json");
            PDComplexFileSpecification specification = files.get("results.json");
            assertThat(specification.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(specification.getEmbeddedFileUnicode().getSubtype()).isEqualTo("application/json");
            assertThat(specification.getEmbeddedFileUnicode().toByteArray())
                    .isEqualTo(new JsonResultsWriter().bytes(result));
            assertThat(document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")))
                    .hasSize(1);
        }
    }

    @Test
    void aCardCarriesTheResultsOfItsOwnModel() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        byte[] pdf = WRITER.renderCard(result, model(result, "credit-scoring"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("credit-scoring.results.json");
            byte[] json = files.get("credit-scoring.results.json").getEmbeddedFileUnicode().toByteArray();
            assertThat(json).isEqualTo(new JsonResultsWriter().bytes(result.ofModel("credit-scoring")));
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            assertThat(tree.get("models")).hasSize(1);
            assertThat(tree.get("models").get(0).get("id").asText()).isEqualTo("credit-scoring");
            assertThat(tree.get("findings")).allSatisfy(f -> assertThat(f.get("model").asText()).isEqualTo("credit-scoring"));
        }
    }

    @Test
    void everySectionIsABookmarkAndLinksToOtherReportFilesAreNotKept() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        byte[] pdf = WRITER.renderCard(result, model(result, "credit-scoring"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).startsWith("Model card Retail credit default scorer")
                    .contains("Model details", "Metrics", "Lineage", "Findings", "Evidence");
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).as("a link in the PDF").startsWith("http");
                    }
                }
            }
        }
    }

    @Test
    void theWriterWritesTheReportAndOneCardPerModelAndTheHtmlLinksToThem() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        ReportPublisher.withStandardWriters().publish(result, out);

        assertThat(out.resolve("compliance-report.pdf")).isRegularFile();
        for (GovernedModel model : result.models()) {
            assertThat(out.resolve("cards/" + model.id() + ".pdf")).isRegularFile();
            assertThat(Files.readString(out.resolve("cards/" + model.id() + ".html")))
                    .contains("href=\"" + model.id() + ".pdf\"");
        }
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"compliance-report.pdf\"");
        assertThat(Files.readAllBytes(out.resolve("compliance-report.pdf")))
                .isEqualTo(WRITER.renderReport(result));
    }

    @Test
    void withoutPdfNoPdfIsWrittenAndNoPageLinksToOne() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        ReportPublisher.withStandardWriters(new ReportOptions(false, null)).publish(result, out);

        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".pdf"))).isEmpty();
        }
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain(".pdf\"");
    }

    @Test
    void aCustomTemplateCannotMakeThePdfLoadAFileOrAWebAddress(@TempDir Path templates) throws Exception {
        Path outside = Files.createTempFile("logo", ".png");
        Files.write(outside, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Path branding = Files.createDirectories(templates.resolve("html/fragments")).resolve("branding.html");
        Files.writeString(branding, """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body>
                <th:block th:fragment="logo"><img src="%s" alt="local file"/><img src="https://example.com/logo.png" alt="web"/></th:block>
                <th:block th:fragment="organisation"><span>Example Bank</span></th:block>
                </body>
                </html>
                """.formatted(outside.toUri()), StandardCharsets.UTF_8);
        HtmlReportWriter pages = new HtmlReportWriter(1, new ReportOptions(true, templates));
        GovernanceResult result = GovernanceResults.standard();

        byte[] pdf = new PdfReportWriter(pages, 1).renderCard(result, model(result, "credit-scoring"));

        assertThat(PdfChecks.flatText(pdf)).contains("Example Bank");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name)).as("an image was loaded").isFalse();
                }
            }
        }
        Files.delete(outside);
    }

    static GovernedModel model(GovernanceResult result, String id) {
        return result.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static ModelMetadata withDescription(ModelMetadata m, String description) {
        return new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), description, m.license(),
                m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(), m.limitations(),
                m.ethicalConsiderations(), m.datasets(), m.artifact(), m.approvals(), m.monitoring(), m.extensions());
    }

}
