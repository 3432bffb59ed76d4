package dev.modelops.model;

/**
 * The outcome of one rule on one model: status, the rendered message (for violations and errors; the rule
 * title otherwise), and the input location it concerns.
 */
public record Finding(Rule rule, String modelId, FindingStatus status, String message, SourceLocation location) {

    public Severity severity() {
        return rule.severity();
    }

    public String ruleId() {
        return rule.id();
    }
}
