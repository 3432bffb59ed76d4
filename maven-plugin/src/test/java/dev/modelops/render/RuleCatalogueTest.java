package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** {@code rules.html}: every rule in force, by pack, with its parameters, conditions, references and results. */
class RuleCatalogueTest {

    private static final HtmlReportWriter WRITER = new HtmlReportWriter(1);

    @TempDir
    Path out;

    private Xml catalogue(GovernanceResult result) throws Exception {
        WRITER.write(result, out);
        return Xml.parse(out.resolve(HtmlReportWriter.RULES_FILE));
    }

    @Test
    void listsEveryRuleInForceInDeclarationOrderGroupedByPackWithThePacksDetails() throws Exception {
        Xml rules = catalogue(GovernanceResults.frameworks().build());

        assertThat(rules.text("//h:h1")).isEqualTo("Rule catalogue");
        assertThat(rules.text("//h:p[@class='subtitle']")).isEqualTo("5 rules in force from 2 packs, checked against 3 models.");
        assertThat(rules.texts("//h:section[@class='pack']/h:h2")).containsExactly(
                "Pack core 1.1.0: Documentation completeness and basic evidence",
                "Pack eu-ai-act 1.0.0: EU AI Act obligations of providers");
        assertThat(rules.texts("//h:article/@id")).containsExactly("rule-core.owner-present",
                "rule-core.metric-thresholds-met", "rule-eu-ai-act.risk-management", "rule-eu-ai-act.data-bias-examined",
                "rule-eu-ai-act.supplier-documented");
        String eu = "//h:section[@id='pack-2']";
        assertThat(rules.texts(eu + "//h:div[@class='details']//h:div"))
                .containsExactly("Name eu-ai-act", "Version 1.0.0", "Title EU AI Act obligations of providers",
                        "Description Articles 9 to 15 for high-risk AI systems.", "File modelops/rules/eu-ai-act.yaml",
                        "SHA-256 " + GovernanceResults.HASH_C, "Extends core@1.1");
        assertThat(rules.text(eu + "/h:pre/h:code")).isEqualTo(GovernanceResults.EU_PACK_WHEN);
        assertThat(rules.text("//h:section[@id='pack-1']//h:div[h:dt='Extends']/h:dd")).isEqualTo("No other pack");
        assertThat(rules.text("//h:section[@id='pack-1']/h:p[@class='applies']")).isEqualTo("Its rules apply to every model.");
        assertThat(rules.texts(eu + "//h:table[@class='catalogue-rules']/h:tbody/h:tr")).containsExactly(
                "eu-ai-act.risk-management High-risk model has a risk register high fail 0 1 0 0 2",
                "eu-ai-act.data-bias-examined Training data was examined for bias medium fail 0 0 0 1 2",
                "eu-ai-act.supplier-documented A bought model names its supplier low warn 0 0 0 0 3");
    }

    @Test
    void eachRuleShowsItsConditionsParametersReferencesAndResultsWithTheModelsNamed() throws Exception {
        Xml rules = catalogue(GovernanceResults.frameworks().build());

        String bias = "//h:article[@id='rule-eu-ai-act.data-bias-examined']";
        assertThat(rules.text(bias + "/h:h3")).isEqualTo("eu-ai-act.data-bias-examined Training data was examined for bias");
        assertThat(rules.text(bias + "/h:p[@class='rule-badges']"))
                .isEqualTo("medium fail Declared at modelops/rules/eu-ai-act.yaml:40; concerns /people");
        assertThat(rules.text(bias + "/h:p[@class='prose']"))
                .isEqualTo("Training data was examined for bias: why it matters and how to comply.");
        assertThat(rules.texts(bias + "/h:pre/h:code"))
                .as("pack condition, rule condition, then the check")
                .containsExactly(GovernanceResults.EU_PACK_WHEN, "model.affectsPeople", "has(model.id)");
        assertThat(rules.texts(bias + "//h:table[contains(@class, 'parameters')]/h:tbody/h:tr"))
                .containsExactly("minRatio number 0.8 Lowest acceptable disparate impact ratio");
        assertThat(rules.texts(bias + "/h:ul[@class='references-list']/h:li"))
                .containsExactly("EU AI Act Art. 10(2)(f)", "ECOA / Regulation B \u2014");
        assertThat(rules.texts(bias + "/h:dl[@class='counts']/h:div"))
                .containsExactly("passed 0", "failed 0", "could not be evaluated 0", "waived 1", "did not apply 2");
        assertThat(rules.text(bias + "/h:ul[@class='outcomes']/h:li"))
                .isEqualTo("credit-scoring waived until 2027-03-31 under MRM-F-2026-044");
        assertThat(rules.text(bias + "/h:ul[@class='outcomes']/h:li/h:a/@href")).isEqualTo("cards/credit-scoring.html");

        String owner = "//h:article[@id='rule-core.owner-present']";
        assertThat(rules.text(owner + "/h:h4[.='Applies to']/following-sibling::h:p[1]")).isEqualTo("Every model.");
        assertThat(rules.count(owner + "/h:pre")).as("only the check").isEqualTo(1);
        assertThat(rules.texts(owner + "/h:ul[@class='references-list']/h:li"))
                .containsExactly("SR 11-7 Governance, policies, and controls", "ISO/IEC 42001 A.3.2");
        assertThat(rules.texts(owner + "/h:dl[@class='counts']/h:div/h:dd")).containsExactly("2", "1", "0", "0", "0");
        assertThat(rules.text(owner + "/h:ul[@class='outcomes']/h:li")).isEqualTo("fraud-detector failed blocks release");

        String metrics = "//h:article[@id='rule-core.metric-thresholds-met']";
        assertThat(rules.text(metrics + "/h:ul[@class='outcomes']/h:li")).isEqualTo("fraud-detector error warning");
        assertThat(rules.text("//h:article[@id='rule-eu-ai-act.risk-management']/h:h4[.='Applies to']/following-sibling::h:p[1]"))
                .isEqualTo("Models for which both the pack's and the rule's conditions hold.");
    }

