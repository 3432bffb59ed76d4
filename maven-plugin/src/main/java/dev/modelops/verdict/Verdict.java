package dev.modelops.verdict;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import java.util.List;

/**
 * The decision on a governance run: the violations that block the release (of rules enforced as fail, at or
 * above the fail threshold), those that are only warnings, and those only recorded for audit (rules enforced as
 * audit: counted, never logged one by one), each worded as one log line naming the severity, rule, model,
 * message and place.
 */
public record Verdict(List<Finding> blocking, List<Finding> warnings, List<Finding> audited, Counts counts) {

    public Verdict {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
        audited = List.copyOf(audited);
    }

    /** How the findings of a run add up, for the one-line summary; waived violations count only as waived. */
    public record Counts(int models, int rules, int passed, int failed, int errors, int notApplicable, int waived) {
    }

    public static Verdict of(GovernanceResult result) {
        List<Finding> findings = result.findings();
        Counts counts = new Counts(
                result.models().size(),
                result.rules().size(),
                count(findings, FindingStatus.PASSED),
                count(findings, FindingStatus.FAILED),
                count(findings, FindingStatus.ERROR),
                count(findings, FindingStatus.NOT_APPLICABLE),
                count(findings, FindingStatus.WAIVED));
        return new Verdict(result.blockingFindings(), result.warningFindings(), result.auditedFindings(), counts);
    }

    public boolean blocksRelease() {
        return !blocking.isEmpty();
    }

    /** {@code [high] core.owner-present on credit-scoring: <message> (src/main/models/credit-scoring/model.yaml:3)}. */
    public static String describe(Finding finding) {
        return "[" + finding.severity().label() + "] " + finding.ruleId() + " on " + finding.modelId() + ": "
                + finding.message() + " (" + finding.location() + ")";
    }

    public List<String> blockingLines() {
        return blocking.stream().map(Verdict::describe).toList();
    }

    /**
     * {@code [medium] core.slice-thresholds-met on churn-prediction waived until 2027-03-31 (MRM-F-2026-044, approved
     * by Jonathan Achebe): <message> (<place>)}.
     */
    public static String describeWaived(Finding finding) {
        return "[" + finding.severity().label() + "] " + finding.ruleId() + " on " + finding.modelId()
                + " waived until " + finding.waiver().expires() + " (" + finding.waiver().ticket()
                + ", approved by " + finding.waiver().approverName() + "): " + finding.message()
                + " (" + finding.location() + ")";
    }

    public List<String> warningLines() {
        return warnings.stream().map(Verdict::describe).toList();
    }

    /**
     * "3 models, 15 rules: 40 passed, 2 failed, 0 errors, 3 not applicable; 1 blocking, 1 warning", followed by
     * ", 2 audit only" when rules enforced as audit were violated; ", 1 waived" follows "not applicable" when a
     * waiver applied.
     */
    public String summaryLine() {
        return counts.models() + plural(counts.models(), " model", " models") + ", "
                + counts.rules() + plural(counts.rules(), " rule", " rules") + ": "
                + counts.passed() + " passed, " + counts.failed() + " failed, "
                + counts.errors() + plural(counts.errors(), " error", " errors") + ", "
                + counts.notApplicable() + " not applicable"
                + (counts.waived() == 0 ? "" : ", " + counts.waived() + " waived") + "; "
                + blocking.size() + " blocking, "
                + warnings.size() + plural(warnings.size(), " warning", " warnings")
                + (audited.isEmpty() ? "" : ", " + audited.size() + " audit only");
    }

    private static int count(List<Finding> findings, FindingStatus status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
