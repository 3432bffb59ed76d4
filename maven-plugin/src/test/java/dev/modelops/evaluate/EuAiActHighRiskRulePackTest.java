package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Artifact;
import dev.modelops.model.Change;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Risk;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in eu-ai-act-high-risk pack: a high-risk credit scorer (Annex III 5(b)) built and used by the bank
 * passes every rule; each rule fails, with a message naming the subject, the value and the bound, when its
 * evidence is missing; and a model not classified high-risk gets no finding but not-applicable.
 */
class EuAiActHighRiskRulePackTest extends BuiltInPackContract {

    private static final String PACK = "eu-ai-act-high-risk";
    private static final LocalDate DECLARED = LocalDate.of(2026, 6, 1);

    @Override
    String packName() {
        return PACK;
    }

    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.euAiAct = new EuAiActClassification("high-risk", "5(b)", "provider");
        model.datasets.clear();
        model.datasets.add(new DatasetUse("Loan applications 2019-2024", "training", "loan-applications-2024q4", null,
                "docs/datasheets/loan-applications-2024q4.md"));
        model.datasets.add(new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null,
                "docs/datasheets/holdout-2026q3.md"));
        model.protectedAttributes.add("age_band");
        model.evaluations.add(ModelFixture.metric("auc", 0.803, Map.of("age_band", "26-40"), new Threshold(0.75, null)));
        model.acceptanceCriteria.add(new AcceptanceCriterion("auc", 0.75, null, DECLARED,
                "Retail scorecard standard RS-4: minimum discrimination"));
        model.acceptanceCriteria.add(new AcceptanceCriterion("false_positive_rate", null, 0.10, DECLARED,
                "Credit policy: at most 10% of good applicants declined"));
        model.risks.add(new Risk("R-1", "Lower accuracy for applicants aged 18-25", "high",
                "Referral band routes young applicants with thin files to an underwriter", "Dana Whitfield",
                "mitigated"));
        model.risks.add(new Risk("R-2", "Calibration drifts when the product mix moves to cards", "medium", null,
                "Dana Whitfield", "accepted"));
        model.humanOversight.add("Every decline can be reviewed and overridden by an underwriter");
        model.cybersecurity.add("Artifact signature verified at load; scoring API behind mutual TLS");
        model.logging = new LoggingPolicy(List.of("input features", "score", "decision", "underwriter override"),
                1825L, "Scoring log in the decision warehouse, read access for Model Risk and Audit");
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 9, 1), "validation", "Annual redevelopment"));
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 10, 15), "production", "Go-live"));
        model.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 9, 20), "Fundamental Rights Office",
                "FRIA-2026-007", "Applicants for unsecured credit; risk of indirect age discrimination; mitigated.");
        return model;
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                // classification
                violation(PACK + ".classification-recorded", "no Annex III point",
                        m -> m.euAiAct = new EuAiActClassification("high-risk", null, "provider"),
                        "The EU AI Act classification of high-risk model credit-scoring is incomplete: no Annex III "
                                + "point (euAiAct.annexIII, such as 5(b))"),
                violation(PACK + ".classification-recorded", "a point Annex III does not have, and no role",
                        m -> m.euAiAct = new EuAiActClassification("high-risk", "5(e)", null),
                        "incomplete: the Annex III point 5(e) is not a point of Annex III, expected one such as 5(b); "
                                + "no role (euAiAct.role: provider or deployer)"),
                violation(PACK + ".classification-recorded", "a role outside the Act",
                        m -> m.euAiAct = new EuAiActClassification("high-risk", "2", "importer"),
                        "incomplete: the role importer is neither provider nor deployer"),
                // general description
                violation(PACK + ".general-description-complete", "no version, no artifact format", m -> {
                    m.version = null;
                    m.artifact = new Artifact("artifacts/credit-scoring.onnx", ModelFixture.SHA256, null);
                }, "The general description (Annex IV(1)) of high-risk model credit-scoring is incomplete; missing: "
                        + "its version (version); the form it is placed on the market or put into service in "
                        + "(artifact.format)"),
                violation(PACK + ".general-description-complete", "no description nor intended use", m -> {
                    m.description = null;
                    m.intendedUse = " ";
                }, "missing: what the system does (description); its intended purpose (intendedUse)"),
                violation(PACK + ".general-description-complete", "a deployer that does not name the provider",
                        m -> m.euAiAct = new EuAiActClassification("high-risk", "5(b)", "deployer"),
                        "missing: the name of its provider (vendor.name), as the organisation is its deployer"),
                // misuse
                violation(PACK + ".foreseeable-misuse-declared", "no out-of-scope use", m -> m.outOfScopeUses.clear(),
                        "High-risk model credit-scoring documents its intended purpose but no reasonably foreseeable "
                                + "misuse: outOfScopeUses is empty"),
                // data
                violation(PACK + ".datasheets-provided", "test set without datasheet, one without role either", m -> {
                    m.datasets.set(1, new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null));
                    m.datasets.add(new DatasetUse(null, null, "bureau-2024", null));
                    m.datasets.add(new DatasetUse("Live applications", "monitoring", null, null));
                }, "Datasets of high-risk model credit-scoring have no datasheet (datasets[].datasheet): "
                        + "Holdout 2026 Q3 (test); bureau-2024 (no role)"),
                violation(PACK + ".group-accuracy-examined", "only one group, and an attribute with outcome metrics only",
                        m -> {
                            m.protectedAttributes.add("sex");
                            m.evaluations.removeIf(e -> e.slice().containsKey("age_band")
                                    && e.slice().get("age_band").equals("26-40"));
                            m.evaluations.add(ModelFixture.metric("selection_rate", 0.41, Map.of("sex", "male"), null));
                            m.evaluations.add(ModelFixture.metric("selection_rate", 0.37, Map.of("sex", "female"),
                                    null));
                        },
                        "High-risk model credit-scoring has no per-group results of an accuracy metric (one of "
                                + "accuracy,balanced_accuracy,error_rate,auc,gini,ks,precision,recall,f1,"
                                + "true_positive_rate,true_negative_rate,false_positive_rate,false_negative_rate,"
                                + "brier,log_loss,calibration_ratio) on at least two groups of: age_band (found only "
                                + "auc on holdout-2026q3 for 1 group); sex (found only selection_rate on "
                                + "holdout-2026q3 for 2 groups)"),
                violation(PACK + ".group-accuracy-examined", "an attribute without any per-group result",
                        m -> m.protectedAttributes.add("nationality"),
                        "on at least two groups of: nationality (no per-group results)"),
                violation(PACK + ".group-accuracy-examined", "affects people, no protected attribute declared", m -> {
                    m.protectedAttributes.clear();
                    m.affectsPeople = true;
                }, "High-risk model credit-scoring affects people but declares no protected attributes "
                        + "(protectedAttributes), so its accuracy per group of persons is not examined"),
                // criteria
                violation(PACK + ".thresholds-declared-before-testing", "criterion declared after the first result",
                        m -> {
                            m.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null,
                                    LocalDate.of(2026, 9, 15), null));
                            m.evaluations.add(ModelFixture.result("auc", 0.79, Map.of(), new Threshold(0.75, null),
                                    5000L, "oot-2026q2", LocalDate.of(2026, 8, 20), ModelFixture.EVALUATION_FILE, 9));
                        },
                        "Acceptance criteria of high-risk model credit-scoring were not fixed before testing: auc "
                                + "declared on 2026-09-15, after 4 of its results were measured, the first listed "
                                + "overall of holdout-2026q3 on 2026-09-01"),
                violation(PACK + ".thresholds-declared-before-testing", "one result measured before the criterion",
                        m -> {
                            m.acceptanceCriteria.set(1, new AcceptanceCriterion("false_positive_rate", null, 0.10,
                                    LocalDate.of(2026, 9, 2), null));
                        },
                        "were not fixed before testing: false_positive_rate declared on 2026-09-02, after 1 of its "
                                + "results was measured: overall of holdout-2026q3 on 2026-09-01"),
                violation(PACK + ".thresholds-declared-before-testing", "criterion without declared date",
                        m -> m.acceptanceCriteria.set(1, new AcceptanceCriterion("false_positive_rate", null, 0.10,
                                null, null)),
                        "were not fixed before testing: false_positive_rate has no declared date"),
                violation(PACK + ".acceptance-criteria-cover-thresholds", "no acceptance criteria at all",
                        m -> m.acceptanceCriteria.clear(),
                        "High-risk model credit-scoring declares no acceptance criteria (acceptanceCriteria): the "
                                + "metrics and thresholds its testing is judged by are not fixed in advance"),
                violation(PACK + ".acceptance-criteria-cover-thresholds", "a thresholded metric without criterion",
                        m -> m.acceptanceCriteria.remove(1),
                        "Results of high-risk model credit-scoring are judged by thresholds that no acceptance "
                                + "criterion declares: false_positive_rate on overall of holdout-2026q3"),
                violation(PACK + ".thresholds-match-criteria", "a lowered minimum and a dropped maximum", m -> {
                    m.evaluations.set(0, ModelFixture.metric("auc", 0.812, Map.of(), new Threshold(0.7, null)));
                    m.evaluations.set(1, ModelFixture.metric("false_positive_rate", 0.08, Map.of(),
                            new Threshold(0.01, null)));
                }, "High-risk model credit-scoring is tested against thresholds laxer than its acceptance criteria: "
                        + "auc on holdout-2026q3: threshold min 0.7, where the acceptance criterion declared on "
                        + "2026-06-01 requires min 0.75; false_positive_rate on holdout-2026q3: threshold min 0.01, "
                        + "where the acceptance criterion declared on 2026-06-01 requires max 0.1"),
                violation(PACK + ".thresholds-match-criteria", "a two-sided criterion, a wider band", m -> {
                    m.acceptanceCriteria.add(new AcceptanceCriterion("calibration_ratio", 0.9, 1.1, DECLARED, null));
                    m.evaluations.add(ModelFixture.metric("calibration_ratio", 1.02, Map.of(),
                            new Threshold(0.9, 1.15)));
                }, "calibration_ratio on holdout-2026q3: threshold min 0.9 and max 1.15, where the acceptance "
                        + "criterion declared on 2026-06-01 requires min 0.9 and max 1.1"),
                violation(PACK + ".accuracy-declared-with-uncertainty", "no interval, and a criterion never measured",
                        m -> {
                            m.evaluations.set(1, ModelFixture.result("false_positive_rate", 0.08, Map.of(),
                                    new Threshold(null, 0.10), 12000L, "holdout-2026q3", LocalDate.of(2026, 9, 1),
                                    ModelFixture.EVALUATION_FILE, 7));
                            m.acceptanceCriteria.add(new AcceptanceCriterion("brier", null, 0.05, DECLARED, null));
                        },
                        "The declared accuracy of high-risk model credit-scoring does not state what can be expected: "
                                + "false_positive_rate on holdout-2026q3 has no confidence interval; brier has no "
                                + "result on a whole evaluation dataset"),
                // oversight and security
                violation(PACK + ".human-oversight-documented", "no measures", m -> {
                    m.humanOversight.clear();
                    m.humanOversight.add("  ");
                }, "High-risk model credit-scoring documents no human-oversight measures (humanOversight is empty)"),
                violation(PACK + ".cybersecurity-documented", "no measures", m -> m.cybersecurity.clear(),
                        "High-risk model credit-scoring documents no cybersecurity measures (cybersecurity is empty)"),
                // risks
                violation(PACK + ".risk-register-maintained", "empty register", m -> m.risks.clear(),
                        "High-risk model credit-scoring has an empty risk register (risks): no risk to health, safety "
                                + "or fundamental rights is identified"),
                violation(PACK + ".risk-register-maintained", "a risk without severity",
                        m -> m.risks.add(new Risk("R-3", "Bureau outage", null, "Fallback to manual underwriting",
                                null, "mitigated")),
                        "Risks of high-risk model credit-scoring are not rated low, medium, high or critical: R-3 "
                                + "(no severity)"),
                violation(PACK + ".risks-treated", "a medium risk open without mitigation",
                        m -> m.risks.add(new Risk("R-4", "Reason codes unclear to applicants", "medium", null,
                                "Lee Chen", "open")),
                        "Risks of high-risk model credit-scoring have neither a mitigation nor an accepted residual "
                                + "risk: R-4 (medium, open)"),
                violation(PACK + ".severe-risks-mitigated", "a critical risk accepted without mitigation, one unrated",
                        m -> {
                            m.risks.add(new Risk("R-5", "Proxy discrimination through postcode", "critical", null,
                                    "Dana Whitfield", "accepted"));
                            m.risks.add(new Risk("R-6", "Unreviewed vendor feature", null, null, null, null));
                        },
                        "Severe risks of high-risk model credit-scoring have no mitigation: R-5 (critical, accepted), "
                                + "R-6 (unrated, no status)"),
                // logging
                violation(PACK + ".events-logged", "no logging section", m -> m.logging = null,
                        "High-risk model credit-scoring records no events: no logging section"),
                violation(PACK + ".events-logged", "no events", m -> m.logging = new LoggingPolicy(List.of(), 365L,
                        null), "High-risk model credit-scoring records no events: logging.events is empty"),
                violation(PACK + ".logs-retained", "kept 183 days", m -> m.logging = new LoggingPolicy(
                        List.of("score"), 183L, null),
                        "Logs of high-risk model credit-scoring are kept for 183 days, but the minimum is 184 days "
                                + "(minRetentionDays)"),
                violation(PACK + ".logs-retained", "no retention period", m -> m.logging = new LoggingPolicy(
                        List.of("score"), null, null),
                        "High-risk model credit-scoring does not say how long its logs are kept "
                                + "(logging.retentionDays); the minimum is 184 days (minRetentionDays)"),
                // post-market
                violation(PACK + ".post-market-monitoring-plan", "in production, plan without description",
                        m -> m.monitoring = new MonitoringPlan("P30D", List.of("auc"), "Dana Whitfield", null),
                        "High-risk model credit-scoring (status production) has no complete post-market monitoring "
                                + "plan: no description of how monitoring is done"),
                violation(PACK + ".post-market-monitoring-plan", "in validation, no plan", m -> {
                    m.status = "validation";
                    m.monitoring = null;
                }, "High-risk model credit-scoring (status validation) has no complete post-market monitoring plan: "
                        + "no monitoring section"),
                violation(PACK + ".post-market-monitoring-plan", "no status, incomplete plan", m -> {
                    m.status = null;
                    m.monitoring = new MonitoringPlan(null, List.of(), null, "Monthly drift review");
                }, "(status not set) has no complete post-market monitoring plan: no frequency, no metrics, no owner"),
                violation(PACK + ".change-log-current", "no change log", m -> m.changeLog.clear(),
                        "High-risk model credit-scoring has no change log (changeLog)"),
                violation(PACK + ".change-log-current", "no entry for the current version", m -> {
                    m.changeLog.clear();
                    m.changeLog.add(new Change("3.1.2", LocalDate.of(2025, 10, 1), "production", "Recalibration"));
                    m.changeLog.add(new Change("3.1.0", LocalDate.of(2025, 3, 1), "production", "New bureau data"));
                }, "The change log of high-risk model credit-scoring has no entry for its version 3.2.0; versions "
                        + "logged: 3.1.2, 3.1.0"),
                // impact assessment
                violation(PACK + ".fundamental-rights-impact-assessed", "none", m -> m.impactAssessment = null,
                        "High-risk model credit-scoring (Annex III 5(b), provider) has no fundamental-rights impact "
                                + "assessment (impactAssessment)"),
                violation(PACK + ".fundamental-rights-impact-assessed", "made after go-live",
                        m -> m.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 10, 20), null, null, null),
                        "The fundamental-rights impact assessment of high-risk model credit-scoring is dated "
                                + "2026-10-20, after version 3.2.0 went into production on 2026-10-15"),
                violation(PACK + ".fundamental-rights-impact-assessed", "dated after the as-of date", m -> {
                    m.changeLog.removeIf(c -> "production".equals(c.status()));
                    m.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 12, 1), null, null, null);
                }, "is dated 2026-12-01, after the as-of date 2026-11-01: it is not yet made"),
                violation(PACK + ".fundamental-rights-impact-assessed", "a deployer of an insurance pricing system",
                        m -> {
                            m.euAiAct = new EuAiActClassification("high-risk", "5(c)", "deployer");
                            m.impactAssessment = new ImpactAssessment(null, "Compliance", null, null);
                        },
                        "The fundamental-rights impact assessment of high-risk model credit-scoring has no date"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable(PACK + ".foreseeable-misuse-declared", "no intended use documented", m -> {
                    m.intendedUse = null;
                    m.outOfScopeUses.clear();
                }),
                notApplicable(PACK + ".datasheets-provided", "only monitoring data", m -> {
                    m.datasets.clear();
                    m.datasets.add(new DatasetUse("Live applications", "monitoring", null, null));
                }),
                notApplicable(PACK + ".group-accuracy-examined", "declared not to affect people", m -> {
                    m.protectedAttributes.clear();
                    m.affectsPeople = false;
                }),
                notApplicable(PACK + ".thresholds-declared-before-testing", "no acceptance criteria",
                        m -> m.acceptanceCriteria.clear()),
                notApplicable(PACK + ".thresholds-match-criteria", "criteria only for metrics without overall threshold",
                        m -> {
                            m.acceptanceCriteria.clear();
                            m.acceptanceCriteria.add(new AcceptanceCriterion("brier", null, 0.05, DECLARED, null));
                        }),
                notApplicable(PACK + ".accuracy-declared-with-uncertainty", "no acceptance criteria",
                        m -> m.acceptanceCriteria.clear()),
                notApplicable(PACK + ".accuracy-declared-with-uncertainty", "criteria only on stability and outcomes",
                        m -> {
                            m.acceptanceCriteria.clear();
                            m.acceptanceCriteria.add(new AcceptanceCriterion("psi", null, 0.1, DECLARED, null));
                            m.acceptanceCriteria.add(new AcceptanceCriterion("adverse_impact_ratio", 0.8, null,
                                    DECLARED, null));
                            m.evaluations.add(ModelFixture.result("psi", 0.04, Map.of(), new Threshold(null, 0.1),
                                    null, "holdout-2026q3", LocalDate.of(2026, 9, 1), ModelFixture.EVALUATION_FILE, 8));
                        }),
                notApplicable(PACK + ".risks-treated", "only high risks", m -> m.risks.remove(1)),
                notApplicable(PACK + ".severe-risks-mitigated", "only medium and low risks", m -> {
                    m.risks.remove(0);
                    m.risks.add(new Risk("R-7", "Typos in reason codes", "low", "Template review", null, "mitigated"));
                }),
                notApplicable(PACK + ".logs-retained", "no logging section (reported by events-logged)",
                        m -> m.logging = null),
                notApplicable(PACK + ".post-market-monitoring-plan", "in development", m -> {
                    m.status = "development";
                    m.monitoring = null;
                }),
                notApplicable(PACK + ".post-market-monitoring-plan", "retired", m -> {
                    m.status = "retired";
                    m.monitoring = null;
                }),
                notApplicable(PACK + ".fundamental-rights-impact-assessed", "an employment system (Annex III 4(a))",
                        m -> {
                            m.euAiAct = new EuAiActClassification("high-risk", "4(a)", "provider");
                            m.impactAssessment = null;
                        }),
                notApplicable(PACK + ".fundamental-rights-impact-assessed", "not yet deployed (validation)", m -> {
                    m.status = "validation";
                    m.impactAssessment = null;
                }),
                notApplicable(PACK + ".fundamental-rights-impact-assessed", "no role recorded", m -> {
                    m.euAiAct = new EuAiActClassification("high-risk", "5(b)", null);
                    m.impactAssessment = null;
                }));
    }

    static Stream<Arguments> notHighRisk() {
        return Stream.of(
                Arguments.of("not classified under the EU AI Act", (Consumer<ModelFixture>) m -> m.euAiAct = null),
                Arguments.of("classified limited risk", (Consumer<ModelFixture>) m -> m.euAiAct =
                        new EuAiActClassification("limited", null, "deployer")),
                Arguments.of("classified without a risk class", (Consumer<ModelFixture>) m -> m.euAiAct =
                        new EuAiActClassification(null, "5(b)", "provider")));
    }

    @ParameterizedTest(name = "no rule applies to a model {0}")
    @MethodSource("notHighRisk")
    void noRuleAppliesToAModelThatIsNotHighRisk(String situation, Consumer<ModelFixture> change) {
        ModelFixture model = compliant();
        change.accept(model);
        model.humanOversight.clear();
        model.risks.clear();

        List<Finding> findings = engine().evaluate(model.build(), AS_OF);

        assertThat(findings).hasSize(engine().rules().size());
        assertThat(findings).allSatisfy(f -> assertThat(f.status()).as(f.ruleId())
                .isEqualTo(FindingStatus.NOT_APPLICABLE));
    }

    @Test
    void aBareModelGetsOnlyNotApplicableFindings() {
        assertThat(engine().evaluate(bare().build(), AS_OF))
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.NOT_APPLICABLE));
    }

    @Test
    void aBareHighRiskModelFailsWithoutErrors() {
        ModelFixture bare = bare();
        bare.euAiAct = new EuAiActClassification("high-risk", null, null);

        List<Finding> findings = engine().evaluate(bare.build(), AS_OF);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).as("%s: %s", f.ruleId(), f.message()).isNotEqualTo(FindingStatus.ERROR);
            assertThat(f.message()).as(f.ruleId()).doesNotContain("<error");
        });
        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.FAILED).extracting(Finding::ruleId)
                .contains(PACK + ".classification-recorded", PACK + ".risk-register-maintained",
                        PACK + ".acceptance-criteria-cover-thresholds", PACK + ".events-logged");
    }

    @Test
    void aResultMeasuredBeforeItsCriterionIsLocatedAtItsRow() {
        ModelFixture model = compliant();
        model.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 9, 15), null));
        model.evaluations.add(ModelFixture.result("auc", 0.79, Map.of(), new Threshold(0.75, null), 5000L,
                "oot-2026q2", LocalDate.of(2026, 8, 20), "src/main/models/credit-scoring/evaluations/oot.csv", 3));
        model.evaluations.removeIf(e -> !e.metric().equals("auc") || e.date().equals(LocalDate.of(2026, 9, 1)));

        Finding finding = findingOf(PACK + ".thresholds-declared-before-testing", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString("src/main/models/credit-scoring/evaluations/oot.csv:3:1");
    }

    @Test
    void aModelWithHundredsOfResultsStaysWithinTheIterationBudget() {
        ModelFixture model = compliant();
        model.protectedAttributes.add("region");
        for (int i = 0; i < 400; i++) {
            model.evaluations.add(ModelFixture.metric("auc", 0.7, Map.of("region", "r" + i), new Threshold(0.72, null)));
            model.evaluations.add(ModelFixture.metric("psi", 0.3, Map.of("segment", "s" + i), new Threshold(null, 0.1)));
        }
        model.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 9, 15), null));

        List<Finding> findings = engine().evaluate(model.build(), AS_OF);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.status()).as("%s: %s", f.ruleId(), f.message()).isNotEqualTo(FindingStatus.ERROR);
            assertThat(f.message()).as(f.ruleId()).doesNotContain("<error");
        });
        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.FAILED).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder(PACK + ".thresholds-declared-before-testing",
                        PACK + ".acceptance-criteria-cover-thresholds");
    }

    @Test
    void aDeployerNamingItsProviderHasACompleteGeneralDescription() {
        ModelFixture model = compliant();
        model.euAiAct = new EuAiActClassification("high-risk", "5(b)", "deployer");
        model.vendor = new Vendor("Acme Scoring GmbH", "CreditScore 3", "C-2026-014");

        assertThat(findingOf(PACK + ".general-description-complete", model).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void logsKeptExactlyTheMinimumPass() {
        ModelFixture model = compliant();
        model.logging = new LoggingPolicy(List.of("score"), 184L, null);

        assertThat(findingOf(PACK + ".logs-retained", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void criteriaDeclaredOnTheDayOfTheFirstResultPass() {
        ModelFixture model = compliant();
        model.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 9, 1), null));

        assertThat(findingOf(PACK + ".thresholds-declared-before-testing", model).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aStricterThresholdThanTheCriterionPasses() {
        ModelFixture model = compliant();
        model.evaluations.set(0, ModelFixture.metric("auc", 0.812, Map.of(), new Threshold(0.8, null)));

        assertThat(findingOf(PACK + ".thresholds-match-criteria", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aPublicServiceDeployerAssessesEveryHighRiskSystemButCriticalInfrastructure() {
        List<dev.modelops.model.Rule> rules = RuleOverrides.apply(new RulePackLoader().loadBuiltIn(PACK).rules(),
                List.of(new ProjectOverride(PACK + ".fundamental-rights-impact-assessed", null, null, null,
                        Map.of("publicServiceDeployer", "true"))));
        RuleEngine engine = RuleEngine.compile(rules);

        ModelFixture education = compliant();
        education.euAiAct = new EuAiActClassification("high-risk", "3(a)", "deployer");
        education.impactAssessment = null;
        ModelFixture infrastructure = compliant();
        infrastructure.euAiAct = new EuAiActClassification("high-risk", "2", "deployer");
        infrastructure.impactAssessment = null;

        assertThat(statusOf(engine, education)).isEqualTo(FindingStatus.FAILED);
        assertThat(statusOf(engine, infrastructure)).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(statusOf(engine(), education)).isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void aProviderThatDoesNotDeployOwesNoImpactAssessment() {
        List<dev.modelops.model.Rule> rules = RuleOverrides.apply(new RulePackLoader().loadBuiltIn(PACK).rules(),
                List.of(new ProjectOverride(PACK + ".fundamental-rights-impact-assessed", null, null, null,
                        Map.of("providerDeploys", "false"))));
        RuleEngine engine = RuleEngine.compile(rules);
        ModelFixture model = compliant();
        model.impactAssessment = null;

        assertThat(statusOf(engine, model)).isEqualTo(FindingStatus.NOT_APPLICABLE);
        model.euAiAct = new EuAiActClassification("high-risk", "5(b)", "deployer");
        assertThat(statusOf(engine, model)).isEqualTo(FindingStatus.FAILED);
    }

    private static FindingStatus statusOf(RuleEngine engine, ModelFixture model) {
        return engine.evaluate(model.build(), AS_OF).stream()
                .filter(f -> f.ruleId().equals(PACK + ".fundamental-rights-impact-assessed"))
                .findFirst().orElseThrow().status();
    }
}
