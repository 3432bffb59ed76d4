package dev.modelops.model;

/**
 * The outcome of one rule on one model: status, the rendered message (for violations and errors; the rule
 * title otherwise), the input location it concerns, and the waiver that waived it (null unless the status is
 * {@link FindingStatus#WAIVED}).
 */
public record Finding(Rule rule, String modelId, FindingStatus status, String message, SourceLocation location,
        Waiver waiver) {

    /** A finding no waiver touched. */
    public Finding(Rule rule, String modelId, FindingStatus status, String message, SourceLocation location) {
        this(rule, modelId, status, message, location, null);
    }

    public Severity severity() {
        return rule.severity();
    }

    public String ruleId() {
        return rule.id();
    }

    /** This violation, waived by {@code by}: it keeps its message and location, for the audit trail. */
    public Finding waivedBy(Waiver by) {
        return new Finding(rule, modelId, FindingStatus.WAIVED, message, location, by);
    }

    /** This finding with {@code suffix} appended to its message (an expired waiver's note). */
    public Finding withMessageSuffix(String suffix) {
        return new Finding(rule, modelId, status, message + " " + suffix, location, waiver);
    }
}
