package dev.modelops.render;

import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;

/**
 * How a set of findings came out: one count per status, and how the violations among them (failed or error)
 * affect the release: {@code blocking} fail the build, {@code warnings} only warn (violations of audit rules are
 * in neither). The same numbers back the rule catalogue, the results per framework and {@code results.json}.
 */
public record FindingCounts(
        int passed,
        int failed,
        int errors,
        int waived,
        int notApplicable,
        int blocking,
        int warnings) {

    /** No finding at all. */
    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0, 0, 0, 0);

    /** The counts of {@code findings}, blocking and warnings as {@code result} enforces them. */
    public static FindingCounts of(Iterable<Finding> findings, GovernanceResult result) {
        Tally tally = new Tally();
        for (Finding finding : findings) {
            tally.add(finding, result);
        }
        return tally.counts();
    }

    /** Violations: {@code failed + errors}. */
    public int violations() {
        return failed + errors;
    }

    /** Every finding counted. */
    public int total() {
        return passed + failed + errors + waived + notApplicable;
    }

    /** Adds findings one at a time, for counting several groups in one pass. */
    static final class Tally {
        private int passed;
        private int failed;
        private int errors;
        private int waived;
        private int notApplicable;
        private int blocking;
        private int warnings;

        void add(Finding finding, GovernanceResult result) {
            switch (finding.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> errors++;
                case WAIVED -> waived++;
                case NOT_APPLICABLE -> notApplicable++;
            }
            if (result.isBlocking(finding)) {
                blocking++;
            } else if (result.isWarning(finding)) {
                warnings++;
            }
        }

        FindingCounts counts() {
            return new FindingCounts(passed, failed, errors, waived, notApplicable, blocking, warnings);
        }
    }
}
