package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.evaluate.BuiltInRulePacks;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With every built-in pack in force, the rule catalogue lists every built-in rule with every reference it cites. */
class BuiltInCatalogueTest {

    @Test
    void everyBuiltInRuleIsInTheCatalogueWithItsReferences(@TempDir Path out) throws Exception {
        List<RulePack> packs = new RulePackLoader().load(BuiltInRulePacks.names(), List.of(), out);
        List<Rule> rules = RulePackLoader.rules(packs);
        GovernanceResult result = new GovernanceResult("all packs", Instant.parse("2026-11-20T00:00:00Z"), List.of(),
                rules, List.of(), Severity.HIGH, List.of(), null, packs);

        new HtmlReportWriter(1).write(result, out);
        Xml catalogue = Xml.parse(out.resolve(HtmlReportWriter.RULES_FILE));

        assertThat(catalogue.texts("//h:section[@class='pack']/h:h2"))
                .hasSize(BuiltInRulePacks.names().size());
        assertThat(catalogue.texts("//h:article/@id"))
                .containsExactlyElementsOf(rules.stream().map(rule -> "rule-" + rule.id()).toList());
        for (Rule rule : rules) {
            String entry = "//h:article[@id='rule-" + rule.id() + "']";
            assertThat(catalogue.texts(entry + "/h:ul[@class='references-list']/h:li")).as(rule.id())
                    .isNotEmpty()
                    .containsExactlyElementsOf(rule.references().stream().map(Reference::toString).toList());
        }
    }
}
