package dev.modelops.render.html;

import java.util.List;

/**
 * Everything the card of one model ({@code cards/<model-id>.html}) shows, already ordered and formatted: every
 * section of its metadata, its metric results, its lineage, its findings, and the input files it is based on.
 */
public record CardPage(
        PageHeader header,
        String documentTitle,
        String modelId,
        String title,
        String subtitle,
        List<Detail> details,
        List<PersonRow> people,
        Detail intendedUse,
        List<String> outOfScopeUses,
        List<String> limitations,
        List<String> ethicalConsiderations,
        List<DatasetRow> datasets,
        List<Detail> artifact,
        List<ApprovalRow> approvals,
        List<Detail> monitoring,
        List<ExtensionRow> extensions,
        List<MetricRow> metrics,
        String metricsSummary,
        List<LineageDatasetRow> lineageDatasets,
        List<LineageJobRow> lineageJobs,
        List<EdgeRow> lineageEdges,
        List<FindingRow> findings,
        String findingsSummary,
        List<EvidenceRow> evidence) {

    public CardPage {
        details = List.copyOf(details);
        people = List.copyOf(people);
        outOfScopeUses = List.copyOf(outOfScopeUses);
        limitations = List.copyOf(limitations);
        ethicalConsiderations = List.copyOf(ethicalConsiderations);
        datasets = List.copyOf(datasets);
        artifact = List.copyOf(artifact);
        approvals = List.copyOf(approvals);
        monitoring = List.copyOf(monitoring);
        extensions = List.copyOf(extensions);
        metrics = List.copyOf(metrics);
        lineageDatasets = List.copyOf(lineageDatasets);
        lineageJobs = List.copyOf(lineageJobs);
        lineageEdges = List.copyOf(lineageEdges);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
    }

    /** True when the lineage has no dataset, job or edge. */
    public boolean lineageEmpty() {
        return lineageDatasets.isEmpty() && lineageJobs.isEmpty() && lineageEdges.isEmpty();
    }

    public record PersonRow(String name, String role, String email, String organization) {
    }

    /** A dataset the model used; {@code lineageHref} links to its lineage row, empty when the lineage lacks it. */
    public record DatasetRow(String name, String role, String lineageRef, String lineageHref, String description) {
    }

    public record ApprovalRow(String date, String by, String role, Badge decision, String comment) {
    }

    /** A free extension value; nested maps and lists are flattened into paths such as {@code fairness.groups[0]}. */
    public record ExtensionRow(String key, String value) {
    }

    /** A metric result; {@code value} is never rounded across its threshold (see {@code Formats#metricValue}). */
    public record MetricRow(
            String metric,
            String slice,
            String value,
            String confidenceInterval,
            String threshold,
            Badge result,
            String dataset,
            String date,
            String source) {
    }

    public record LineageDatasetRow(
            String anchor,
            String id,
            String name,
            String source,
            String owner,
            String license,
            String pii,
            String version,
            String sha256) {
    }

    public record LineageJobRow(String id, String name, String type, String runId, String owner, String codeRef) {
    }

    /** A lineage edge, each end with what it is: dataset, job, model artifact, or not described. */
    public record EdgeRow(String from, String fromKind, String to, String toKind) {
    }

    public record EvidenceRow(String path, String kind, String sha256) {
    }
}
