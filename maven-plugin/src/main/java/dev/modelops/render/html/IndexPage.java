package dev.modelops.render.html;

import java.util.List;

/**
 * Everything {@code index.html} shows, already ordered and formatted: the compliance summary, the model
 * inventory, the rules in force grouped by pack with each model's result (one column per model, in the order of
 * {@code models}), the results per framework, every violation (waived ones included) and every waiver with its
 * state, and the evidence manifest. {@code resultColumns} is how many columns the rules table has, for the pack rows that span it.
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
        InventoryFilter inventoryFilter,
        List<ModelColumn> models,
        List<RuleGroup> ruleGroups,
        String resultColumns,
        List<FrameworkSection> frameworks,
        List<FrameworkMatrixRow> frameworkMatrix,
        List<FindingRow> violations,
        List<WaiverRow> waivers,
        Evidence evidence) {

    public IndexPage {
        stats = List.copyOf(stats);
        severities = List.copyOf(severities);
        statuses = List.copyOf(statuses);
        blockingModels = List.copyOf(blockingModels);
        inventory = List.copyOf(inventory);
        models = List.copyOf(models);
        ruleGroups = List.copyOf(ruleGroups);
        frameworks = List.copyOf(frameworks);
        frameworkMatrix = List.copyOf(frameworkMatrix);
        violations = List.copyOf(violations);
        waivers = List.copyOf(waivers);
    }

    /**
     * The evidence manifest: its digest, the release of the shipped templates, whether the attestation is signed,
     * and every input file with its SHA-256, sorted by path.
     */
    public record Evidence(String manifestSha256, String shippedTemplates, String attestation, List<EvidenceFile> files) {
        public Evidence {
            files = List.copyOf(files);
        }
    }

    /** One input file of the manifest. */
    public record EvidenceFile(String path, String kind, String importer, String sha256) {
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

    /**
     * One line of the model inventory. {@code riskTierRank}, {@code statusRank} and {@code verdictRank} are the
     * keys the inventory's script sorts those columns by (see {@link InventoryOrder}); the other columns sort by
     * their text, the counts as numbers.
     */
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
            String cardHref,
            String riskTierRank,
            String statusRank,
            String verdictRank) {
    }

    /**
     * What the inventory's filter offers: the risk tiers stated in the inventory (lowest first) and the verdicts
     * to choose from, and the count of models shown before any filter ({@code 5 of 5 models shown}), which the
     * script keeps up to date.
     */
    public record InventoryFilter(List<String> riskTiers, List<String> verdicts, String shown) {
        public InventoryFilter {
            riskTiers = List.copyOf(riskTiers);
            verdicts = List.copyOf(verdicts);
        }
    }

    /** A model heading a column of the rules table, linked to its card. */
    public record ModelColumn(String id, String cardHref) {
    }

    /**
     * The rules in force of one pack, in declaration order: {@code label} names it ({@code Pack core 1.1.0},
     * {@code Pack core} when the run did not record the pack, {@code Rules of no pack}), {@code title} is the
     * pack's title (empty when unknown), {@code href} its section of the rule catalogue, {@code summary} the
     * count of its rules and violations.
     */
    public record RuleGroup(String label, String title, String href, String summary, List<RuleRow> rules) {
        public RuleGroup {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule in force: {@code anchor} is its element id, {@code href} its entry in the rule catalogue;
     * {@code idHead} and {@code idTail} are its id split after the pack prefix ({@code core.} and
     * {@code owner-present}; the head is empty for an id without a dot), so a long id breaks only there;
     * {@code cells} its result for each model, in the order of {@link IndexPage#models()}; {@code violations}
     * how many models violate it.
     */
    public record RuleRow(
            String anchor,
            String href,
            String id,
            String idHead,
            String idTail,
            String title,
            Badge severity,
            Badge enforcement,
            List<ResultCell> cells,
            String violations) {

        public RuleRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One rule and model: the status as a short text ({@code passed}, {@code failed}, {@code n/a},
     * {@code error}, {@code waived}, {@code none} when the run has no result), the severity for violations
     * (empty otherwise), the CSS class giving the colour (blocking violations and warnings look different), and
     * a tooltip naming the model, which is otherwise only in the column heading.
     */
    public record ResultCell(String status, String severity, String cssClass, String tooltip) {
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

    /**
     * One framework's standing for each model, in the order of {@link IndexPage#models()}; {@code anchor} is the
     * element id of the framework's part of the page.
     */
    public record FrameworkMatrixRow(String name, String anchor, List<FrameworkCell> cells) {
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
