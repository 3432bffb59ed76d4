package dev.modelops.render.html;

import java.util.List;

/**
 * Everything the inventory across projects ({@code index.html} of {@code modelops:aggregate} and
 * {@code modelops:inventory}) shows, already ordered and formatted: the executive summary, the sources with their
 * own reports, every model with its source, the rules' results, the frameworks, every violation and every waiver.
 */
public record InventoryPage(
        Masthead masthead,
        String title,
        String documentTitle,
        String lead,
        List<IndexPage.Stat> stats,
        List<TierRow> riskTiers,
        List<SourceRow> sources,
        List<ModelRow> models,
        List<RuleRow> rules,
        List<FrameworkRow> frameworks,
        List<ViolationRow> violations,
        List<WaiverRow> waivers) {

    public InventoryPage {
        stats = List.copyOf(stats);
        riskTiers = List.copyOf(riskTiers);
        sources = List.copyOf(sources);
        models = List.copyOf(models);
        rules = List.copyOf(rules);
        frameworks = List.copyOf(frameworks);
        violations = List.copyOf(violations);
        waivers = List.copyOf(waivers);
    }

    /**
     * The band at the top: the inventory's title, its date, the verdict over every source, the style sheet and,
     * when the PDF is written, the link to it (empty otherwise).
     */
    public record Masthead(String title, String asOf, String asOfIso, Badge verdict, String verdictSummary,
            String cssHref, String pdfHref) {
    }

    /** How many models of one risk tier there are, in production, and blocking release. */
    public record TierRow(String riskTier, String models, String inProduction, String blockingRelease) {
    }

    /** One source: its results' digest, its counts, its verdict and the link to its own report (empty if none). */
    public record SourceRow(String anchor, String label, String project, String asOf, String failOnSeverity,
            String models, String blocking, String warnings, String waived, Badge verdict, String reportHref,
            String resultsFile, String sha256) {
    }

    /** One model of one source. {@code reportHref} is its source's own report (empty if none). */
    public record ModelRow(String source, String sourceAnchor, String id, String name, String version,
            String riskTier, String status, String owner, String validator, String blocking, String warnings,
            Badge verdict, String reportHref) {
    }

    /** One rule over every source that had it in force. */
    public record RuleRow(String id, String title, String severities, String sources, String assessed,
            String passed, String violations, String blocking, String waived, String notApplicable,
            String modelsInViolation, String cssClass) {
    }

    /** One framework: how many models stand where against it. */
    public record FrameworkRow(String name, String sources, String compliant, String violations, String waived,
            String notAssessed) {
    }

    /** A violation or waived finding, with what it does in its project. */
    public record ViolationRow(String source, String model, String rule, Badge severity, Badge effect,
            String message, String location) {
    }

    /** A waiver of a source, its state, and the days it has left on the inventory's date. */
    public record WaiverRow(String source, String ticket, String rule, String model, String modelVersion,
            String approver, String expires, String daysLeft, Badge state, String justification) {
    }
}
