package dev.modelops.render.html;

import static dev.modelops.render.html.PageFactory.ABSENT;
import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.joined;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;
import static dev.modelops.render.html.PageText.texts;
import static dev.modelops.render.html.PageText.yesNo;

import dev.modelops.model.Approval;
import dev.modelops.model.Change;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Graphic;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Risk;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Vendor;
import dev.modelops.render.Formats;
import dev.modelops.render.ReportContent;
import dev.modelops.render.graph.LineageLayout;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the card of one model ({@link CardPage}): its metadata section by section, its governance records, its
 * metric and monitoring results ({@link MetricRows}), its lineage, findings and evidence, and what documentation
 * imported from other tools adds: prose sections ({@link MarkdownBlocks}), pictures ({@link EmbeddedImage}) and
 * the parts of the inputs that could not be read. Sections that are part of the governance record say so when
 * the model does not record them; purely optional ones (a vendor, a baseline) say so in one line. What the card's
 * structure after "Model Cards for Model Reporting" adds is built by one class per section: the governance panel
 * ({@link GovernancePanels}), the dates and references of the model details ({@link ModelDetailRows}), the factors
 * ({@link FactorRows}), the evaluation and training data ({@link DataSections}), the quantitative analyses
 * ({@link SliceSpreads}), and where each section of imported prose is shown ({@link DocumentationPlacement}).
 */
final class CardPageFactory {

    /** Cards live in {@code cards/}: links to the report's other files go one folder up. */
    private static final String UP = "../";
    private static final String MODEL_ARTIFACT_NODE = "model-artifact";
    private static final String NONE_DECLARED = "None declared";

    private final PageFactory pages;
    private final ReportContent content;

    CardPageFactory(PageFactory pages, ReportContent content) {
        this.pages = pages;
        this.content = content;
    }

    CardPage card(GovernedModel model) {
        ModelMetadata metadata = model.metadata();
        List<Finding> findings = content.findingsFor(model.id());
        int[] counts = pages.violationCounts(model.id());
        PageHeader header = pages.header("Model verdict", Badge.verdict(counts[0] == 0),
                PageFactory.verdictSummary(counts[0], counts[1], -1, -1), UP, model.id() + ".pdf");
        String name = present(metadata.name()) ? t(metadata.name()) : t(model.id());
        String subtitle = t(model.id()) + (present(metadata.version()) ? " \u00b7 version " + t(metadata.version()) : "");
        Lineage lineage = model.lineage();
        List<MetricResult> evaluations = model.evaluations();
        long breached = evaluations.stream().filter(MetricResult::breachesThreshold).count();
        CardPage.BaselineSection baseline = MetricRows.baseline(model);
        List<MetricResult> monitoringResults = model.monitoringResults();
        long monitoringBreached = monitoringResults.stream().filter(MetricResult::breachesThreshold).count();
        List<EmbeddedImage> images = model.graphics().stream().map(EmbeddedImage::of).toList();
        DocumentationPlacement.Placed prose = DocumentationPlacement.place(documentation(model), model.documentation(),
                metadata);
        CardPage.GovernancePanel panel = GovernancePanels.of(content, model, header.verdict(), header.verdictSummary());
        DataSections.Sections data = DataSections.of(model, prose.at(DocumentationPlacement.Place.EVALUATION_DATA),
                prose.at(DocumentationPlacement.Place.TRAINING_DATA));
        return new CardPage(
                header,
                "Model card: " + name + " \u2013 " + pages.project(),
                t(model.id()),
                name,
                subtitle,
                details(model),
                people(metadata),
                detail("Intended use", metadata.intendedUse()),
                texts(metadata.outOfScopeUses()),
                texts(metadata.ethicalConsiderations()),
                prose.at(DocumentationPlacement.Place.FURTHER),
                new CardPage.GraphicsSection(!images.isEmpty(), graphics(model, images), graphicsNotShown(model, images)),
                ArtifactDetails.of(metadata.artifact(), model.artifactOnDisk()),
                approvals(metadata),
                monitoring(metadata.monitoring()),
                MetricRows.monitoring(model),
                monitoringResults.isEmpty() ? "No monitoring result recorded."
                        : Formats.count(monitoringResults.size(), "result", "results") + " measured in use, "
                                + Formats.count(monitoringBreached, "threshold breached", "thresholds breached"),
                governance(metadata),
                extensions(metadata),
                MetricRows.metrics(model, baseline.shown()),
                evaluations.isEmpty() ? "No evaluation result recorded."
                        : Formats.count(evaluations.size(), "result", "results") + ", "
                                + Formats.count(breached, "threshold breached", "thresholds breached"),
                baseline,
                MetricRows.acceptanceCriteria(metadata.acceptanceCriteria()),
                MetricRows.budgets(metadata.budgets(), evaluations),
                lineageDatasets(lineage),
                lineageJobs(lineage),
                lineageEdges(lineage),
                LineageLayout.of(model),
                inputWarnings(model),
                Formats.count(model.inputWarnings().size(), "part", "parts") + " of the input files could not be read."
                        + " They are reported as the finding core.inputs-read-completely below: fix them in the file"
                        + " named, or state the facts in the model's model.yaml.",
                findings.stream().map(f -> pages.findingRow(f, null, UP)).toList(),
                findingsSummary(findings),
                evidence(model, !panel.waivers().isEmpty()),
                content.resultOf(model).evidence().sha256(),
                panel,
                ModelDetailRows.dates(model),
                ModelDetailRows.references(model),
                prose.at(DocumentationPlacement.Place.USE),
                prose.shownAsFields(),
                prose.withoutText(),
                FactorRows.of(model, prose.at(DocumentationPlacement.Place.FACTORS)),
                data.evaluation(),
                data.training(),
                SliceSpreads.of(model, prose.at(DocumentationPlacement.Place.QUANTITATIVE_ANALYSES)),
                new CardPage.CaveatsSection(texts(metadata.limitations()), texts(metadata.recommendations()),
                        prose.at(DocumentationPlacement.Place.CAVEATS)),
                MetricRows.caption(evaluations),
                ChartFigures.metricCharts(model),
                ChartFigures.fairness(model, content));
    }

