package dev.modelops.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    private static final SourceLocation CHURN_OWNER =
            new SourceLocation("src/main/models/churn/model.yaml", 9, 3, "/people");

    @Test
    void violationsAtOrAboveTheThresholdBlockAndTheRestAreWarnings() {
        Finding ownerMissing = finding("core.owner-present", Severity.HIGH, FindingStatus.FAILED, "churn names no owner");
        Finding thresholdBreached = finding("core.metrics-meet-thresholds", Severity.MEDIUM, FindingStatus.FAILED,
                "recall for segment=small-business is 0.58, but the minimum is 0.6");
        Finding cannotEvaluate = finding("core.broken", Severity.CRITICAL, FindingStatus.ERROR, "no such key: x");
        Finding passed = finding("core.description-present", Severity.CRITICAL, FindingStatus.PASSED, "ok");
        Finding notApplicable = finding("core.monitoring", Severity.CRITICAL, FindingStatus.NOT_APPLICABLE, "n/a");

        Verdict verdict = Verdict.of(result(Severity.HIGH,
                List.of(ownerMissing, thresholdBreached, cannotEvaluate, passed, notApplicable)));

        assertThat(verdict.blocksRelease()).isTrue();
        assertThat(verdict.blocking()).containsExactly(ownerMissing, cannotEvaluate);
        assertThat(verdict.warnings()).containsExactly(thresholdBreached);
        assertThat(verdict.blockingLines()).first().isEqualTo(
                "[high] core.owner-present on churn: churn names no owner (src/main/models/churn/model.yaml:9:3)");
        assertThat(verdict.summaryLine()).isEqualTo(
                "0 models, 5 rules: 1 passed, 2 failed, 1 error, 1 not applicable; 2 blocking, 1 warning");
    }

    @Test
    void onlyWarningsDoNotBlock() {
        Finding lowSeverity = finding("core.license", Severity.LOW, FindingStatus.FAILED, "no licence");
        Verdict verdict = Verdict.of(result(Severity.MEDIUM, List.of(lowSeverity)));
        assertThat(verdict.blocksRelease()).isFalse();
        assertThat(verdict.warningLines()).containsExactly(
                "[low] core.license on churn: no licence (src/main/models/churn/model.yaml:9:3)");
    }

    @ParameterizedTest(name = "{0} at {1} with failOnSeverity medium: {2}")
    @CsvSource({
        "FAIL,  HIGH,     blocking",
        "FAIL,  MEDIUM,   blocking",
        "FAIL,  LOW,      warning",
        "WARN,  CRITICAL, warning",
        "WARN,  INFO,     warning",
        "AUDIT, CRITICAL, audited",
        "AUDIT, LOW,      audited"})
    void enforcementDecidesWhatAViolationDoes(Enforcement enforcement, Severity severity, String effect) {
        Finding failed = finding("bank.rule", severity, enforcement, FindingStatus.FAILED);
        Finding error = finding("bank.broken", severity, enforcement, FindingStatus.ERROR);
        Finding passed = finding("bank.passes", severity, enforcement, FindingStatus.PASSED);

        Verdict verdict = Verdict.of(result(Severity.MEDIUM, List.of(failed, error, passed)));

        List<Finding> violations = List.of(failed, error);
        assertThat(verdict.blocking()).isEqualTo(effect.equals("blocking") ? violations : List.of());
        assertThat(verdict.warnings()).isEqualTo(effect.equals("warning") ? violations : List.of());
        assertThat(verdict.audited()).isEqualTo(effect.equals("audited") ? violations : List.of());
        assertThat(verdict.blocksRelease()).isEqualTo(effect.equals("blocking"));
    }

    @Test
    void auditedViolationsAreCountedInTheSummaryButNeitherBlockNorWarn() {
        Finding audited = finding("bank.audit", Severity.CRITICAL, Enforcement.AUDIT, FindingStatus.FAILED);
        Verdict verdict = Verdict.of(result(Severity.HIGH, List.of(audited)));

        assertThat(verdict.warningLines()).isEmpty();
        assertThat(verdict.summaryLine()).isEqualTo(
                "0 models, 1 rule: 0 passed, 1 failed, 0 errors, 0 not applicable; 0 blocking, 0 warnings, 1 audit only");
    }

    private static Finding finding(String ruleId, Severity severity, Enforcement enforcement, FindingStatus status) {
        Rule rule = new Rule(ruleId, ruleId, null, severity, null, "true", "m", null, List.of(), "bank",
                SourceLocation.of("rules/bank.yaml"), Map.of(), null, enforcement, Map.of());
        return new Finding(rule, "churn", status, "m", CHURN_OWNER);
    }

    private static GovernanceResult result(Severity failOn, List<Finding> findings) {
        return new GovernanceResult("bank", Instant.parse("2026-11-20T00:00:00Z"), List.of(),
                findings.stream().map(Finding::rule).toList(), findings, failOn);
    }

    private static Finding finding(String ruleId, Severity severity, FindingStatus status, String message) {
        Rule rule = new Rule(ruleId, ruleId, null, severity, null, "true", message, null, List.of(), "core",
                SourceLocation.of("modelops/rules/core.yaml"));
        return new Finding(rule, "churn", status, message, CHURN_OWNER);
    }
}
