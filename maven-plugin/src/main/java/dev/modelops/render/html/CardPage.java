package dev.modelops.render.html;

import dev.modelops.render.graph.LineageGraph;
import java.util.List;

/**
 * Everything the card of one model ({@code cards/<model-id>.html}) shows, already ordered and formatted: every
 * section of its metadata, its metric results (against its baseline when it declares one), acceptance criteria
 * and resource budgets, its monitoring plan and results, its governance records, its lineage (as tables and as
 * the laid-out graph, {@link LineageGraph}), the prose and pictures of documentation imported from other tools,
 * what of its inputs could not be read, its findings, and the input files it is based on.
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
        List<DocumentationRow> documentation,
        GraphicsSection graphics,
        List<DatasetRow> datasets,
        List<Detail> artifact,
        List<ApprovalRow> approvals,
        List<Detail> monitoring,
        List<MetricRow> monitoringResults,
        String monitoringSummary,
        GovernanceRecords governance,
        List<ExtensionRow> extensions,
        List<MetricRow> metrics,
        String metricsSummary,
        BaselineSection baseline,
        List<CriterionRow> acceptanceCriteria,
        List<BudgetRow> budgets,
        List<LineageDatasetRow> lineageDatasets,
        List<LineageJobRow> lineageJobs,
        List<EdgeRow> lineageEdges,
        LineageGraph lineageGraph,
        List<InputWarningRow> inputWarnings,
        String inputWarningsSummary,
        List<FindingRow> findings,
        String findingsSummary,
        List<EvidenceRow> evidence) {

    public CardPage {
        details = List.copyOf(details);
        people = List.copyOf(people);
        outOfScopeUses = List.copyOf(outOfScopeUses);
        limitations = List.copyOf(limitations);
        ethicalConsiderations = List.copyOf(ethicalConsiderations);
        documentation = List.copyOf(documentation);
        datasets = List.copyOf(datasets);
        artifact = List.copyOf(artifact);
        approvals = List.copyOf(approvals);
        monitoring = List.copyOf(monitoring);
        monitoringResults = List.copyOf(monitoringResults);
        extensions = List.copyOf(extensions);
        metrics = List.copyOf(metrics);
        acceptanceCriteria = List.copyOf(acceptanceCriteria);
        budgets = List.copyOf(budgets);
        lineageDatasets = List.copyOf(lineageDatasets);
        lineageJobs = List.copyOf(lineageJobs);
        lineageEdges = List.copyOf(lineageEdges);
        inputWarnings = List.copyOf(inputWarnings);
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
    }

    /** True when the lineage has no dataset, job or edge. */
    public boolean lineageEmpty() {
        return lineageDatasets.isEmpty() && lineageJobs.isEmpty() && lineageEdges.isEmpty();
    }

    public record PersonRow(String name, String role, String email, String organization) {
    }

    /**
     * A dataset the model used; {@code lineageHref} links to its lineage row, empty when the lineage lacks it;
     * {@code datasheet} is where its datasheet is.
     */
    public record DatasetRow(String name, String role, String lineageRef, String lineageHref, String description,
            String datasheet) {
    }

    /** A sign-off, with the SHA-256 of the artifact it reviewed when it names one. */
    public record ApprovalRow(String date, String by, String role, Badge decision, String comment,
            String artifactSha256) {
    }

    /** A free extension value; nested maps and lists are flattened into paths such as {@code fairness.groups[0]}. */
    public record ExtensionRow(String key, String value) {
    }

    /**
     * A metric result; {@code value} is never rounded across its threshold (see {@code Formats#metricValue}).
     * {@code examples} is how many examples it was measured on. {@code baseline} is the matching result of the
     * baseline version and {@code change} the exact signed difference to it, both {@link PageFactory#ABSENT}
     * without a match; {@code changeMark} says whether the change is better or worse (an empty text when the
     * result has no one-sided threshold).
     */
    public record MetricRow(
            String metric,
            String slice,
            String value,
            String confidenceInterval,
            String threshold,
            Badge result,
            String examples,
            String baseline,
            String change,
            Badge changeMark,
            String dataset,
            String date,
            String source) {
    }

    /**
     * The version the metrics are compared with: {@code shown} when the model declares a baseline or baseline
     * results exist (the metrics table then has baseline and change columns); its details; and a sentence on how
     * many current results found a baseline result to compare with.
     */
    public record BaselineSection(boolean shown, List<Detail> details, String summary) {
        public BaselineSection {
            details = List.copyOf(details);
        }
    }

    /** A bound fixed before testing: the metric, the bound ({@code ≥ 0.75}), the day declared, and why. */
    public record CriterionRow(String metric, String bound, String declared, String rationale) {
    }

    /** A resource budget, the value measured for it (an evaluation result), and whether it holds. */
    public record BudgetRow(String resource, String budget, String measured, Badge result, String source) {
    }

    /**
     * The governance records of model.yaml: EU AI Act classification, risk register, human-oversight and
     * cybersecurity measures, logging, change log and impact assessment. Each list is empty when not recorded.
     */
    public record GovernanceRecords(
            List<Detail> euAiAct,
            List<RiskRow> risks,
            List<String> humanOversight,
            List<String> cybersecurity,
            List<Detail> logging,
            List<ChangeRow> changeLog,
            List<Detail> impactAssessment) {

        public GovernanceRecords {
            euAiAct = List.copyOf(euAiAct);
            risks = List.copyOf(risks);
            humanOversight = List.copyOf(humanOversight);
            cybersecurity = List.copyOf(cybersecurity);
            logging = List.copyOf(logging);
            changeLog = List.copyOf(changeLog);
            impactAssessment = List.copyOf(impactAssessment);
        }
    }

    /** An entry of the risk register. */
    public record RiskRow(String id, String description, String severity, String mitigation, String owner,
            String status) {
    }

    /** An entry of the change log. */
    public record ChangeRow(String version, String date, String status, String description) {
    }

    /**
     * A dataset of the lineage; {@code status} is active, deprecated or forbidden (active when not stated),
     * {@code legalBasis} the basis for processing its personal data, {@code masked} yes or no.
     */
    public record LineageDatasetRow(
            String anchor,
            String id,
            String name,
            String source,
            String owner,
            String license,
            String pii,
            String legalBasis,
            String masked,
            String status,
            String version,
            String sha256) {
    }

    public record LineageJobRow(String id, String name, String type, String runId, String owner, String codeRef) {
    }

    /** A lineage edge, each end with what it is: dataset, job, model artifact, or not described. */
    public record EdgeRow(String from, String fromKind, String to, String toKind) {
    }

    /**
     * A section of prose from imported documentation: its title, the format it was written in ({@code Markdown}
     * or {@code plain text}), where it is ({@code file:line}), and its text as blocks ({@link MarkdownBlocks}).
     */
    public record DocumentationRow(String anchor, String title, String format, String source,
            List<MarkdownBlocks.Block> blocks) {
        public DocumentationRow {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The pictures of imported documentation: {@code shown} when there is one (the card then has a Graphics
     * section), those embedded, and a sentence for each that is not, naming it and saying why.
     */
    public record GraphicsSection(boolean shown, List<GraphicRow> pictures, List<String> notShown) {
        public GraphicsSection {
            pictures = List.copyOf(pictures);
            notShown = List.copyOf(notShown);
        }
    }

    /** A picture, embedded as a {@code data:} URI ({@link EmbeddedImage}), with its name and where it is. */
    public record GraphicRow(String name, String dataUri, String source) {
    }

    /** A part of an input that could not be read: where ({@code file:line}, JSON pointer), what was there, what was expected. */
    public record InputWarningRow(String location, String pointer, String found, String expected) {
    }

    /**
     * An input file: its path, what it is in words ({@code Hugging Face model card}), the importer that read it
     * ({@code huggingface}, the key of its unknown fields under Extensions; empty for the native formats), and
     * its SHA-256.
     */
    public record EvidenceRow(String path, String kind, String importer, String sha256) {
    }
}
