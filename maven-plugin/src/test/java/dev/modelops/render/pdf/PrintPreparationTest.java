package dev.modelops.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PrintPreparationTest {

    private static final PdfDocumentInfo INFO = new PdfDocumentInfo("Model card: Scorer 1.0", "Model card of scorer",
            List.of("scorer"), "Bank", Instant.parse("2026-11-01T00:00:00Z"));

    private static Document prepared(String body) throws IOException {
        Document page = PrintPreparation.parse("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title>
                <link rel="stylesheet" href="../modelops.css"/></head>
                <body><main id="main"><h1>Scorer</h1>%s</main></body></html>
                """.formatted(body));
        PrintPreparation.prepare(page, "body { color: black; }", INFO);
        return page;
    }

    private static List<Element> all(Document page, String namespace, String name) {
        NodeList nodes = page.getElementsByTagNameNS(namespace, name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void scriptsAndTheLinkedStyleSheetGoAndTheStyleIsInlined() throws Exception {
        Document page = prepared("<script>document.title = 'x';</script>");

        assertThat(all(page, PrintPreparation.XHTML, "script")).isEmpty();
        assertThat(all(page, PrintPreparation.XHTML, "link")).isEmpty();
        assertThat(all(page, PrintPreparation.XHTML, "style")).singleElement()
                .extracting(Element::getTextContent).isEqualTo("body { color: black; }");
    }

    @Test
    void linksToOtherReportFilesBecomeTextAndLinksInThePageOrToTheWebStay() throws Exception {
        Document page = prepared("""
                <a href="cards/scorer.html">card</a><a href="#findings">findings</a>
                <a href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">AI Act</a><a href="file:///etc/passwd">f</a>
                """);

        assertThat(all(page, PrintPreparation.XHTML, "a")).extracting(a -> a.getAttribute("href"))
                .containsExactly("", "#findings", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "");
    }

    @Test
    void theTitleAndEverySectionWithAnIdAndAHeadingAreBookmarks() throws Exception {
        Document page = prepared("""
                <section id="details"><h2>Model details</h2></section>
                <section><h2>No id, no bookmark</h2></section>
                <section id="lineage"><h2>Lineage <span>graph</span></h2></section>
                """);

        assertThat(all(page, PrintPreparation.XHTML, "bookmark"))
                .extracting(b -> b.getAttribute("name") + " " + b.getAttribute("href"))
                .containsExactly("Scorer #main", "Model details #details", "Lineage graph #lineage");
    }

    @Test
    void aPictureWiderThanThePageGetsThePagesWidthInProportionAndASmallerOneStaysAsItIs() throws Exception {
        Document page = prepared("""
                <svg xmlns="http://www.w3.org/2000/svg" width="1286.0" height="261.0" viewBox="0 0 1286 261"/>
                <svg xmlns="http://www.w3.org/2000/svg" width="640" height="200" viewBox="0 0 640 200"/>
                """);

        List<Element> pictures = all(page, "http://www.w3.org/2000/svg", "svg");
        assertThat(pictures.get(0).getAttribute("width")).isEqualTo("680");
        assertThat(pictures.get(0).getAttribute("height")).isEqualTo("138");
        assertThat(pictures.get(0).getAttribute("style")).isEqualTo("width: 680px; height: 138px");
        assertThat(pictures.get(1).getAttribute("width")).isEqualTo("640");
        assertThat(pictures.get(1).hasAttribute("style")).isFalse();
    }

    @Test
    void theRunningHeaderIsTheDocumentsTitle() throws Exception {
        Document page = prepared("");

        Element body = all(page, PrintPreparation.XHTML, "body").get(0);
        Element header = (Element) body.getFirstChild();
        assertThat(header.getAttribute("class")).isEqualTo(PrintPreparation.RUNNING_HEADER_CLASS);
        assertThat(header.getTextContent()).isEqualTo("Model card: Scorer 1.0");
    }

    @Test
    void aPageThatIsNotWellFormedIsRefusedWithAMessageSayingSo() {
        assertThatThrownBy(() -> PrintPreparation.parse("<html><body><p>open</body></html>"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not well-formed XHTML");
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(secret, "the secret");
        String page = """
                <!DOCTYPE html [<!ENTITY x SYSTEM "%s">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body>&x;</body></html>
                """.formatted(secret.toUri());
        try {
            assertThat(PrintPreparation.parse(page).getDocumentElement().getTextContent()).doesNotContain("secret");
        } catch (IOException refused) {
            assertThat(refused).hasMessageContaining("not well-formed XHTML");
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }
}