    private static List<Detail> details(GovernedModel model) {
        ModelMetadata metadata = model.metadata();
        List<Detail> details = new ArrayList<>();
        details.add(detail("Id", metadata.id()));
        details.add(detail("Name", metadata.name()));
        details.add(detail("Version", metadata.version()));
        details.add(detail("Type", metadata.type()));
        details.add(detail("Task", metadata.task()));
        details.add(detail("Description", metadata.description()));
        details.add(detail("Licence", metadata.license()));
        details.add(detail("Risk tier", metadata.riskTier()));
        details.add(detail("Lifecycle status", metadata.status()));
        Vendor vendor = metadata.vendor();
        if (vendor == null) {
            details.add(new Detail("Vendor", "None declared", true));
        } else {
            details.add(detail("Vendor", vendor.name()));
            details.add(detail("Vendor product", vendor.product()));
            details.add(detail("Vendor contract", vendor.contract()));
        }
        details.add(detail("Metadata file", model.metadataFile() == null ? null : model.metadataFile().file()));
        return details;
    }

    private static List<CardPage.PersonRow> people(ModelMetadata metadata) {
        return metadata.people().stream()
                .map(p -> new CardPage.PersonRow(cell(p.name()), cell(p.role()), cell(p.email()), cell(p.organization())))
                .toList();
    }

    private static List<CardPage.ApprovalRow> approvals(ModelMetadata metadata) {
        List<CardPage.ApprovalRow> rows = new ArrayList<>();
        for (Approval approval : metadata.approvals()) {
            rows.add(new CardPage.ApprovalRow(
                    approval.date() == null ? ABSENT : Formats.date(approval.date()),
                    cell(approval.by()),
                    cell(approval.role()),
                    Badge.decision(t(approval.decision())),
                    cell(approval.comment()),
                    cell(approval.artifactSha256())));
        }
        return rows;
    }

    private static List<Detail> monitoring(MonitoringPlan plan) {
        if (plan == null) {
            return List.of();
        }
        return List.of(
                detail("Review frequency", Formats.frequency(plan.frequency())),
                detail("Metrics watched", plan.metrics().isEmpty() ? null : String.join(", ", plan.metrics())),
                detail("Alerts go to", plan.owner()),
                detail("Description", plan.description()));
    }

