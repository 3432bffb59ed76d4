package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own templates folder replaces shipped templates file by file, and adds its style sheet. */
class ProjectTemplatesTest {

    @TempDir
    Path templates;
    @TempDir
    Path out;

    @Test
    void aBrandingFragmentReplacesTheEmptyShippedOneOnEveryPage() throws Exception {
        write("html/fragments/branding.html", """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <th:block th:fragment="logo"><span class="logo">[logo]</span></th:block>
                <th:block th:fragment="organisation"><span>Example Bank</span></th:block>
                </body></html>
                """);

        new HtmlReportWriter(1, new ReportOptions(false, templates)).write(GovernanceResults.standard(), out);

        for (String page : new String[] {"index.html", "rules.html", "cards/credit-scoring.html"}) {
            assertThat(Files.readString(out.resolve(page))).as(page)
                    .contains("<div class=\"masthead-brand\"><span class=\"logo\">[logo]</span><span>Example Bank</span></div>");
        }
    }

    @Test
    void oneCardSectionIsReplacedAndEveryOtherSectionStaysTheShippedOne() throws Exception {
        write("html/card/people.html", """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <section th:fragment="section" id="people"><h2>Accountable people</h2>
                <p th:each="person : ${page.people}" th:text="${person.name}">name</p></section>
                </body></html>
                """);
        GovernanceResult result = GovernanceResults.standard();
        GovernedModel model = PdfReportWriterTest.model(result, "credit-scoring");

        String custom = new HtmlReportWriter(1, new ReportOptions(false, templates))
                .renderCard(ReportContent.of(result), model);
        String shipped = new HtmlReportWriter(1).renderCard(ReportContent.of(result), model);

        assertThat(custom).contains("<h2>Accountable people</h2>", "<p>Priya Raman</p>")
                .doesNotContain("People and roles");
        assertThat(shipped).contains("People and roles");
        assertThat(sectionsAfter(custom, "id=\"evidence\"")).isEqualTo(sectionsAfter(shipped, "id=\"evidence\""));
    }

    @Test
    void customCssIsAddedAfterTheShippedStyleSheet() throws Exception {
        write("css/custom.css", ".masthead { border-top: 4px solid #0b3d5c; }\n");

        new HtmlReportWriter(1, new ReportOptions(false, templates)).write(GovernanceResults.standard(), out);

        String css = Files.readString(out.resolve("modelops.css"));
        assertThat(css).startsWith(HtmlReportWriter.styleSheet())
                .endsWith("/* css/custom.css of the project */\n.masthead { border-top: 4px solid #0b3d5c; }\n");
    }

    @Test
    void withoutAProjectFileTheShippedTemplatesAreUsedUnchanged() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        GovernedModel model = PdfReportWriterTest.model(result, "credit-scoring");

        assertThat(new HtmlReportWriter(1, new ReportOptions(false, templates)).renderCard(ReportContent.of(result), model))
                .isEqualTo(new HtmlReportWriter(1).renderCard(ReportContent.of(result), model));
    }

    @Test
    void aProjectTemplateThatCannotBeProcessedIsTheUsersMistakeNamingItsFileAndLine() throws Exception {
        write("html/card/people.html", """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <section th:fragment="section" id="people"><h2>People</h2>
                <p th:text="${page.noSuchField.name}">x</p></section>
                </body></html>
                """);
        GovernanceResult result = GovernanceResults.standard();
        GovernedModel model = PdfReportWriterTest.model(result, "credit-scoring");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HtmlReportWriter(1,
                        new ReportOptions(false, templates)).renderCard(ReportContent.of(result), model))
                .isInstanceOf(dev.modelops.model.InvalidInputException.class)
                .hasMessageContaining(templates.resolve("html/card/people.html") + ":3:")
                .hasMessageContaining("expected a template Thymeleaf can process in XML mode");
    }

    private static String sectionsAfter(String page, String marker) {
        return page.substring(page.indexOf(marker));
    }

    private void write(String relative, String text) throws Exception {
        Path file = templates.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
