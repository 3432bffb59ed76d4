package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.FindingStatus;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.render.FrameworkCoverage.Framework;
import dev.modelops.render.FrameworkCoverage.ModelResult;
import dev.modelops.render.FrameworkCoverage.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkCoverageTest {

    private static List<Framework> coverage(GovernanceResults results) {
        return FrameworkCoverage.of(ReportContent.of(results.build()));
    }

    private static Framework framework(List<Framework> frameworks, String name) {
        return frameworks.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> ruleIds(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }

    @Test
    void listsEveryFrameworkCitedByARuleInForceSortedByName() {
        assertThat(coverage(GovernanceResults.frameworks()).stream().map(Framework::name))
                .containsExactly("ECOA / Regulation B", "EU AI Act", "ISO/IEC 42001", "NIST AI RMF", "SR 11-7");
    }

    @Test
    void listsTheClausesInNaturalOrderWithTheRulesCitingEach() {
        List<Framework> frameworks = coverage(GovernanceResults.frameworks());

        Framework eu = framework(frameworks, "EU AI Act");
        assertThat(eu.clauses().stream().map(FrameworkCoverage.Clause::clause))
                .containsExactly("Art. 9(2)", "Art. 10(2)(f)", "Art. 15(1)");
        assertThat(ruleIds(eu.clauses().get(0).rules())).containsExactly("eu-ai-act.risk-management");
        assertThat(ruleIds(eu.rules())).as("declaration order")
                .containsExactly("core.metric-thresholds-met", "eu-ai-act.risk-management", "eu-ai-act.data-bias-examined");
        assertThat(framework(frameworks, "ISO/IEC 42001").clauses().stream().map(FrameworkCoverage.Clause::clause))
                .containsExactly("A.3.2", "A.5.2", "A.6.2.4", "A.10.3");
        assertThat(framework(frameworks, "ECOA / Regulation B").clauses().get(0).clause())
                .as("a reference without a clause cites the framework as a whole").isEmpty();
    }

    @Test
    void countsEachModelsFindingsOfTheFrameworksRulesWithAVerdict() {
        List<Framework> frameworks = coverage(GovernanceResults.frameworks());

        List<ModelResult> eu = framework(frameworks, "EU AI Act").models();
        assertThat(eu.stream().map(ModelResult::modelId)).containsExactly("churn-predictor", "credit-scoring", "fraud-detector");
        assertThat(eu.get(0).counts()).isEqualTo(new FindingCounts(1, 0, 0, 0, 2, 0, 0));
        assertThat(eu.get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(eu.get(1).counts()).as("credit-scoring: metrics passed, risk management failed, bias waived")
                .isEqualTo(new FindingCounts(1, 1, 0, 1, 0, 1, 0));
        assertThat(eu.get(1).verdict()).isEqualTo(Verdict.VIOLATIONS);
        assertThat(eu.get(2).counts()).as("fraud-detector: a medium error only warns")
                .isEqualTo(new FindingCounts(0, 0, 1, 0, 2, 0, 1));
        assertThat(eu.get(2).verdict()).isEqualTo(Verdict.VIOLATIONS);

        List<ModelResult> ecoa = framework(frameworks, "ECOA / Regulation B").models();
        assertThat(ecoa.stream().map(ModelResult::verdict))
                .containsExactly(Verdict.NOT_ASSESSED, Verdict.WAIVED, Verdict.NOT_ASSESSED);

        List<ModelResult> iso = framework(frameworks, "ISO/IEC 42001").models();
        assertThat(iso.get(2).counts()).as("fraud-detector: owner failed (blocking), metrics error (warning)")
                .isEqualTo(new FindingCounts(0, 1, 1, 0, 2, 1, 1));
        assertThat(framework(frameworks, "SR 11-7").models().get(1).counts())
                .isEqualTo(new FindingCounts(2, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void oneModelsResultsPerFrameworkAreThoseOfTheWholeCoverageInTheSameOrder() {
        ReportContent content = ReportContent.of(GovernanceResults.frameworks().build());
        List<Framework> all = FrameworkCoverage.of(content);

        for (int m = 0; m < content.models().size(); m++) {
            List<FrameworkCoverage.ModelFramework> one = FrameworkCoverage.forModel(content, content.models().get(m));
            assertThat(one.stream().map(FrameworkCoverage.ModelFramework::name))
                    .containsExactlyElementsOf(all.stream().map(Framework::name).toList());
            for (int f = 0; f < all.size(); f++) {
                assertThat(one.get(f).result()).isEqualTo(all.get(f).models().get(m));
                assertThat(one.get(f).rules()).isEqualTo(all.get(f).rules().size());
            }
        }
        List<FrameworkCoverage.ModelFramework> credit = FrameworkCoverage.forModel(content, content.models().get(1));
        assertThat(credit.stream().map(FrameworkCoverage.ModelFramework::applied))
                .as("ECOA, EU AI Act, ISO/IEC 42001, NIST AI RMF, SR 11-7: all but the not-applicable findings")
                .containsExactly(1, 3, 3, 1, 2);
    }

    @Test
    void aRuleCitingSeveralClausesOfOneFrameworkCountsOnce() {
        GovernanceResults results = GovernanceResults.builder()
                .rule("data-quality", "Data is relevant and representative", Severity.HIGH, "/datasets",
                        new Reference("EU AI Act", "Art. 10(3)"), new Reference("EU AI Act", "Art. 10(2)(f)"),
                        new Reference("  ", "ignored"), new Reference("EU AI Act", "Art. 10(3)"))
                .model(GovernanceResults.churnPredictor())
                .finding("churn-predictor", "data-quality", FindingStatus.FAILED, "not representative");

        List<Framework> frameworks = coverage(results);

        assertThat(frameworks).hasSize(1);
        Framework eu = frameworks.get(0);
        assertThat(eu.clauses().stream().map(FrameworkCoverage.Clause::clause)).containsExactly("Art. 10(2)(f)", "Art. 10(3)");
        assertThat(ruleIds(eu.clauses().get(1).rules())).containsExactly("data-quality");
        assertThat(eu.models().get(0).counts()).isEqualTo(new FindingCounts(0, 1, 0, 0, 0, 1, 0));
    }

    @Test
    void aModelWithoutFindingsOfAFrameworkIsNotAssessed() {
        GovernanceResults results = GovernanceResults.builder()
                .rule("owner-declared", "Every model has an owner", Severity.HIGH, "/people", new Reference("SR 11-7", "IV"))
                .model(GovernanceResults.churnPredictor());

        ModelResult result = coverage(results).get(0).models().get(0);

        assertThat(result.counts()).isEqualTo(FindingCounts.NONE);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(Verdict.NOT_ASSESSED.label()).isEqualTo("not assessed");
    }

    @Test
    void noReferenceMeansNoFramework() {
        assertThat(coverage(GovernanceResults.builder()
                .rule("plain", "A rule citing nothing", Severity.LOW, "")
                .model(GovernanceResults.churnPredictor()))).isEmpty();
    }
}
