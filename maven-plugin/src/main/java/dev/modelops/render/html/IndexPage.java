package dev.modelops.render.html;

import java.util.List;

/**
 * Everything {@code index.html} shows, already ordered and formatted: the compliance summary, the model
 * inventory, the rules in force, the model-by-rule result matrix, the results per framework, every violation
 * (waived ones included) and every waiver with its state.
 */
public record IndexPage(
        PageHeader header,
        String title,
        String documentTitle,
        List<Stat> stats,
        List<SeverityRow> severities,
        List<StatusRow> statuses,
        List<ModelLink> blockingModels,
        List<InventoryRow> inventory,
        List<RuleRow> rules,
        List<MatrixRow> matrix,
        List<FrameworkSection> frameworks,
        List<FrameworkMatrixRow> frameworkMatrix,
        List<FindingRow> violations,
        List<WaiverRow> waivers) {

    public IndexPage {
        stats = List.copyOf(stats);
        severities = List.copyOf(severities);
        statuses = List.copyOf(statuses);
        blockingModels = List.copyOf(blockingModels);
        inventory = List.copyOf(inventory);
        rules = List.copyOf(rules);
        matrix = List.copyOf(matrix);
        frameworks = List.copyOf(frameworks);
        frameworkMatrix = List.copyOf(frameworkMatrix);
        violations = List.copyOf(violations);
        waivers = List.copyOf(waivers);
    }

    /** One waiver of the waivers file, with what became of it in this run and where it is written. */
    public record WaiverRow(
            String ticket,
            String ruleId,
            String modelId,
            String modelVersion,
            String approver,
            String expires,
            Badge state,
            String justification,
            String location) {
    }

    /** A headline figure: {@code 3} models; {@code cssClass} highlights blocking violations and warnings. */
    public record Stat(String value, String label, String cssClass) {
    }

    /** Violations of one severity and what they do to the release. */
    public record SeverityRow(Badge severity, String violations, String effect) {
    }

    /** Findings of one status. */
    public record StatusRow(Badge status, String findings, String meaning) {
    }

    /** A model that blocks the release, with how many blocking violations it has. */
    public record ModelLink(String id, String name, String href, String blockingViolations) {
    }

    /** One line of the model inventory. */
    public record InventoryRow(
            String id,
            String name,
            String version,
            String type,
            String riskTier,
            String status,
            String owner,
            String blocking,
            String warnings,
            Badge verdict,
            String cardHref) {
    }

    /**
     * One rule in force; {@code anchor} is its element id, {@code href} its entry in the rule catalogue,
     * {@code violations} how many models violate it.
     */
    public record RuleRow(
            String anchor,
            String href,
            String id,
            String title,
            Badge severity,
            Badge enforcement,
            String params,
            String pack,
            String references,
            String file,
            String violations) {
    }

    /** One model's results, one cell per rule in the order of {@link IndexPage#rules()}. */
    public record MatrixRow(String modelId, String cardHref, List<MatrixCell> cells) {
        public MatrixRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One model and rule: the status as a short text ({@code passed}, {@code failed}, {@code n/a},
     * {@code error}, {@code none} when the run has no result), the severity for violations (empty otherwise),
     * and the CSS class giving the colour: blocking violations and warnings look different.
     */
    public record MatrixCell(String status, String severity, String cssClass) {
    }

    /** A rule named in a list, linked to its entry in the rule catalogue. */
    public record RuleLink(String id, String title, String href) {
    }

    /**
     * One framework cited by the rules in force: its element id, name, a sentence on its coverage, and the
     * clauses cited in natural order.
     */
    public record FrameworkSection(String anchor, String name, String summary, List<ClauseRow> clauses) {
        public FrameworkSection {
            clauses = List.copyOf(clauses);
        }
    }

    /** A clause of a framework and the rules citing it, in declaration order. */
    public record ClauseRow(String clause, List<RuleLink> rules) {
        public ClauseRow {
            rules = List.copyOf(rules);
        }
    }

    /** One model's standing against each framework, in the order of {@link IndexPage#frameworks()}. */
    public record FrameworkMatrixRow(String modelId, String cardHref, List<FrameworkCell> cells) {
        public FrameworkMatrixRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One model and framework: the verdict, the counts of the framework's rules by status ({@code 3 passed,
     * 1 failed, 2 not applicable}) and, when there are violations, what they do ({@code 1 blocking, 0 warnings}).
     */
    public record FrameworkCell(Badge verdict, String counts, String effect) {
    }
}
