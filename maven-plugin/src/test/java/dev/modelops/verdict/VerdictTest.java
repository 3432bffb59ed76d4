package dev.modelops.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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