    /** The governance records; each part is empty when model.yaml does not record it. */
    private static CardPage.GovernanceRecords governance(ModelMetadata metadata) {
        EuAiActClassification euAiAct = metadata.euAiAct();
        List<Detail> classification = euAiAct == null ? List.of() : List.of(
                detail("Risk class", euAiAct.riskClass()),
                detail("Annex III point", euAiAct.annexIII(), "None stated"),
                detail("Role", euAiAct.role()));
        List<CardPage.RiskRow> risks = metadata.risks().stream()
                .map((Risk risk) -> new CardPage.RiskRow(cell(risk.id()), cell(risk.description()), cell(risk.severity()),
                        cell(risk.mitigation()), cell(risk.owner()), cell(risk.status())))
                .toList();
        LoggingPolicy logging = metadata.logging();
        List<Detail> loggingDetails = logging == null ? List.of() : List.of(
                detail("Events recorded", joined(logging.events()), NONE_DECLARED),
                detail("Retention", logging.retentionDays() == null ? null
                        : Formats.count(logging.retentionDays(), "day", "days")),
                detail("Description", logging.description()));
        List<CardPage.ChangeRow> changes = metadata.changeLog().stream()
                .map((Change change) -> new CardPage.ChangeRow(cell(change.version()),
                        change.date() == null ? ABSENT : Formats.date(change.date()), cell(change.status()),
                        cell(change.description())))
                .toList();
        ImpactAssessment assessment = metadata.impactAssessment();
        List<Detail> impact = assessment == null ? List.of() : List.of(
                detail("Date", Formats.date(assessment.date())),
                detail("By", assessment.by()),
                detail("Reference", assessment.reference()),
                detail("Summary", assessment.summary()));
        return new CardPage.GovernanceRecords(classification, risks, texts(metadata.humanOversight()),
                texts(metadata.cybersecurity()), loggingDetails, changes, impact);
    }

    /** Extensions in key order, nested maps by key too, lists by position: one row per value. */
    private static List<CardPage.ExtensionRow> extensions(ModelMetadata metadata) {
        List<CardPage.ExtensionRow> rows = new ArrayList<>();
        metadata.extensions().forEach((key, value) -> flatten(key, value, rows));
        return rows;
    }

