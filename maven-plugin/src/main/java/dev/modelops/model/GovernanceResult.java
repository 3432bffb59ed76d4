package dev.modelops.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a run produced, the input of every report writer and of the verdict: the project, the "as of"
 * instant every time-dependent rule used, the models, the rules in force, one finding per model and rule
 * (ordered by model id, then rule order), and the severity from which a violation fails the build.
 */
public record GovernanceResult(
        String projectName,
        Instant asOf,
        List<GovernedModel> models,
        List<Rule> rules,
        List<Finding> findings,
        Severity failOnSeverity) {

    public GovernanceResult {
        models = List.copyOf(models);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    public List<Finding> findingsFor(String modelId) {
        return findings.stream().filter(f -> f.modelId().equals(modelId)).toList();
    }

    /** Violations at or above the fail threshold: the ones that fail the build. */
    public List<Finding> blockingFindings() {
        return findings.stream()
                .filter(f -> f.status().isViolation() && f.severity().isAtLeast(failOnSeverity))
                .toList();
    }

    /** Violations below the fail threshold: reported as warnings. */
    public List<Finding> warningFindings() {
        return findings.stream()
                .filter(f -> f.status().isViolation() && !f.severity().isAtLeast(failOnSeverity))
                .toList();
    }
}
