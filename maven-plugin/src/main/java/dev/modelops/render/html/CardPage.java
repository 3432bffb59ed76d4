package dev.modelops.render.html;

import dev.modelops.render.chart.Chart;
import java.util.List;

/**
 * Everything the card of one model ({@code cards/<model-id>.html}) shows, already ordered and formatted: every
 * section of its metadata, its metric results (against its baseline when it declares one) with their pictures,
 * acceptance criteria and resource budgets, its groups compared for fairness, its monitoring plan and results,
 * its governance records, its lineage, the prose and pictures of documentation imported from other tools, what
 * of its inputs could not be read, its findings, and the input files it is based on.
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
        List<InputWarningRow> inputWarnings,
        String inputWarningsSummary,
        List<FindingRow> findings,
        String findingsSummary,
        List<EvidenceRow> evidence,
        String metricsCaption,
        MetricCharts metricCharts,
        FairnessSection fairness) {

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
     * result has no one-sided threshold). {@code source} is where it is ({@code file:line}), {@code sourceName}
     * the same within the folder the table names once (the whole of {@code source} when it names none).
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
            String source,
            String sourceName) {
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

    /**
     * A resource budget, the value measured for it (an evaluation result), and whether it holds; {@code source} is
     * where the result is, {@code sourceName} the same within the folder the metrics table names.
     */
    public record BudgetRow(String resource, String budget, String measured, Badge result, String source,
            String sourceName) {
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

    /**
     * A picture of the card: its title ({@code auc}), a caption saying what it shows and how it reads, its CSS
     * class ({@code chart}, or {@code chart chart-narrow} for one narrow enough to sit beside another), and its
     * charts: one, or several when a long chart is split so that each part fits on a printed page.
     */
    public record Figure(String title, String caption, String cssClass, List<Chart> charts) {
        public Figure {
            charts = List.copyOf(charts);
        }

        /** A figure as wide as its widest chart needs. */
        static Figure of(String title, String caption, List<Chart> charts) {
            boolean narrow = charts.stream().allMatch(chart -> Double.parseDouble(chart.width()) <= NARROW_CHART);
            return new Figure(title, caption, narrow ? "chart chart-narrow" : "chart", charts);
        }
    }

    /** The widest chart that still sits beside another on a page (two in 680 px, the style sheet's chart-narrow). */
    static final double NARROW_CHART = 320;

    /**
     * The pictures at the top of the Metrics section: each metric slice by slice, a sentence naming the metrics
     * pictured under Fairness instead (empty when none), each metric and slice across versions and in use, and
     * how to read those (empty when there is none).
     */
    public record MetricCharts(List<Figure> slices, String slicesNote, List<Figure> trends, String trendsNote) {
        public MetricCharts {
            slices = List.copyOf(slices);
            trends = List.copyOf(trends);
        }
    }

    /**
     * The Fairness section: whether the model declares protected attributes ({@code declared}), a sentence on
     * what is compared, the fairness screens with their bounds in force and how the model came out of each, and
     * per protected attribute its pictures (or a note saying why there is none).
     */
    public record FairnessSection(boolean declared, String summary, List<FairnessScreenRow> screens,
            List<FairnessAttribute> attributes) {
        public FairnessSection {
            screens = List.copyOf(screens);
            attributes = List.copyOf(attributes);
        }
    }

    /** A fairness screen: what it compares, its rule, its bounds in force, and the rule's finding on the model. */
    public record FairnessScreenRow(String screen, String rule, String bounds, Badge status) {
    }

    /** A protected attribute and its pictures, one per dataset and rate compared; {@code note} when there is none. */
    public record FairnessAttribute(String attribute, List<Figure> figures, String note) {
        public FairnessAttribute {
            figures = List.copyOf(figures);
        }
    }
}