    private static void flatten(String path, Object value, List<CardPage.ExtensionRow> rows) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                rows.add(new CardPage.ExtensionRow(t(path), "(empty)"));
                return;
            }
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, nested) -> sorted.put(String.valueOf(key), nested));
            sorted.forEach((key, nested) -> flatten(path + "." + key, nested, rows));
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                rows.add(new CardPage.ExtensionRow(t(path), "(empty list)"));
                return;
            }
            int index = 0;
            for (Object item : list) {
                flatten(path + "[" + index++ + "]", item, rows);
            }
        } else {
            rows.add(new CardPage.ExtensionRow(t(path), scalar(value)));
        }
    }

    /** A scalar extension value as written: numbers exactly, never rounded. */
    private static String scalar(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Double || value instanceof Float) {
            return Formats.exact(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof TemporalAccessor) {
            return t(value.toString());
        }
        return t(String.valueOf(value));
    }

    private static List<CardPage.LineageDatasetRow> lineageDatasets(Lineage lineage) {
        List<CardPage.LineageDatasetRow> rows = new ArrayList<>();
        int index = 1;
        for (LineageDataset dataset : lineage.datasets()) {
            rows.add(new CardPage.LineageDatasetRow(
                    lineageDatasetAnchor(index++),
                    cell(dataset.id()),
                    cell(dataset.name()),
                    cell(dataset.source()),
                    cell(dataset.owner()),
                    cell(dataset.license()),
                    cell(dataset.pii()),
                    cell(dataset.legalBasis()),
                    cell(yesNo(dataset.masked())),
                    present(dataset.status()) ? t(dataset.status()) : "active",
                    cell(dataset.version()),
                    cell(dataset.sha256())));
        }
        return rows;
    }

    private static List<CardPage.LineageJobRow> lineageJobs(Lineage lineage) {
        return lineage.jobs().stream()
                .map((LineageJob job) -> new CardPage.LineageJobRow(cell(job.id()), cell(job.name()), cell(job.type()),
                        cell(job.runId()), cell(job.owner()), cell(job.codeRef())))
                .toList();
    }

    private static List<CardPage.EdgeRow> lineageEdges(Lineage lineage) {
        Map<String, String> kinds = new HashMap<>();
        lineage.jobs().forEach(job -> kinds.putIfAbsent(job.id(), "job"));
        lineage.datasets().forEach(dataset -> kinds.putIfAbsent(dataset.id(), "dataset"));
        kinds.putIfAbsent(MODEL_ARTIFACT_NODE, "model artifact");
        List<CardPage.EdgeRow> rows = new ArrayList<>();
        for (LineageEdge edge : lineage.edges()) {
            rows.add(new CardPage.EdgeRow(
                    cell(edge.from()), kinds.getOrDefault(edge.from(), "not described"),
                    cell(edge.to()), kinds.getOrDefault(edge.to(), "not described")));
        }
        return rows;
    }

    private static String findingsSummary(List<Finding> findings) {
        Map<FindingStatus, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::status, () -> new java.util.EnumMap<>(FindingStatus.class),
                        Collectors.counting()));
        return Formats.count(findings.size(), "rule", "rules") + " checked: "
                + counts.getOrDefault(FindingStatus.PASSED, 0L) + " passed, "
                + counts.getOrDefault(FindingStatus.FAILED, 0L) + " failed, "
                + counts.getOrDefault(FindingStatus.ERROR, 0L) + " could not be evaluated, "
                + counts.getOrDefault(FindingStatus.NOT_APPLICABLE, 0L) + " not applicable"
                + (counts.containsKey(FindingStatus.WAIVED) ? ", " + counts.get(FindingStatus.WAIVED) + " waived" : "");
    }

    /**
     * The model's input files; and the project's waivers file when it holds a waiver of this model, since the
     * card's governance panel shows those waivers.
     */
    private List<CardPage.EvidenceRow> evidence(GovernedModel model, boolean waived) {
        List<CardPage.EvidenceRow> rows = new ArrayList<>(model.inputs().size() + 1);
        for (InputFile input : model.inputs()) {
            rows.add(new CardPage.EvidenceRow(cell(input.path()), InputKinds.label(input.kind()),
                    InputKinds.importer(input.kind()), cell(input.sha256())));
        }
        InputFile waivers = content.result().waiversFile();
        if (waived && waivers != null) {
            rows.add(new CardPage.EvidenceRow(cell(waivers.path()), InputKinds.label(waivers.kind()), "",
                    cell(waivers.sha256())));
        }
        return rows;
    }

    /** The prose sections in the order the importers read them; Markdown as blocks, any other text as paragraphs. */
    private static List<CardPage.DocumentationRow> documentation(GovernedModel model) {
        List<CardPage.DocumentationRow> rows = new ArrayList<>(model.documentation().size());
        int index = 1;
        for (DocumentationSection section : model.documentation()) {
            boolean markdown = DocumentationSection.MARKDOWN.equalsIgnoreCase(
                    section.format() == null ? "" : section.format().strip());
            String text = section.text() == null ? "" : section.text();
            rows.add(new CardPage.DocumentationRow(
                    "documentation-" + index++,
                    present(section.title()) ? t(section.title().strip()) : "Untitled section",
                    markdown ? "Markdown" : "plain text",
                    source(section.source()),
                    markdown ? MarkdownBlocks.markdown(text) : MarkdownBlocks.plain(text)));
        }
        return rows;
    }

    private static List<CardPage.GraphicRow> graphics(GovernedModel model, List<EmbeddedImage> images) {
        List<CardPage.GraphicRow> rows = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Graphic graphic = model.graphics().get(i);
            EmbeddedImage image = images.get(i);
            if (image.embedded()) {
                rows.add(new CardPage.GraphicRow(graphicName(graphic), image.dataUri(), source(graphic.source())));
            }
        }
        return rows;
    }

    /** The pictures that are not shown, each named with where it is and why. */
    private static List<String> graphicsNotShown(GovernedModel model, List<EmbeddedImage> images) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Graphic graphic = model.graphics().get(i);
            EmbeddedImage image = images.get(i);
            if (!image.embedded()) {
                String place = source(graphic.source());
                notes.add("\u201c" + graphicName(graphic) + "\u201d"
                        + (ABSENT.equals(place) ? "" : " (" + place + ")") + " is not shown: " + image.reason() + ".");
            }
        }
        return notes;
    }

    private static String graphicName(Graphic graphic) {
        return present(graphic.name()) ? t(graphic.name().strip()) : "Unnamed picture";
    }

    private static List<CardPage.InputWarningRow> inputWarnings(GovernedModel model) {
        List<CardPage.InputWarningRow> rows = new ArrayList<>(model.inputWarnings().size());
        for (InputProblem problem : model.inputWarnings()) {
            SourceLocation location = problem.location();
            rows.add(new CardPage.InputWarningRow(
                    source(location),
                    location == null || location.pointer().isEmpty() ? ABSENT : t(location.pointer()),
                    cell(problem.found()),
                    cell(problem.expected())));
        }
        return rows;
    }

    /** {@code file:line}, or {@link PageFactory#ABSENT} when the place is unknown. */
    private static String source(SourceLocation location) {
        return cell(Formats.location(location));
    }

    /** The element id of the {@code index}-th dataset of the lineage table (1-based), which the data sections link. */
    static String lineageDatasetAnchor(int index) {
        return "lineage-dataset-" + index;
    }
}
