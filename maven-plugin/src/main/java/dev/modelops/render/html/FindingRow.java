package dev.modelops.render.html;

/**
 * One finding as a table row. {@code message} is empty when it only repeats the rule title (passed and
 * not-applicable findings); {@code ruleHref} links the rule's entry in the rule catalogue and {@code modelHref}
 * the model's card, both relative to the page showing the row; {@code location} is {@code file:line}; {@code waiver} describes the waiver of a waived finding (its ticket,
 * expiry, approver and justification), empty otherwise.
 */
public record FindingRow(
        String ruleId,
        String ruleHref,
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
