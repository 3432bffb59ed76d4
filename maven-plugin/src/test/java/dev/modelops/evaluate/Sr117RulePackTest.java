package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.Change;
import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.MetricResult;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.RulePack;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The built-in sr-11-7 pack (SR 11-7 / OCC 2011-12): every rule passes on a compliant model, fails with a message
 * that states the observed value and the bound, and does not apply where it has nothing to check.
 */
class Sr117RulePackTest extends BuiltInPackContract {

    static final String OTHER_SHA256 = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    static final String MONITORING_FILE = "src/main/models/credit-scoring/monitoring/2026-10.json";

    @Override
    String packName() {
        return "sr-11-7";
    }

    /**
     * Core's compliant model (high risk, in production), plus: a conditional validation with its conditions and a
     * later approval tied to the artifact, a change log recording version 3.2.0 going to production after its
     * validation, a vendor with product and contract, and current monitoring results within their thresholds.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.approvals.clear();
        model.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2026, 8, 20), "conditional",
                "Approved subject to recalibration of the 18-25 age band."));
        model.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2026, 9, 14), "approved",
                "Fit for use; validation report MRM-2026-031.", ModelFixture.SHA256));
        model.changeLog.add(new Change("3.1.0", LocalDate.of(2025, 11, 3), "production", "Quarterly refresh."));
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 9, 1), "validation",
                "Retrained on 2019-2024 applications."));
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 9, 21), "production", "Released after validation."));
        model.vendor = new Vendor("Acme Scoring Ltd", "ScoreKit 4.1", "MSA-2024-117");
        model.monitoringResults.add(monitored("auc", 0.79, Map.of(), new Threshold(0.75, null),
                LocalDate.of(2026, 10, 15), 3));
        model.monitoringResults.add(monitored("psi", 0.08, Map.of(), new Threshold(null, 0.25),
                LocalDate.of(2026, 10, 15), 9));
        return model;
    }

    static MetricResult monitored(String metric, double value, Map<String, String> slice, Threshold threshold,
            LocalDate date, int line) {
        return ModelFixture.result(metric, value, slice, threshold, 25_000L, "production-2026-10", date,
                MONITORING_FILE, line);
    }

    static Person validator(String name, String email, String organization) {
        return new Person(name, email, "validator", organization);
    }

    static void replaceValidator(ModelFixture m, Person validator) {
        m.people.removeIf(p -> p.role().equals("validator"));
        m.people.add(validator);
    }

    static Approval validation(LocalDate date, String decision, String comment, String sha256) {
        return new Approval("Priya Raman", "validator", date, decision, comment, sha256);
    }

    @Test
    void thePackExtendsCoreAndMonitoring() {
        RulePack pack = new RulePackLoader().loadBuiltIn(packName());

        assertThat(pack.extendsPacks()).containsExactly("core@1.1", "monitoring@1.0");
        assertThat(pack.version()).isEqualTo("1.0.0");
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                // ---- inventory
                violation("sr-11-7.inventory-record-complete", "several items missing, listed at once", m -> {
                    m.type = null;
                    m.description = " ";
                    m.people.removeIf(p -> p.role().equals("developer"));
                    m.outOfScopeUses.clear();
                    m.limitations.clear();
                    m.changeLog.removeIf(c -> c.version().equals("3.2.0"));
                }, "The inventory record of model credit-scoring is incomplete; missing: type, description, "
                        + "developer, restrictions on use (outOfScopeUses or limitations), a changeLog entry for "
                        + "version 3.2.0"),
                violation("sr-11-7.inventory-record-complete", "no intended use, risk tier or status", m -> {
                    m.intendedUse = null;
                    m.riskTier = null;
                    m.status = null;
                }, "missing: intended use, risk tier, status"),
                violation("sr-11-7.inventory-record-complete", "high risk without validator",
                        m -> m.people.removeIf(p -> p.role().equals("validator")),
                        "missing: validator (required for high risk)"),
                violation("sr-11-7.inventory-record-complete", "no owner", m -> m.people.removeIf(
                        p -> p.role().equals("owner")), "missing: owner"),

                // ---- independence
                violation("sr-11-7.validator-organizationally-independent", "validator in the developer's team",
                        m -> replaceValidator(m, validator("Priya Raman", "priya.raman@example.com", " data SCIENCE ")),
                        "The validation of model credit-scoring is not independent: validator Priya Raman "
                                + "(organization data SCIENCE is also that of the developer Lee Chen)"),
                violation("sr-11-7.validator-organizationally-independent", "validator in the owner's organization",
                        m -> replaceValidator(m, validator("Priya Raman", null, "Retail Credit Risk")),
                        "validator Priya Raman (organization Retail Credit Risk is also that of the owner Dana "
                                + "Whitfield)"),
                violation("sr-11-7.validator-organizationally-independent", "no organization on a high risk model",
                        m -> replaceValidator(m, validator("Priya Raman", "priya.raman@example.com", null)),
                        "validator Priya Raman (gives no organization, so independence cannot be shown on a high "
                                + "risk model)"),
                violation("sr-11-7.validator-organizationally-independent", "validator is the developer by name",
                        m -> m.people.add(validator(" lee CHEN ", null, "Model Risk Management")),
                        "The validation of model credit-scoring is not independent: validator lee CHEN (is also "
                                + "the developer)"),
                violation("sr-11-7.validator-organizationally-independent", "validator has the owner's email",
                        m -> m.people.add(validator("D. Whitfield", "Dana.Whitfield@example.com", null)),
                        "validator D. Whitfield (gives no organization, so independence cannot be shown on a high "
                                + "risk model; is also the owner)"),

                // ---- effective challenge
                violation("sr-11-7.challenged-decisions-reasoned", "a rejection without reasons",
                        m -> m.approvals.add(new Approval("Model Risk Committee", "approver",
                                LocalDate.of(2026, 10, 2), "rejected", null)),
                        "Decisions on model credit-scoring record no reasons or conditions (comment): 2026-10-02 "
                                + "rejected by Model Risk Committee (approver)"),
                violation("sr-11-7.challenged-decisions-reasoned", "a conditional approval without its conditions",
                        m -> m.approvals.set(0, validation(LocalDate.of(2026, 8, 20), "conditional", null, null)),
                        "(comment): 2026-08-20 conditional by Priya Raman (validator)"),

                // ---- validation before production
                violation("sr-11-7.validated-before-production", "production before any validation", m -> {
                    m.changeLog.removeIf(c -> c.version().equals("3.2.0"));
                    m.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 8, 15), "production", "Early release."));
                    m.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 9, 30), "production", "Re-release."));
                }, "Model credit-scoring version 3.2.0 went to production on 2026-08-15 (change log) without a "
                        + "standing validation approval on or before that day; validator decisions on record: "
                        + "2026-08-20 conditional by Priya Raman, 2026-09-14 approved by Priya Raman"),
                violation("sr-11-7.validated-before-production", "a validator rejection between approval and release",
                        m -> m.approvals.add(validation(LocalDate.of(2026, 9, 16), "rejected", "Calibration drift.",
                                null)),
                        "went to production on 2026-09-21 (change log) without a standing validation approval on "
                                + "or before that day; validator decisions on record: 2026-08-20 conditional by Priya "
                                + "Raman, 2026-09-14 approved by Priya Raman, 2026-09-16 rejected by Priya Raman"),
                violation("sr-11-7.validated-before-production", "a conditional approval without conditions does "
                        + "not count", m -> {
                            m.approvals.clear();
                            m.approvals.add(validation(LocalDate.of(2026, 9, 10), "conditional", null, null));
                            m.approvals.add(validation(LocalDate.of(2026, 9, 30), "approved", "Fit.",
                                    ModelFixture.SHA256));
                        }, "went to production on 2026-09-21 (change log) without a standing validation approval "
                                + "on or before that day; validator decisions on record: 2026-09-10 conditional by "
                                + "Priya Raman (no conditions recorded, so it does not count), 2026-09-30 approved by "
                                + "Priya Raman"),
                violation("sr-11-7.validated-before-production", "only the previous version's release is recorded",
                        m -> m.changeLog.removeIf(c -> c.version().equals("3.2.0")),
                        "Model credit-scoring is in production, but its change log does not record when version "
                                + "3.2.0 went to production; add a changeLog entry with that version, status "
                                + "production and the date"),

                // ---- periodic review
                violation("sr-11-7.periodic-review-current", "validation older than the high-risk period", m -> {
                    m.approvals.clear();
                    m.approvals.add(validation(LocalDate.of(2024, 9, 1), "approved", "First validation.", null));
                    m.approvals.add(validation(LocalDate.of(2025, 9, 14), "approved", "Annual review.",
                            ModelFixture.SHA256));
                }, "The last validation of model credit-scoring was on 2025-09-14, 413 days before 2026-11-01; "
                        + "its risk tier high requires one every 270 days (reviewDaysHigh)"),
                violation("sr-11-7.periodic-review-current", "no validation at all", m -> {
                    m.approvals.clear();
                    m.approvals.add(new Approval("Chief Risk Officer", "approver", LocalDate.of(2026, 9, 20),
                            "approved", null));
                }, "Model credit-scoring is in production with no validation on record (no approval with role "
                        + "validator and decision approved, or conditional with its conditions); its risk tier high "
                        + "requires one every 270 days (reviewDaysHigh)"),
                violation("sr-11-7.periodic-review-current", "critical risk, 214 days old", m -> {
                    m.riskTier = "critical";
                    m.approvals.clear();
                    m.approvals.add(validation(LocalDate.of(2026, 4, 1), "approved", "Fit.", ModelFixture.SHA256));
                }, "was on 2026-04-01, 214 days before 2026-11-01; its risk tier critical requires one every 180 "
                        + "days (reviewDaysCritical)"),
                violation("sr-11-7.periodic-review-current", "no risk tier: the critical period", m -> {
                    m.riskTier = null;
                    m.approvals.clear();
                    m.approvals.add(validation(LocalDate.of(2026, 4, 1), "approved", "Fit.", ModelFixture.SHA256));
                }, "without a risk tier it is held to the critical period: one every 180 days (reviewDaysCritical)"),
                violation("sr-11-7.periodic-review-current", "medium risk, 366 days old", m -> {
                    m.riskTier = "medium";
                    m.approvals.clear();
                    m.approvals.add(validation(LocalDate.of(2025, 10, 31), "approved", "Fit.", ModelFixture.SHA256));
                }, "366 days before 2026-11-01; its risk tier medium requires one every 365 days (reviewDaysMedium)"),

                // ---- artifact
                violation("sr-11-7.validation-covers-artifact", "a new artifact since the validation",
                        m -> m.artifact = new Artifact("artifacts/credit-scoring-3.2.1.onnx", OTHER_SHA256, "onnx"),
                        "The artifact of model credit-scoring (sha256 " + OTHER_SHA256 + ") is not the one its "
                                + "latest validation reviewed (2026-09-14 approved by Priya Raman, artifactSha256 "
                                + ModelFixture.SHA256 + "): a new artifact requires a new validation"),
                violation("sr-11-7.validation-covers-artifact", "the latest validation names no artifact",
                        m -> m.approvals.add(validation(LocalDate.of(2026, 10, 1), "approved", "Recalibrated.", null)),
                        "The latest validation of model credit-scoring (2026-10-01 approved by Priya Raman) names "
                                + "no artifactSha256, so it cannot be tied to the artifact in production (sha256 "
                                + ModelFixture.SHA256 + "); record the digest of the artifact reviewed"),

                // ---- vendor
                violation("sr-11-7.vendor-model-validated-in-house", "validated only by the vendor",
                        m -> replaceValidator(m, validator("Priya Raman", null, "acme scoring ltd validation services")),
                        "Vendor model credit-scoring (supplied by Acme Scoring Ltd) has no validation approval by an "
                                + "in-house validator (a validator whose organization is not Acme Scoring Ltd); "
                                + "validators: Priya Raman (acme scoring ltd validation services); validation "
                                + "approvals by: Priya Raman on 2026-08-20, Priya Raman on 2026-09-14"),
                violation("sr-11-7.vendor-model-validated-in-house", "approved by someone not listed as validator",
                        m -> {
                            m.approvals.clear();
                            m.approvals.add(new Approval("Acme QA Team", "validator", LocalDate.of(2026, 9, 14),
                                    "approved", "Vendor test report.", ModelFixture.SHA256));
                        }, "validators: Priya Raman (Model Risk Management); validation approvals by: Acme QA Team "
                                + "on 2026-09-14"),
                violation("sr-11-7.vendor-model-validated-in-house", "validator without organization",
                        m -> replaceValidator(m, validator("Priya Raman", null, null)),
                        "validators: Priya Raman (no organization)"),
                violation("sr-11-7.vendor-documentation-recorded", "no contract",
                        m -> m.vendor = new Vendor("Acme Scoring Ltd", "ScoreKit 4.1", null),
                        "The vendor record of model credit-scoring (vendor Acme Scoring Ltd) is incomplete; "
                                + "missing: contract"),
                violation("sr-11-7.vendor-documentation-recorded", "neither product nor contract",
                        m -> m.vendor = new Vendor("Acme Scoring Ltd", " ", null), "missing: product, contract"),

                // ---- monitoring
                violation("sr-11-7.monitoring-plan-substantive", "quarterly monitoring of a high risk model",
                        m -> m.monitoring = new MonitoringPlan("P3M", List.of("auc", "psi"), "Dana Whitfield", null),
                        "The monitoring plan of model credit-scoring is not substantive: the frequency P3M (93 days) "
                                + "is longer than the 31 days allowed for a high risk model (maxMonitoringDaysHigh)"),
                violation("sr-11-7.monitoring-plan-substantive", "half-yearly monitoring of a medium risk model",
                        m -> {
                            m.riskTier = "medium";
                            m.monitoring = new MonitoringPlan("P6M", List.of("auc"), "Dana Whitfield", null);
                        }, "the frequency P6M (186 days) is longer than the 93 days allowed for a medium risk model "
                                + "(maxMonitoringDaysOther)"),
                violation("sr-11-7.monitoring-plan-substantive", "no monitored metric has a validated threshold",
                        m -> m.monitoring = new MonitoringPlan("P30D", List.of("psi", "volume"), "Dana Whitfield",
                                null),
                        "The monitoring plan of model credit-scoring is not substantive: none of the monitored "
                                + "metrics (psi, volume) has a validated threshold"),
                violation("sr-11-7.monitoring-plan-substantive", "both shortfalls at once",
                        m -> m.monitoring = new MonitoringPlan("P1Y", List.of("psi"), "Dana Whitfield", null),
                        "the frequency P1Y (366 days) is longer than the 31 days allowed for a high risk model "
                                + "(maxMonitoringDaysHigh); none of the monitored metrics (psi) has a validated "
                                + "threshold"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("sr-11-7.validator-organizationally-independent", "no validator",
                        m -> m.people.removeIf(p -> p.role().equals("validator"))),
                notApplicable("sr-11-7.challenged-decisions-reasoned", "only approvals", m -> m.approvals.remove(0)),
                notApplicable("sr-11-7.validated-before-production", "in validation", m -> {
                    m.status = "validation";
                    m.changeLog.clear();
                }),
                notApplicable("sr-11-7.periodic-review-current", "in validation", m -> {
                    m.status = "validation";
                    m.approvals.clear();
                }),
                notApplicable("sr-11-7.periodic-review-current", "retired", m -> m.status = "retired"),
                notApplicable("sr-11-7.validation-covers-artifact", "no artifact", m -> m.artifact = null),
                notApplicable("sr-11-7.validation-covers-artifact", "no validation approval", m -> {
                    m.approvals.clear();
                    m.approvals.add(new Approval("Chief Risk Officer", "approver", LocalDate.of(2026, 9, 20),
                            "approved", null, ModelFixture.SHA256));
                }),
                notApplicable("sr-11-7.validation-covers-artifact", "in development",
                        m -> m.status = "development"),
                notApplicable("sr-11-7.vendor-model-validated-in-house", "built in-house", m -> m.vendor = null),
                notApplicable("sr-11-7.vendor-model-validated-in-house", "vendor model in development", m -> {
                    m.status = "development";
                    m.approvals.clear();
                }),
                notApplicable("sr-11-7.vendor-documentation-recorded", "built in-house", m -> m.vendor = null),
                notApplicable("sr-11-7.monitoring-plan-substantive", "in development", m -> {
                    m.status = "development";
                    m.monitoring = new MonitoringPlan("P1Y", List.of("psi"), null, null);
                }),
                notApplicable("sr-11-7.monitoring-plan-substantive", "no monitoring plan (core's finding)",
                        m -> m.monitoring = null));
    }

    @Test
    void aBareModelInProductionNeverMakesARuleError() {
        ModelFixture model = bare();
        model.status = "production";
        model.riskTier = "critical";
        model.vendor = new Vendor("Acme Scoring Ltd", null, null);
        model.monitoring = new MonitoringPlan("P1M", List.of(), null, null);
        model.people.add(new Person("Priya Raman", null, "validator", null));
        model.approvals.add(new Approval("Priya Raman", "validator", LocalDate.of(2026, 1, 5), "conditional", null));

        assertThat(engine().evaluate(model.build(), AS_OF)).allSatisfy(f -> {
            assertThat(f.status()).as("%s: %s", f.ruleId(), f.message()).isNotEqualTo(FindingStatus.ERROR);
            assertThat(f.message()).as(f.ruleId()).doesNotContain("<error");
        });
    }

    // ---- passing edge cases ----------------------------------------------------------------------------------

    private FindingStatus statusOf(String ruleId, java.util.function.Consumer<ModelFixture> change) {
        ModelFixture model = compliant();
        change.accept(model);
        Finding finding = findingOf(ruleId, model);
        assertThat(finding.message()).doesNotContain("<error");
        return finding.status();
    }

    @Test
    void aValidatorWithoutOrganizationIsCheckedByPersonOnlyOnLowerTiers() {
        assertThat(statusOf("sr-11-7.validator-organizationally-independent", m -> {
            m.riskTier = "medium";
            replaceValidator(m, validator("Priya Raman", "priya.raman@example.com", null));
        })).isEqualTo(FindingStatus.PASSED);
        assertThat(statusOf("sr-11-7.validator-organizationally-independent", m -> {
            m.riskTier = "low";
            m.people.add(validator("Lee Chen", null, null));
        })).isEqualTo(FindingStatus.FAILED);
    }

    @Test
    void aValidationOnTheDayOfReleaseCountsAsBefore() {
        assertThat(statusOf("sr-11-7.validated-before-production", m -> {
            m.changeLog.removeIf(c -> c.version().equals("3.2.0"));
            m.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 9, 14), "production", "Released."));
        })).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aConditionalApprovalWithItsConditionsCountsAsValidation() {
        assertThat(statusOf("sr-11-7.validated-before-production", m -> m.approvals.remove(1)))
                .isEqualTo(FindingStatus.PASSED);
        assertThat(statusOf("sr-11-7.periodic-review-current", m -> m.approvals.remove(1)))
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aMediumRiskModelMayBeRevalidatedAfterAYear() {
        assertThat(statusOf("sr-11-7.periodic-review-current", m -> {
            m.riskTier = "medium";
            m.approvals.clear();
            m.approvals.add(validation(LocalDate.of(2025, 11, 1), "approved", "Fit.", ModelFixture.SHA256));
        })).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void theReviewPeriodIsAParameter() {
        Rule review = engine().rules().stream().filter(r -> r.id().equals("sr-11-7.periodic-review-current"))
                .findFirst().orElseThrow();
        assertThat(review.paramValues()).containsExactly(Map.entry("reviewDaysCritical", 180L),
                Map.entry("reviewDaysHigh", 270L), Map.entry("reviewDaysMedium", 365L), Map.entry("reviewDaysLow", 365L));

        Map<String, RuleParameter> params = new LinkedHashMap<>(review.params());
        params.put("reviewDaysHigh", params.get("reviewDaysHigh").withValue(30L));
        Rule strict = review.overridden(review.severity(), Enforcement.FAIL, params);
        Finding finding = RuleEngine.compile(List.of(strict)).evaluate(compliant().build(), AS_OF).get(0);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("The last validation of model credit-scoring was on 2026-09-14, 48 "
                + "days before 2026-11-01; its risk tier high requires one every 30 days (reviewDaysHigh)");
    }

    @Test
    void quarterlyMonitoringIsEnoughForAMediumRiskModel() {
        assertThat(statusOf("sr-11-7.monitoring-plan-substantive", m -> {
            m.riskTier = "medium";
            m.monitoring = new MonitoringPlan("P3M", List.of("auc"), "Dana Whitfield", null);
        })).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void theArtifactDigestIsComparedIgnoringCase() {
        assertThat(statusOf("sr-11-7.validation-covers-artifact", m -> m.artifact = new Artifact(
                "artifacts/credit-scoring-3.2.0.onnx", ModelFixture.SHA256.toUpperCase(), "onnx")))
                .isEqualTo(FindingStatus.PASSED);
    }
}
