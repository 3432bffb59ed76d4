package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Risk;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** Every rule of the built-in nist-ai-rmf pack passes on a compliant model and fails, with a useful message, without. */
class NistAiRmfRulePackTest extends BuiltInPackContract {

    static final String MONITORING_FILE = "src/main/models/credit-scoring/monitoring/2026-10.json";

    @Override
    String packName() {
        return "nist-ai-rmf";
    }

    /**
     * Core's compliant credit scorer, used in decisions about people, with a bureau component bought from a vendor,
     * a risk register, an impact assessment, oversight measures, fairness results for both age bands and a
     * monitoring result from October 2026.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.affectsPeople = true;
        model.protectedAttributes.add("age_band");
        model.evaluations.add(ModelFixture.metric("auc", 0.803, Map.of("age_band", "26-40"), new Threshold(0.75, null)));
        model.vendor = new Vendor("Northwind Analytics", "BureauScore 4.1", "MSA-2024-117");
        model.risks.add(new Risk("R-1", "Young applicants with short credit histories are scored less accurately.",
                "high", "Thin-file applicants are referred to an underwriter (policy rule PR-114).", "Dana Whitfield",
                "mitigated"));
        model.risks.add(new Risk("R-2", "Northwind Analytics changes the BureauScore input without notice.",
                "medium", "Contractual 90-day change notice; monthly CSI monitoring of the bureau score.",
                "Lee Chen", "open"));
        model.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 6, 15), "Fair Lending Office",
                "AIA-2026-007", "Applicants for unsecured credit; harms: wrongful decline, disparate impact by age.");
        model.humanOversight.add("Underwriters review every application in the referral band and may override.");
        model.monitoringResults.add(monitoring("auc", 0.805, LocalDate.of(2026, 10, 5), 3));
        return model;
    }

    static MetricResult monitoring(String metric, double value, LocalDate date, int line) {
        return ModelFixture.result(metric, value, Map.of(), new Threshold(0.75, null), 51_234L, "scored-2026-10",
                date, MONITORING_FILE, line);
    }

    /** An overall result with the given confidence interval (null for none), at line {@code line} of holdout.json. */
    static MetricResult withInterval(String metric, double value, Threshold threshold, ConfidenceInterval interval,
            int line) {
        return new MetricResult(metric, value, new TreeMap<>(), interval, threshold, "holdout-2026q3",
                LocalDate.of(2026, 9, 1), new SourceLocation(ModelFixture.EVALUATION_FILE, line, 5, ""));
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("nist-ai-rmf.risk-register-present", "high risk, no risk entry", m -> m.risks.clear(),
                        "Model credit-scoring (risk tier high) has no risk register: no entry under risks documents "
                                + "what could go wrong, for whom, and how it is treated"),
                violation("nist-ai-rmf.risk-register-present", "no risk tier, no risk entry", m -> {
                    m.riskTier = null;
                    m.risks.clear();
                }, "Model credit-scoring (risk tier not set) has no risk register"),
                violation("nist-ai-rmf.risk-owners-assigned", "a risk without owner",
                        m -> m.risks.set(1, new Risk("R-2", "Northwind Analytics changes its score.", "medium",
                                "Change notice.", null, "open")),
                        "Risks of model credit-scoring without an owner (1 of 2): R-2 (medium)"),
                violation("nist-ai-rmf.third-party-risks-registered", "no risk names the vendor or product", m -> {
                    m.risks.set(1, new Risk("R-2", "Bureau data arrives late.", "medium", "Fallback scorecard.",
                            "Lee Chen", "open"));
                }, "Model credit-scoring is supplied by Northwind Analytics (product BureauScore 4.1) but none of its "
                        + "2 risk entries names the vendor or the product; risks listed: R-1, R-2"),
                violation("nist-ai-rmf.impact-assessment-documented", "no impact assessment",
                        m -> m.impactAssessment = null,
                        "Model credit-scoring is used in decisions about people but records no impact assessment "
                                + "(impactAssessment)"),
                violation("nist-ai-rmf.impact-assessment-documented", "impact assessment without summary",
                        m -> m.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 6, 15), "Fair Lending Office",
                                "AIA-2026-007", " "),
                        "Model credit-scoring is used in decisions about people but its impact assessment of "
                                + "2026-06-15 has no summary of the groups affected, the potential harms and the "
                                + "conclusions"),
                violation("nist-ai-rmf.human-oversight-documented", "no oversight measure",
                        m -> m.humanOversight.clear(),
                        "Model credit-scoring is used in decisions about people but documents no human oversight "
                                + "measure (humanOversight)"),
                violation("nist-ai-rmf.uncertainty-reported", "a headline result without interval, another outside it",
                        m -> {
                            m.evaluations.set(0, withInterval("auc", 0.812, new Threshold(0.75, null), null, 4));
                            m.evaluations.set(1, withInterval("false_positive_rate", 0.08, new Threshold(null, 0.10),
                                    new ConfidenceInterval(0.085, 0.095, 0.95), 9));
                        },
                        "Headline metrics of model credit-scoring are reported without a valid measure of "
                                + "uncertainty: auc on overall of holdout-2026q3 is 0.812 with no confidence interval; "
                                + "false_positive_rate on overall of holdout-2026q3 is 0.08 outside its confidence "
                                + "interval 0.085 to 0.095"),
                violation("nist-ai-rmf.thresholds-met-with-confidence", "interval crosses a minimum",
                        m -> m.evaluations.set(0, withInterval("auc", 0.76, new Threshold(0.75, null),
                                new ConfidenceInterval(0.7499, 0.7701, 0.95), 4)),
                        "Model credit-scoring meets some thresholds only at the point estimate, not across the "
                                + "confidence interval: auc on overall of holdout-2026q3 is 0.76 but its confidence "
                                + "interval (level 0.95) reaches down to 0.7499, below the minimum 0.75"),
                violation("nist-ai-rmf.thresholds-met-with-confidence", "interval without level crosses a maximum",
                        m -> m.evaluations.set(1, withInterval("false_positive_rate", 0.095, new Threshold(null, 0.10),
                                new ConfidenceInterval(0.09, 0.1001, null), 9)),
                        "false_positive_rate on overall of holdout-2026q3 is 0.095 but its confidence interval "
                                + "reaches up to 0.1001, above the maximum 0.1"),
                violation("nist-ai-rmf.high-risks-responded", "critical risk open without mitigation, unrated risk",
                        m -> {
                            m.risks.add(new Risk("R-3", "Proxy discrimination through postcode.", "critical", null,
                                    "Dana Whitfield", "open"));
                            m.risks.add(new Risk("R-4", "Score misuse for pricing.", null, " ", "Dana Whitfield",
                                    "mitigated"));
                        },
                        "High-priority risks of model credit-scoring have no documented response (a mitigation, or "
                                + "status accepted): R-3 (critical, open), R-4 (not rated, mitigated)"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("nist-ai-rmf.risk-register-present", "low risk", m -> {
                    m.riskTier = "low";
                    m.risks.clear();
                }),
                notApplicable("nist-ai-rmf.risk-owners-assigned", "no risk register", m -> m.risks.clear()),
                notApplicable("nist-ai-rmf.third-party-risks-registered", "built in-house", m -> {
                    m.vendor = null;
                    m.risks.remove(1);
                }),
                notApplicable("nist-ai-rmf.impact-assessment-documented", "not declared to affect people", m -> {
                    m.affectsPeople = null;
                    m.impactAssessment = null;
                }),
                notApplicable("nist-ai-rmf.impact-assessment-documented", "declared not to affect people", m -> {
                    m.affectsPeople = false;
                    m.impactAssessment = null;
                }),
                notApplicable("nist-ai-rmf.human-oversight-documented", "does not affect people", m -> {
                    m.affectsPeople = false;
                    m.humanOversight.clear();
                }),
                notApplicable("nist-ai-rmf.uncertainty-reported", "no threshold on the whole dataset", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(withInterval("auc", 0.81, null, null, 4));
                    m.evaluations.add(ModelFixture.metric("auc", 0.77, Map.of("age_band", "18-25"),
                            new Threshold(0.75, null)));
                }),
                notApplicable("nist-ai-rmf.uncertainty-reported", "only exempt metrics have thresholds", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(withInterval("PSI", 0.04, new Threshold(null, 0.10), null, 4));
                    m.evaluations.add(withInterval("csi", 0.02, new Threshold(null, 0.10), null, 5));
                }),
                notApplicable("nist-ai-rmf.thresholds-met-with-confidence", "no interval on headline results",
                        m -> {
                            m.evaluations.set(0, withInterval("auc", 0.812, new Threshold(0.75, null), null, 4));
                            m.evaluations.set(1, withInterval("false_positive_rate", 0.08, new Threshold(null, 0.10),
                                    null, 9));
                        }),
                notApplicable("nist-ai-rmf.thresholds-met-with-confidence",
                        "the only headline results miss their thresholds (core's finding)", m -> {
                            m.evaluations.set(0, withInterval("auc", 0.74, new Threshold(0.75, null),
                                    new ConfidenceInterval(0.72, 0.76, 0.95), 4));
                            m.evaluations.set(1, withInterval("false_positive_rate", 0.12, new Threshold(null, 0.10),
                                    new ConfidenceInterval(0.11, 0.13, 0.95), 9));
                        }),
                notApplicable("nist-ai-rmf.high-risks-responded", "only low and medium risks", m -> {
                    m.risks.set(0, new Risk("R-1", "Short credit histories.", "low", null, "Dana Whitfield", "open"));
                }));
    }

    @Test
    void packHasAFocusedSetOfRulesAcrossTheFourFunctions() {
        assertThat(engine().rules()).hasSizeBetween(8, 12);
        assertThat(engine().rules()).flatExtracting(rule -> rule.references().stream()
                        .map(reference -> reference.clause().split(" ")[0]).toList())
                .contains("GOVERN", "MAP", "MEASURE", "MANAGE");
    }

    @Test
    void aHeadlineResultWithoutIntervalIsLocatedAtItsRow() {
        ModelFixture model = compliant();
        model.evaluations.set(1, withInterval("false_positive_rate", 0.08, new Threshold(null, 0.10), null, 9));

        Finding finding = findingOf("nist-ai-rmf.uncertainty-reported", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString(ModelFixture.EVALUATION_FILE + ":9:5");
    }

    @Test
    void aStabilityIndexNeedsNoInterval() {
        ModelFixture model = compliant();
        model.evaluations.add(withInterval("psi", 0.038, new Threshold(null, 0.10), null, 12));

        assertThat(findingOf("nist-ai-rmf.uncertainty-reported", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void anAcceptedHighRiskHasAResponse() {
        ModelFixture model = compliant();
        model.risks.add(new Risk("R-3", "Downturn performance untested.", "high", null, "Dana Whitfield",
                "accepted"));

        assertThat(findingOf("nist-ai-rmf.high-risks-responded", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aRiskNamingTheProductCountsAsAThirdPartyRisk() {
        ModelFixture model = compliant();
        model.risks.set(1, new Risk("R-2", "bureauscore 4.1 drifts after a vendor release.", "medium", "CSI.",
                "Lee Chen", "open"));

        assertThat(findingOf("nist-ai-rmf.third-party-risks-registered", model).status())
                .isEqualTo(FindingStatus.PASSED);
    }
}
