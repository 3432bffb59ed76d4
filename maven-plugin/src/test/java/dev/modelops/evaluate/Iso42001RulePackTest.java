package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Change;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Person;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Vendor;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** Every rule of the built-in iso-42001 pack passes on a compliant model and fails, with a useful message, without. */
class Iso42001RulePackTest extends BuiltInPackContract {

    @Override
    String packName() {
        return "iso-42001";
    }

    /**
     * Core's compliant credit scorer (high risk, in production) with a named approver who approved it, documented
     * datasets, a recent impact assessment, acceptance criteria fixed before testing and met, a change log up to
     * its go-live, event logging, and a bureau component bought under a contract.
     */
    @Override
    ModelFixture compliant() {
        ModelFixture model = ModelFixture.compliant();
        model.people.add(new Person("Henrik Vos", "henrik.vos@example.com", "approver", "Model Risk Committee"));
        model.approvals.add(new Approval("Henrik Vos", "approver", LocalDate.of(2026, 9, 30), "approved",
                "Approved by the Model Risk Committee."));
        model.datasets.set(0, new DatasetUse("Loan applications 2019-2024", "training", "loan-applications-2024q4",
                "388,412 booked applications with a 12-month performance window."));
        model.datasets.set(1, new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null,
                "docs/datasheets/holdout-2026q3.md"));
        model.impactAssessment = new ImpactAssessment(LocalDate.of(2026, 6, 15), "Fair Lending Office",
                "AIA-2026-007", "Applicants for unsecured credit; harms: wrongful decline, disparate impact by age.");
        model.acceptanceCriteria.add(new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 8, 1),
                "Minimum discrimination agreed with Credit Policy."));
        model.acceptanceCriteria.add(new AcceptanceCriterion("false_positive_rate", null, 0.10,
                LocalDate.of(2026, 8, 1), null));
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 7, 20), "development", "Annual redevelopment."));
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 10, 15), "production", "Go-live, replacing 3.1.2."));
        model.logging = new LoggingPolicy(List.of("application id", "score", "decision", "underwriter override"),
                2555L, "Decision log in the credit data warehouse.");
        model.vendor = new Vendor("Northwind Analytics", "BureauScore 4.1", "MSA-2024-117");
        return model;
    }

    static MetricResult dated(String metric, double value, LocalDate date, int line) {
        return new MetricResult(metric, value, new TreeMap<>(), null, null, "holdout-2026q3", date,
                new SourceLocation(ModelFixture.EVALUATION_FILE, line, 5, ""));
    }

    @Override
    Stream<Arguments> violations() {
        return Stream.of(
                violation("iso-42001.approver-accountable", "approved by the validator only", m -> {
                    m.approvals.removeIf(a -> a.by().equals("Henrik Vos"));
                }, "Model credit-scoring is of high risk and in production, but no approval is by a person named with "
                        + "role approver; approvers named: Henrik Vos; approved by: Priya Raman (validator)"),
                violation("iso-42001.approver-accountable", "approver not named under people",
                        m -> m.people.removeIf(p -> p.role().equals("approver")),
                        "approvers named: (none); approved by: Priya Raman (validator), Henrik Vos (approver)"),
                violation("iso-42001.data-resources-documented", "a dataset without description or datasheet",
                        m -> m.datasets.set(1, new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", " ")),
                        "Datasets of model credit-scoring have neither a description nor a datasheet: "
                                + "Holdout 2026 Q3 (test)"),
                violation("iso-42001.impact-assessment-current", "no impact assessment", m -> m.impactAssessment = null,
                        "Model credit-scoring (high risk) has no current impact assessment: none is recorded (impactAssessment)"),
                violation("iso-42001.impact-assessment-current", "older than a year and without reference", m -> {
                    m.affectsPeople = true;
                    m.impactAssessment = new ImpactAssessment(LocalDate.of(2025, 10, 31), "Fair Lending Office",
                            null, "Applicants for unsecured credit.");
                }, "Model credit-scoring (used in decisions about people) has no current impact assessment: it gives "
                        + "no reference to the assessment document; it was completed on 2025-10-31, more than 365 days "
                        + "before 2026-11-01 (maxAgeDays)"),
                violation("iso-42001.requirements-before-testing", "criterion declared after the results", m -> {
                    m.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 9, 10),
                            null));
                }, "Acceptance criteria of model credit-scoring were declared after results they judge: auc declared "
                        + "2026-09-10, after 2 of its results, such as overall of holdout-2026q3 measured 2026-09-01"),
                violation("iso-42001.acceptance-criteria-verified", "a criterion without overall result, one missed",
                        m -> {
                            m.acceptanceCriteria.add(new AcceptanceCriterion("brier", null, 0.15,
                                    LocalDate.of(2026, 8, 1), null));
                            m.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.82, null,
                                    LocalDate.of(2026, 8, 1), null));
                        },
                        "Model credit-scoring does not verify its acceptance criteria: brier has no result on the "
                                + "whole dataset; auc on overall of holdout-2026q3 is 0.812, below the criterion "
                                + "minimum 0.82"),
                violation("iso-42001.acceptance-criteria-verified", "a maximum missed",
                        m -> m.acceptanceCriteria.set(1, new AcceptanceCriterion("false_positive_rate", null, 0.0799,
                                LocalDate.of(2026, 8, 1), null)),
                        "false_positive_rate on overall of holdout-2026q3 is 0.08, above the criterion maximum "
                                + "0.0799"),
                violation("iso-42001.change-log-current", "no entry for the current version", m -> m.version = "3.3.0",
                        "The change log of model credit-scoring has no entry for its current version 3.3.0; entries: "
                                + "3.2.0 2026-07-20 development, 3.2.0 2026-10-15 production"),
                violation("iso-42001.change-log-current", "retired without a retirement entry", m -> {
                    m.status = "retired";
                }, "The change log of model credit-scoring records no change of version 3.2.0 to its status retired"),
                violation("iso-42001.event-logging-defined", "no logging", m -> m.logging = null,
                        "Model credit-scoring is in production without a complete event-logging definition: no "
                                + "logging section"),
                violation("iso-42001.event-logging-defined", "no events, no retention",
                        m -> m.logging = new LoggingPolicy(List.of(" "), null, "Decision log."),
                        "without a complete event-logging definition: no events recorded, no retention period "
                                + "(retentionDays)"),
                violation("iso-42001.event-logging-defined", "records kept zero days",
                        m -> m.logging = new LoggingPolicy(List.of("score"), 0L, null),
                        "without a complete event-logging definition: a retention period of 0 days"),
                violation("iso-42001.test-data-independent", "test set is the training snapshot",
                        m -> m.datasets.set(1, new DatasetUse("Holdout 2026 Q3", "test", "loan-applications-2024q4",
                                "Same extract.")),
                        "Validation or test data of model credit-scoring is also its training data: Holdout 2026 Q3 "
                                + "(test, lineageRef loan-applications-2024q4)"),
                violation("iso-42001.test-data-independent", "validation set named like the training set",
                        m -> m.datasets.add(new DatasetUse(" loan applications 2019-2024", "validation", null,
                                "Same table.")),
                        "is also its training data:  loan applications 2019-2024 (validation)"),
                violation("iso-42001.supplier-recorded", "vendor without product or contract",
                        m -> m.vendor = new Vendor("Northwind Analytics", null, " "),
                        "Model credit-scoring is supplied by Northwind Analytics but its vendor record gives no "
                                + "product and no contract reference"),
                violation("iso-42001.supplier-recorded", "vendor without contract",
                        m -> m.vendor = new Vendor("Northwind Analytics", "BureauScore 4.1", null),
                        "its vendor record gives no contract reference"));
    }

    @Override
    Stream<Arguments> notApplicable() {
        return Stream.of(
                notApplicable("iso-42001.approver-accountable", "medium risk", m -> {
                    m.riskTier = "medium";
                    m.approvals.removeIf(a -> a.by().equals("Henrik Vos"));
                }),
                notApplicable("iso-42001.approver-accountable", "in development", m -> {
                    m.status = "development";
                    m.approvals.clear();
                }),
                notApplicable("iso-42001.data-resources-documented", "no dataset", m -> m.datasets.clear()),
                notApplicable("iso-42001.impact-assessment-current", "medium risk, not affecting people", m -> {
                    m.riskTier = "medium";
                    m.affectsPeople = false;
                    m.impactAssessment = null;
                }),
                notApplicable("iso-42001.requirements-before-testing", "no acceptance criteria",
                        m -> m.acceptanceCriteria.clear()),
                notApplicable("iso-42001.requirements-before-testing", "results not dated", m -> {
                    m.evaluations.clear();
                    m.evaluations.add(dated("auc", 0.81, null, 4));
                }),
                notApplicable("iso-42001.acceptance-criteria-verified", "no acceptance criteria",
                        m -> m.acceptanceCriteria.clear()),
                notApplicable("iso-42001.change-log-current", "no version", m -> {
                    m.version = null;
                    m.changeLog.clear();
                }),
                notApplicable("iso-42001.event-logging-defined", "in validation", m -> {
                    m.status = "validation";
                    m.logging = null;
                }),
                notApplicable("iso-42001.test-data-independent", "no validation or test data",
                        m -> m.datasets.removeIf(d -> d.role().equals("test"))),
                notApplicable("iso-42001.supplier-recorded", "built in-house", m -> m.vendor = null));
    }

    @Test
    void packHasAFocusedSetOfAnnexAControls() {
        assertThat(engine().rules()).hasSizeBetween(8, 12);
        assertThat(engine().rules()).allSatisfy(rule -> assertThat(rule.references())
                .anySatisfy(reference -> assertThat(reference.clause()).matches("A\\.\\d+(\\.\\d+)+")));
    }

    @Test
    void aChangeLogWithoutStatusPassesForAModelInDevelopment() {
        ModelFixture model = compliant();
        model.status = "development";
        model.changeLog.clear();
        model.changeLog.add(new Change("3.2.0", LocalDate.of(2026, 7, 20), null, "Annual redevelopment."));

        assertThat(findingOf("iso-42001.change-log-current", model).status()).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void aResultMeasuredBeforeItsCriterionIsLocatedAtItsRow() {
        ModelFixture model = compliant();
        model.evaluations.add(dated("false_positive_rate", 0.09, LocalDate.of(2026, 7, 2), 17));

        Finding finding = findingOf("iso-42001.requirements-before-testing", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.location()).hasToString(ModelFixture.EVALUATION_FILE + ":17:5");
    }

    @Test
    void aCriterionDeclaredOnTheDayOfTheResultCountsAsBefore() {
        ModelFixture model = compliant();
        model.acceptanceCriteria.set(0, new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 9, 1), null));

        assertThat(findingOf("iso-42001.requirements-before-testing", model).status())
                .isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void theImpactAssessmentAgeIsAParameter() {
        ModelFixture model = compliant();
        model.impactAssessment = new ImpactAssessment(LocalDate.of(2025, 11, 1), null, "AIA-2025-003", null);

        assertThat(findingOf("iso-42001.impact-assessment-current", model).status()).isEqualTo(FindingStatus.PASSED);
        model.impactAssessment = new ImpactAssessment(LocalDate.of(2025, 10, 31), null, "AIA-2025-003", null);
        assertThat(findingOf("iso-42001.impact-assessment-current", model).message())
                .isEqualTo("Model credit-scoring (high risk) has no current impact assessment: it was completed on "
                        + "2025-10-31, more than 365 days before 2026-11-01 (maxAgeDays)");
    }
}
