package dev.modelops.render.html;

import dev.modelops.render.chart.Chart;
import dev.modelops.render.graph.LineageGraph;
import java.util.List;

/**
 * Everything the card of one model ({@code cards/<model-id>.html}) shows, already ordered and formatted: every
 * section of its metadata, its metric results (against its baseline when it declares one), acceptance criteria
 * and resource budgets, its monitoring plan and results, its governance records, its lineage (as tables and as
 * the laid-out graph, {@link LineageGraph}), the pictures of its metrics and of its groups compared for fairness
 * ({@code metricCharts}, {@code fairness}), the prose and
 * pictures of documentation imported from other tools, what of its inputs could not be read, its findings, and
 * the input files it is based on.
 *
 * <p>The card follows "Model Cards for Model Reporting" (Mitchell et al., 2019) and the Model Card Toolkit's order
 * of sections, under a governance panel: the last group of components holds what that structure adds (the panel,
 * the dates and references of the model details, the factors, the evaluation and training data, the quantitative
 * analyses, the caveats and recommendations, and the imported prose that belongs to one of those sections).
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
        List<String> ethicalConsiderations,
        List<DocumentationRow> documentation,
        GraphicsSection graphics,
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
        List<EvidenceRow> evidence,
        String evidenceManifestSha256,
        // ---- the card's structure after Mitchell et al. (2019), under a governance panel
        GovernancePanel governancePanel,
        List<Detail> dates,
        List<Detail> references,
        List<DocumentationRow> useDocumentation,
        List<String> documentationShownAsFields,
        List<String> documentationWithoutText,
        FactorsSection factors,
        DataSection evaluationData,
        DataSection trainingData,
        QuantitativeSection quantitativeAnalyses,
        CaveatsSection caveats,
        // ---- the pictures of the metrics and of fairness across groups
        String metricsCaption,
        MetricCharts metricCharts,
        FairnessSection fairness) {

    public CardPage {
        details = List.copyOf(details);
        people = List.copyOf(people);
        outOfScopeUses = List.copyOf(outOfScopeUses);
        ethicalConsiderations = List.copyOf(ethicalConsiderations);
        documentation = List.copyOf(documentation);
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
        dates = List.copyOf(dates);
        references = List.copyOf(references);
        useDocumentation = List.copyOf(useDocumentation);
        documentationShownAsFields = List.copyOf(documentationShownAsFields);
        documentationWithoutText = List.copyOf(documentationWithoutText);
    }

    /** True when the lineage has no dataset, job or edge. */
    public boolean lineageEmpty() {
        return lineageDatasets.isEmpty() && lineageJobs.isEmpty() && lineageEdges.isEmpty();
    }

    public record PersonRow(String name, String role, String email, String organization) {
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

    // ------------------------------------------------------------------ the card's structure (Mitchell et al.)

    /**
     * The summary box at the top of the card, what a model-risk committee files: the card's verdict and its
     * counts, the model's risk tier, life-cycle status, owner and validator ({@code facts}), its sign-offs, its
     * violations by severity, the waivers of it in the project's waivers file, and how the rules of each
     * framework cited by the rules in force came out for it.
     */
    public record GovernancePanel(
            Badge verdict,
            String verdictSummary,
            List<Detail> facts,
            List<PanelApprovalRow> approvals,
            List<SeverityCount> severities,
            String violationsSummary,
            List<PanelWaiverRow> waivers,
            List<PanelFrameworkRow> frameworks) {

        public GovernancePanel {
            facts = List.copyOf(facts);
            approvals = List.copyOf(approvals);
            severities = List.copyOf(severities);
            waivers = List.copyOf(waivers);
            frameworks = List.copyOf(frameworks);
        }
    }

    /** A sign-off in the panel: day, who, in which role, and the decision. */
    public record PanelApprovalRow(String date, String by, String role, Badge decision) {
    }

    /** The model's findings of one severity: violations (failed or error), those that block the release, and those waived. */
    public record SeverityCount(Badge severity, String violations, String blocking, String waived) {
    }

    /**
     * A waiver of the model: its ticket, the rule it waives (linked to the catalogue), the version it is limited to
     * ({@code every version} when none), the last day it holds, and what became of it in this run.
     */
    public record PanelWaiverRow(String ticket, String ruleId, String ruleHref, String version, String expires,
            Badge state) {
    }

    /**
     * A framework cited by the rules in force, linked to its part of the compliance report: how many of its rules
     * applied to the model ({@code 3 of 4 rules applied}), the model's standing, its findings in words and, when it
     * has violations, their effect on the release.
     */
    public record PanelFrameworkRow(String name, String href, String rules, Badge verdict, String results,
            String effect) {
    }

    /**
     * The factors the model's performance may vary with: whether it affects people and which protected attributes
     * are declared ({@code declared}), one row per slice dimension (declared attributes first, each saying whether
     * the evaluations report it), the slices that combine dimensions, a sentence on what is and is not evaluated,
     * and the imported prose about factors.
     */
    public record FactorsSection(List<Detail> declared, String summary, List<FactorRow> factors,
            List<String> intersections, List<DocumentationRow> documentation) {

        public FactorsSection {
            declared = List.copyOf(declared);
            factors = List.copyOf(factors);
            intersections = List.copyOf(intersections);
            documentation = List.copyOf(documentation);
        }
    }

    /**
     * A slice dimension ({@code age_band}): whether it is a declared protected attribute, whether the evaluations
     * report results by it, the groups they report ({@code 18-25, 26-40}), how many results, and of which metrics.
     */
    public record FactorRow(String name, String declaredAs, boolean evaluated, String groups, String results,
            String metrics) {
    }

    /**
     * The datasets of one role group (evaluation data: evaluation, validation, test, holdout; training data:
     * training), each as a block of details; for training data also the datasets of another or no role
     * ({@code others}); for evaluation data the datasets that evaluation results name but {@code datasets} does
     * not declare ({@code undeclared}); and the imported prose about that data.
     */
    public record DataSection(List<DataRow> datasets, List<DataRow> others, List<String> undeclared,
            List<DocumentationRow> documentation) {

        public DataSection {
            datasets = List.copyOf(datasets);
            others = List.copyOf(others);
            undeclared = List.copyOf(undeclared);
            documentation = List.copyOf(documentation);
        }
    }

    /**
     * A declared dataset: its name, its role as declared, its details (role, description, size, results,
     * datasheet, and what its lineage record says of its source and snapshot), and its lineage reference: linked
     * to its lineage row by {@code lineageHref}; when that is empty, {@code lineageRef} says why in words (not
     * described in the lineage, or none declared).
     */
    public record DataRow(String name, String role, List<Detail> details, String lineageRef, String lineageHref) {
        public DataRow {
            details = List.copyOf(details);
        }
    }

    /**
     * The quantitative analyses: a sentence on how many results are disaggregated by slice, one row per metric and
     * dataset measured on slices with the spread between its lowest and highest slice, and the imported prose
     * about results.
     */
    public record QuantitativeSection(String summary, List<SliceSpreadRow> spreads,
            List<DocumentationRow> documentation) {

        public QuantitativeSection {
            spreads = List.copyOf(spreads);
            documentation = List.copyOf(documentation);
        }
    }

    /**
     * One metric on one dataset across its slices: the whole-dataset value ({@link PageFactory#ABSENT} when not
     * reported), how many slice results, the lowest and highest with their slices, and how many breach their
     * threshold. Values are never rounded across their threshold.
     */
    public record SliceSpreadRow(String metric, String dataset, String overall, String slices, String lowest,
            String highest, String breached) {
    }

    /** The known limitations, the recommendations, and the imported prose of recommendations and trade-offs. */
    public record CaveatsSection(List<String> limitations, List<String> recommendations,
            List<DocumentationRow> documentation) {

        public CaveatsSection {
            limitations = List.copyOf(limitations);
            recommendations = List.copyOf(recommendations);
            documentation = List.copyOf(documentation);
        }
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
