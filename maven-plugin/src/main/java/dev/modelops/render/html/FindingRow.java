package dev.modelops.render.html;

/**
 * One finding as a table row. {@code message} is empty when it only repeats the rule title (passed and
 * not-applicable findings); {@code location} is {@code file:line}; {@code modelHref} links to the model's card
 * relative to the page showing the row; {@code waiver} describes the waiver of a waived finding (its ticket,
 * expiry, approver and justification), empty otherwise.
 */
public record FindingRow(
        String ruleId,
        String ruleTitle,
        String references,
        Badge severity,
        Badge status,
        Badge effect,
        String modelId,
        String modelHref,
        String message,
        String location,
        String waiver) {
}
