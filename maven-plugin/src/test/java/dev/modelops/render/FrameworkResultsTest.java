package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.model.GovernanceResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results per framework: the index's section and results.json's {@code frameworks}, the same numbers. */
class FrameworkResultsTest {

    @TempDir
    Path out;

    @Test
    void theIndexShowsAFrameworkByModelTableWithAVerdictPerCell() throws Exception {
        new HtmlReportWriter(1).write(GovernanceResults.frameworks().build(), out);
        Xml index = Xml.parse(out.resolve("index.html"));

        assertThat(index.texts("//h:nav[@class='toc']//h:a/@href")).contains("#frameworks");
        String matrix = "//h:section[@id='frameworks']//h:table[@class='framework-matrix']";
        assertThat(index.texts(matrix + "/h:thead/h:tr/h:th"))
                .containsExactly("Framework", "churn-predictor", "credit-scoring", "fraud-detector");
        assertThat(index.texts(matrix + "/h:thead/h:tr/h:th/h:a/@href"))
                .containsExactly("cards/churn-predictor.html", "cards/credit-scoring.html", "cards/fraud-detector.html");
        assertThat(index.texts(matrix + "/h:tbody/h:tr/h:th"))
                .containsExactly("ECOA / Regulation B", "EU AI Act", "ISO/IEC 42001", "NIST AI RMF", "SR 11-7");
        assertThat(index.texts(matrix + "/h:tbody/h:tr/h:th/h:a/@href")).containsExactly("#framework-1",
                "#framework-2", "#framework-3", "#framework-4", "#framework-5");
        assertThat(index.texts(column(matrix, "credit-scoring"))).containsExactly(
                "waived 1 waived",
                "violations 1 passed, 1 failed, 1 waived 1 blocking, 0 warnings",
                "violations 2 passed, 1 failed, 1 not applicable 1 blocking, 0 warnings",
                "compliant 1 passed",
                "compliant 2 passed, 1 not applicable");
        assertThat(index.texts(column(matrix, "churn-predictor") + "/h:span[1]"))
                .containsExactly("not assessed", "compliant", "compliant", "compliant", "compliant");
        assertThat(index.texts(column(matrix, "fraud-detector"))).containsExactly(
                "not assessed 1 not applicable",
                "violations 1 error, 2 not applicable 0 blocking, 1 warning",
                "violations 1 failed, 1 error, 2 not applicable 1 blocking, 1 warning",
                "violations 1 error 0 blocking, 1 warning",
                "violations 1 failed, 1 error, 1 not applicable 1 blocking, 1 warning");
        assertThat(index.texts(column(matrix, "fraud-detector") + "/h:span[1]/@class"))
                .as("violations that only warn are amber, blocking ones red")
                .containsExactly("badge badge-na", "badge badge-warn", "badge badge-fail", "badge badge-warn",
                        "badge badge-fail");
    }

    /** The cells of one model's column of {@code table}, one per framework, found by the column's heading. */
    private static String column(String table, String modelId) {
        return table + "/h:tbody/h:tr/*[position() = count(" + table + "/h:thead/h:tr/h:th[.='" + modelId
                + "']/preceding-sibling::h:th) + 1]";
    }

    @Test
    void eachFrameworkListsItsClausesInNaturalOrderWithTheRulesCitingThem() throws Exception {
        new HtmlReportWriter(1).write(GovernanceResults.frameworks().build(), out);
        Xml index = Xml.parse(out.resolve("index.html"));

        String eu = "//h:section[@id='frameworks']/h:h3[.='EU AI Act']";
        assertThat(index.text(eu + "/following-sibling::h:p[1]"))
                .isEqualTo("Cited by 3 rules in 3 clauses. Models: 2 with violations, 1 compliant.");
        String clauses = eu + "/following-sibling::h:div[1]//h:tbody/h:tr";
        assertThat(index.texts(clauses)).containsExactly(
                "Art. 9(2) eu-ai-act.risk-management High-risk model has a risk register",
                "Art. 10(2)(f) eu-ai-act.data-bias-examined Training data was examined for bias",
                "Art. 15(1) core.metric-thresholds-met Model meets every metric threshold");
        assertThat(index.text(clauses + "[1]//h:a/@href")).isEqualTo("rules.html#rule-eu-ai-act.risk-management");
        assertThat(index.texts("//h:section[@id='frameworks']/h:h3[.='ISO/IEC 42001']/following-sibling::h:div[1]//h:tbody/h:tr/h:th"))
                .containsExactly("A.3.2", "A.5.2", "A.6.2.4", "A.10.3");
        assertThat(index.texts("//h:section[@id='frameworks']/h:h3[.='ECOA / Regulation B']/following-sibling::h:div[1]//h:tbody/h:tr/h:th"))
                .containsExactly("(the framework as a whole)");
        assertThat(index.texts("//h:table[@class='framework-matrix']/h:tbody/h:tr/h:th/h:a/@href"))
                .containsExactlyElementsOf(index.texts("//h:section[@id='frameworks']/h:h3/@id").stream().map(id -> "#" + id).toList());
    }

    @Test
    void resultsJsonHasTheSameNumbersAsTheIndex() throws Exception {
        GovernanceResult result = GovernanceResults.frameworks().build();
        new JsonResultsWriter().write(result, out);
        new HtmlReportWriter(1).write(result, out);
        JsonNode frameworks = new ObjectMapper().readTree(out.resolve(JsonResultsWriter.FILE_NAME).toFile()).get("frameworks");
        Xml index = Xml.parse(out.resolve("index.html"));

        List<String> fromJson = new ArrayList<>();
        List<String> fromHtml = new ArrayList<>();
        for (int f = 0; f < frameworks.size(); f++) {
            JsonNode framework = frameworks.get(f);
            for (JsonNode model : framework.get("models")) {
                fromJson.add(framework.get("name").asText() + "/" + model.get("model").asText() + ": "
                        + model.get("verdict").asText() + " " + model.get("passed") + " " + model.get("failed") + " "
                        + model.get("errors") + " " + model.get("waived") + " " + model.get("notApplicable") + " "
                        + model.get("blocking") + " " + model.get("warnings"));
                String cell = column("//h:table[@class='framework-matrix']", model.get("model").asText())
                        + "[parent::h:tr/h:th='" + framework.get("name").asText() + "']";
                fromHtml.add(framework.get("name").asText() + "/" + model.get("model").asText() + ": "
                        + index.text(cell + "/h:span[1]") + " " + count(index.text(cell), "passed") + " "
                        + count(index.text(cell), "failed") + " " + count(index.text(cell), "error") + " "
                        + count(index.text(cell), "waived") + " " + count(index.text(cell), "not applicable") + " "
                        + count(index.text(cell), "blocking") + " " + count(index.text(cell), "warning"));
            }
        }
        assertThat(fromHtml).containsExactlyElementsOf(fromJson);
    }

    /** The number written before {@code word} in a cell ("2 passed"), 0 when the cell does not mention it. */
    private static int count(String cell, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + word).matcher(cell);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