    @Test
    void withoutRecordedPacksRulesAreGroupedByTheirPackName() throws Exception {
        Xml rules = catalogue(GovernanceResults.standard());

        assertThat(rules.texts("//h:section[@class='pack']/h:h2")).containsExactly("Pack core");
        assertThat(rules.text("//h:section[@id='pack-1']/h:p[@class='missing']"))
                .isEqualTo("The run did not record this pack's file, version or digest.");
        assertThat(rules.count("//h:section[@id='pack-1']//h:div[@class='details']")).isZero();
        assertThat(rules.texts("//h:article/h:h3/h:code"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        assertThat(rules.text("//h:article[@id='rule-metrics-meet-thresholds']/h:ul[@class='outcomes']/h:li"))
                .isEqualTo("fraud-detector error warning");
    }

    @Test
    void theIndexAndEveryCardLinkTheCatalogueAndEachRuleIdToItsEntry() throws Exception {
        WRITER.write(GovernanceResults.frameworks().build(), out);
        Xml index = Xml.parse(out.resolve("index.html"));
        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));
        Xml rules = Xml.parse(out.resolve(HtmlReportWriter.RULES_FILE));

        for (Xml page : new Xml[] {index, rules}) {
            assertThat(page.texts("//h:nav[@class='masthead-nav']/h:a/@href")).containsExactly("index.html", "rules.html");
        }
        assertThat(card.texts("//h:nav[@class='masthead-nav']/h:a/@href")).containsExactly("../index.html", "../rules.html");
        String results = "//h:section[@id='rules']//h:table[@id='matrix']";
        assertThat(index.texts(results + "/h:tbody/h:tr[@class='rule-row']/h:th/h:a/@href")).containsExactly(
                "rules.html#rule-core.owner-present", "rules.html#rule-core.metric-thresholds-met",
                "rules.html#rule-eu-ai-act.risk-management", "rules.html#rule-eu-ai-act.data-bias-examined",
                "rules.html#rule-eu-ai-act.supplier-documented");
        assertThat(index.texts(results + "/h:tbody/h:tr[@class='pack-row']/h:th/h:a/@href"))
                .as("each pack row links the pack's section of the catalogue")
                .containsExactlyElementsOf(rules.texts("//h:section[@class='pack']/@id").stream()
                        .map(id -> "rules.html#" + id).toList());
        assertThat(index.texts(results + "/h:thead//h:a/@href"))
                .as("each model column links the model's card")
                .containsExactly("cards/churn-predictor.html", "cards/credit-scoring.html", "cards/fraud-detector.html");
        assertThat(index.texts("//h:section[@id='violations']//h:tbody/h:tr/h:th/h:a/@href")).containsExactly(
                "rules.html#rule-eu-ai-act.risk-management", "rules.html#rule-eu-ai-act.data-bias-examined",
                "rules.html#rule-core.owner-present", "rules.html#rule-core.metric-thresholds-met");
        assertThat(card.texts("//h:section[@id='findings']//h:tbody/h:tr/h:th/h:a/@href")).hasSize(5)
                .allMatch(href -> href.startsWith("../rules.html#rule-"));

        for (Xml page : new Xml[] {index, card}) {
            for (Node link : page.nodes("//@href[contains(., 'rules.html#')]")) {
                String anchor = link.getNodeValue().substring(link.getNodeValue().indexOf('#') + 1);
                assertThat(rules.count("//*[@id='" + anchor + "']")).as(link.getNodeValue()).isEqualTo(1);
            }
        }
    }
}
