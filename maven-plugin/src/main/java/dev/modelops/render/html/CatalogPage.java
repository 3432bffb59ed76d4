package dev.modelops.render.html;

import java.util.List;

/**
 * Everything {@code rules.html} shows: every rule in force, grouped by the pack it came from (packs in the
 * order they were put in force, rules in declaration order), with the pack's version, file and digest, and per
 * rule what it demands, where it applies, what it cites and how it came out across the models.
 */
public record CatalogPage(
        PageHeader header,
        String title,
        String documentTitle,
        String summary,
        List<PackSection> packs) {

    public CatalogPage {
        packs = List.copyOf(packs);
    }

    /**
     * One pack: {@code recorded} when the run recorded the pack itself (then {@code details} has its version,
     * description, file, digest and the packs it extends, and {@code when} its condition as CEL, empty when it
     * applies to every model); {@code rules} is the overview table, {@code entries} the rules in full.
     */
    public record PackSection(
            String anchor,
            String heading,
            boolean recorded,
            List<Detail> details,
            String when,
            List<RuleSummaryRow> rules,
            List<RuleEntry> entries) {

        public PackSection {
            details = List.copyOf(details);
            rules = List.copyOf(rules);
            entries = List.copyOf(entries);
        }
    }

    /** A rule in a pack's overview table, linked to its entry, with its results across the models. */
    public record RuleSummaryRow(
            String id,
            String href,
            String title,
            Badge severity,
            Badge enforcement,
            String passed,
            String failed,
            String errors,
            String waived,
            String notApplicable) {
    }

    /**
     * One rule in full. {@code packWhen} and {@code ruleWhen} are the CEL conditions it applies under (empty
     * when absent; {@code appliesTo} says in words which of them hold); {@code expr} is what it checks;
     * {@code counts} how it came out; {@code violations} the models that failed it or where it could not be
     * evaluated, {@code waived} those whose violation a waiver covers, each linked to its card.
     */
    public record RuleEntry(
            String anchor,
            String id,
            String title,
            String description,
            Badge severity,
            Badge enforcement,
            String source,
            String field,
            List<ParameterRow> params,
            String appliesTo,
            String packWhen,
            String ruleWhen,
            String expr,
            List<ReferenceRow> references,
            List<Count> counts,
            List<ModelOutcome> violations,
            List<ModelOutcome> waived) {

        public RuleEntry {
            params = List.copyOf(params);
            references = List.copyOf(references);
            counts = List.copyOf(counts);
            violations = List.copyOf(violations);
            waived = List.copyOf(waived);
        }
    }

    /** A parameter with its value in force ({@code RuleParameter#valueText}). */
    public record ParameterRow(String name, String type, String value, String description) {
    }

    /** A framework clause the rule gives evidence for. */
    public record ReferenceRow(String framework, String clause) {
    }

    /** How many models had one outcome: {@code passed 2}. */
    public record Count(String label, String value) {
    }

    /**
     * A model named for its outcome: the status, what a violation does ({@code blocks release}, an empty text for
     * a waived one) and, for a waived one, the waiver ({@code waived until 2027-03-31 under MRM-F-2026-044}).
     */
    public record ModelOutcome(String modelId, String href, Badge status, Badge effect, String note) {
    }
}
