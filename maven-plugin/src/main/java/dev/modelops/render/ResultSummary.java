package dev.modelops.render;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts a report opens with. {@code passed}, {@code failed}, {@code notApplicable} and {@code errors}
 * count findings by status; {@code blocking} counts violations (failed or error) that fail the build,
 * {@code warnings} those that only warn (violations of audit rules are in neither); {@code violationsBySeverity} counts violations per severity, from
 * critical down to info, every severity present; {@code blockingModels} are the ids of models with at least
 * one blocking violation, sorted; {@code waived} counts violations waived by a waiver in force (in no other count).
 */
public record ResultSummary(
        int models,
        int rules,
        int passed,
        int failed,
        int notApplicable,
        int errors,
        int blocking,
        int warnings,
        Map<Severity, Integer> violationsBySeverity,
        List<String> blockingModels,
        int waived) {

    public ResultSummary {
        violationsBySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(violationsBySeverity));
        blockingModels = List.copyOf(blockingModels);
    }

    /** True when no violation blocks the release: the overall verdict is "passed". */
    public boolean releasable() {
        return blocking == 0;
    }

    /** Violations of every severity: {@code failed + errors}. */
    public int violations() {
        return failed + errors;
    }

    /** The severities from the worst down, the order reports list them in. */
    public static List<Severity> severitiesWorstFirst() {
        List<Severity> severities = new ArrayList<>(List.of(Severity.values()));
        Collections.reverse(severities);
        return severities;
    }

    static ResultSummary of(GovernanceResult result, List<GovernedModel> models, List<Finding> findings) {
        Map<FindingStatus, Integer> byStatus = new EnumMap<>(FindingStatus.class);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Set<String> blockingModels = new LinkedHashSet<>();
        int blocking = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            byStatus.merge(finding.status(), 1, Integer::sum);
            if (finding.status().isViolation()) {
                bySeverity.merge(finding.severity(), 1, Integer::sum);
                if (result.isBlocking(finding)) {
                    blocking++;
                    blockingModels.add(finding.modelId());
                } else if (result.isWarning(finding)) {
                    warnings++;
                }
            }
        }
        Map<Severity, Integer> worstFirst = new LinkedHashMap<>();
        for (Severity severity : severitiesWorstFirst()) {
            worstFirst.put(severity, bySeverity.getOrDefault(severity, 0));
        }
        return new ResultSummary(
                models.size(),
                result.rules().size(),
                byStatus.getOrDefault(FindingStatus.PASSED, 0),
                byStatus.getOrDefault(FindingStatus.FAILED, 0),
                byStatus.getOrDefault(FindingStatus.NOT_APPLICABLE, 0),
                byStatus.getOrDefault(FindingStatus.ERROR, 0),
                blocking,
                warnings,
                worstFirst,
                blockingModels.stream().sorted().toList(),
                byStatus.getOrDefault(FindingStatus.WAIVED, 0));
    }
}
