package dev.modelops.render.html;

import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.render.Formats;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.ReportContent;
import dev.modelops.render.ResultSummary;
import dev.modelops.render.XmlText;
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
 * Turns a {@link ReportContent} into the page models the templates show. All ordering, counting and
 * formatting happens here, once, so the templates only loop and choose; every text taken from an input passes
 * through {@link XmlText#clean(String)} (the templates escape it).
 */
public final class PageFactory {

    /** Shown in a table cell whose value the input did not state. */
    public static final String ABSENT = "\u2014";
    /** Shown in a definition list for a value the input did not state. */
    public static final String NOT_STATED = "Not stated";

    private static final String MODEL_ARTIFACT_NODE = "model-artifact";

    private final ReportContent content;
    private final GovernanceResult result;
    private final String project;
    private final String asOf;
    private final String asOfIso;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    public PageFactory(ReportContent content) {
        this.content = content;
        this.result = content.result();
        this.project = result.projectName() == null || result.projectName().isBlank()
                ? "Unnamed project" : t(result.projectName());
        this.asOf = Formats.readableInstant(result.asOf());
        this.asOfIso = Formats.isoInstant(result.asOf());
        for (Rule rule : content.rules()) {
            ruleIndex.putIfAbsent(rule.id(), ruleIndex.size() + 1);
        }
    }

    /** The href of a model's card relative to the index: {@code cards/<id>.html}. */
    public static String cardPath(String modelId) {
        return HtmlReportWriter.CARDS_DIRECTORY + "/" + modelId + ".html";
    }

    // ---------------------------------------------------------------------------------------------- index

    public IndexPage index() {
        ResultSummary summary = content.summary();
        PageHeader header = new PageHeader(project, asOf, asOfIso, result.failOnSeverity().label(),
                "Project verdict", Badge.verdict(summary.releasable()), verdictSummary(summary.blocking(), summary.warnings(),
                        summary.blockingModels().size(), summary.models()),
                HtmlReportWriter.CSS_FILE, HtmlReportWriter.INDEX_FILE);
        return new IndexPage(
                header,
                "Model governance report",
                "Model governance report \u2013 " + project,
                stats(summary),
                severityRows(summary),
                statusRows(summary),
                blockingModels(summary),
                inventory(),
                ruleRows(),
                matrix(),
                content.findings().stream()
                        .filter(f -> f.status().isViolation() || f.status() == FindingStatus.WAIVED)
                        .map(f -> findingRow(f, cardPath(f.modelId())))
                        .toList(),
                waiverRows());
    }

    private List<IndexPage.WaiverRow> waiverRows() {
        List<IndexPage.WaiverRow> rows = new ArrayList<>(result.waivers().size());
        for (WaiverOutcome outcome : result.waivers()) {
            Waiver waiver = outcome.waiver();
            rows.add(new IndexPage.WaiverRow(
                    cell(waiver.ticket()),
                    t(waiver.ruleId()),
                    t(waiver.modelId()),
                    present(waiver.modelVersion()) ? t(waiver.modelVersion()) : "every version",
                    cell(waiver.approverText()),
                    waiver.expires().toString(),
                    Badge.waiverState(outcome.state()),
                    cell(waiver.justification()),
                    cell(Formats.location(waiver.location()))));
        }
        return rows;
    }

    private static List<IndexPage.Stat> stats(ResultSummary summary) {
        return List.of(
                new IndexPage.Stat(Integer.toString(summary.models()), summary.models() == 1 ? "model" : "models", "stat"),
                new IndexPage.Stat(Integer.toString(summary.rules()), summary.rules() == 1 ? "rule" : "rules", "stat"),
                new IndexPage.Stat(Integer.toString(summary.blocking()),
                        summary.blocking() == 1 ? "blocking violation" : "blocking violations",
                        summary.blocking() > 0 ? "stat stat-fail" : "stat"),
                new IndexPage.Stat(Integer.toString(summary.warnings()), summary.warnings() == 1 ? "warning" : "warnings",
                        summary.warnings() > 0 ? "stat stat-warn" : "stat"),
                new IndexPage.Stat(Integer.toString(summary.passed()), "checks passed", "stat"),
                new IndexPage.Stat(Integer.toString(summary.notApplicable()), "not applicable", "stat"));
    }

    private List<IndexPage.SeverityRow> severityRows(ResultSummary summary) {
        List<IndexPage.SeverityRow> rows = new ArrayList<>();
        for (Severity severity : ResultSummary.severitiesWorstFirst()) {
            rows.add(new IndexPage.SeverityRow(
                    Badge.severity(severity),
                    Integer.toString(summary.violationsBySeverity().get(severity)),
                    severity.isAtLeast(result.failOnSeverity()) ? "blocks release" : "warning"));
        }
        return rows;
    }

    private static List<IndexPage.StatusRow> statusRows(ResultSummary summary) {
        return List.of(
                new IndexPage.StatusRow(Badge.status(FindingStatus.PASSED), Integer.toString(summary.passed()),
                        "The rule held."),
                new IndexPage.StatusRow(Badge.status(FindingStatus.FAILED), Integer.toString(summary.failed()),
                        "The rule did not hold: a violation."),
                new IndexPage.StatusRow(Badge.status(FindingStatus.ERROR), Integer.toString(summary.errors()),
                        "The rule could not be evaluated: treated as a violation."),
                new IndexPage.StatusRow(Badge.status(FindingStatus.NOT_APPLICABLE),
                        Integer.toString(summary.notApplicable()),
                        "The rule's condition excludes the model."),
                new IndexPage.StatusRow(Badge.status(FindingStatus.WAIVED), Integer.toString(summary.waived()),
                        "A violation covered by an approved waiver in force: neither blocking nor a warning."));
    }

    private List<IndexPage.ModelLink> blockingModels(ResultSummary summary) {
        Map<String, GovernedModel> byId = new HashMap<>();
        content.models().forEach(m -> byId.put(m.id(), m));
        List<IndexPage.ModelLink> links = new ArrayList<>();
        for (String id : summary.blockingModels()) {
            GovernedModel model = byId.get(id);
            long blocking = content.findingsFor(id).stream().filter(content::isBlocking).count();
            links.add(new IndexPage.ModelLink(t(id), model == null ? "" : t(model.metadata().name()),
                    model == null ? "" : cardPath(id),
                    Formats.count(blocking, "blocking violation", "blocking violations")));
        }
        return links;
    }

    private List<IndexPage.InventoryRow> inventory() {
        List<IndexPage.InventoryRow> rows = new ArrayList<>(content.models().size());
        for (GovernedModel model : content.models()) {
            ModelMetadata metadata = model.metadata();
            int[] counts = violationCounts(model.id());
            rows.add(new IndexPage.InventoryRow(
                    t(model.id()),
                    cell(metadata.name()),
                    cell(metadata.version()),
                    cell(metadata.type()),
                    cell(metadata.riskTier()),
                    cell(metadata.status()),
                    cell(names(metadata.peopleWithRole(Person.OWNER))),
                    Integer.toString(counts[0]),
                    Integer.toString(counts[1]),
                    Badge.verdict(counts[0] == 0),
                    cardPath(model.id())));
        }
        return rows;
    }

    private List<IndexPage.RuleRow> ruleRows() {
        Map<String, Integer> violations = new HashMap<>();
        for (Finding finding : content.findings()) {
            if (finding.status().isViolation()) {
                violations.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        List<IndexPage.RuleRow> rows = new ArrayList<>();
        for (Rule rule : content.rules()) {
            rows.add(new IndexPage.RuleRow(
                    ruleAnchor(rule.id()),
                    t(rule.id()),
                    cell(rule.title()),
                    Badge.severity(rule.severity()),
                    Badge.enforcement(rule.enforcement()),
                    cell(parameters(rule)),
                    cell(rule.pack()),
                    cell(references(rule)),
                    cell(rule.source() == null ? null : rule.source().file()),
                    Integer.toString(violations.getOrDefault(rule.id(), 0))));
        }
        return rows;
    }

    private List<IndexPage.MatrixRow> matrix() {
        List<Rule> rules = content.rules();
        List<IndexPage.MatrixRow> rows = new ArrayList<>(content.models().size());
        for (GovernedModel model : content.models()) {
            Map<String, Finding> byRule = new HashMap<>();
            for (Finding finding : content.findingsFor(model.id())) {
                byRule.putIfAbsent(finding.ruleId(), finding);
            }
            List<IndexPage.MatrixCell> cells = new ArrayList<>(rules.size());
            for (Rule rule : rules) {
                cells.add(matrixCell(byRule.get(rule.id())));
            }
            rows.add(new IndexPage.MatrixRow(t(model.id()), cardPath(model.id()), cells));
        }
        return rows;
    }

    private IndexPage.MatrixCell matrixCell(Finding finding) {
        if (finding == null) {
            return new IndexPage.MatrixCell("none", "", "cell cell-none");
        }
        String severity = finding.severity().label();
        boolean blocking = content.isBlocking(finding);
        return switch (finding.status()) {
            case PASSED -> new IndexPage.MatrixCell("passed", "", "cell cell-pass");
            case NOT_APPLICABLE -> new IndexPage.MatrixCell("n/a", "", "cell cell-na");
            case FAILED -> new IndexPage.MatrixCell("failed", severity, blocking ? "cell cell-fail" : "cell cell-warn");
            case ERROR -> new IndexPage.MatrixCell("error", severity, blocking ? "cell cell-error" : "cell cell-warn");
            case WAIVED -> new IndexPage.MatrixCell("waived", severity, "cell cell-waived");
        };
    }

    // ----------------------------------------------------------------------------------------------- card

    public CardPage card(GovernedModel model) {
        ModelMetadata metadata = model.metadata();
        List<Finding> findings = content.findingsFor(model.id());
        int[] counts = violationCounts(model.id());
        PageHeader header = new PageHeader(project, asOf, asOfIso, result.failOnSeverity().label(),
                "Model verdict", Badge.verdict(counts[0] == 0), verdictSummary(counts[0], counts[1], -1, -1),
                "../" + HtmlReportWriter.CSS_FILE, "../" + HtmlReportWriter.INDEX_FILE);
        String name = present(metadata.name()) ? t(metadata.name()) : t(model.id());
        String subtitle = t(model.id()) + (present(metadata.version()) ? " \u00b7 version " + t(metadata.version()) : "");
        Lineage lineage = model.lineage();
        Map<String, Integer> lineageDatasetIndex = new HashMap<>();
        for (LineageDataset dataset : lineage.datasets()) {
            lineageDatasetIndex.putIfAbsent(dataset.id(), lineageDatasetIndex.size() + 1);
        }
        List<MetricResult> evaluations = model.evaluations();
        long breached = evaluations.stream().filter(MetricResult::breachesThreshold).count();
        return new CardPage(
                header,
                "Model card: " + name + " \u2013 " + project,
                t(model.id()),
                name,
                subtitle,
                details(model),
                people(metadata),
                detail("Intended use", metadata.intendedUse()),
                texts(metadata.outOfScopeUses()),
                texts(metadata.limitations()),
                texts(metadata.ethicalConsiderations()),
                datasets(metadata, lineageDatasetIndex),
                artifact(metadata.artifact()),
                approvals(metadata),
                monitoring(metadata.monitoring()),
                extensions(metadata),
                metrics(evaluations),
                evaluations.isEmpty() ? "No evaluation result recorded."
                        : Formats.count(evaluations.size(), "result", "results") + ", "
                                + Formats.count(breached, "threshold breached", "thresholds breached"),
                lineageDatasets(lineage),
                lineageJobs(lineage),
                lineageEdges(lineage),
                findings.stream().map(f -> findingRow(f, null)).toList(),
                findingsSummary(findings),
                evidence(model));
    }

    private List<Detail> details(GovernedModel model) {
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
        details.add(detail("Metadata file", model.metadataFile() == null ? null : model.metadataFile().file()));
        return details;
    }

    private static List<CardPage.PersonRow> people(ModelMetadata metadata) {
        return metadata.people().stream()
                .map(p -> new CardPage.PersonRow(cell(p.name()), cell(p.role()), cell(p.email()), cell(p.organization())))
                .toList();
    }

    private static List<CardPage.DatasetRow> datasets(ModelMetadata metadata, Map<String, Integer> lineageIndex) {
        List<CardPage.DatasetRow> rows = new ArrayList<>();
        for (DatasetUse dataset : metadata.datasets()) {
            Integer index = dataset.lineageRef() == null ? null : lineageIndex.get(dataset.lineageRef());
            rows.add(new CardPage.DatasetRow(
                    cell(dataset.name()),
                    cell(dataset.role()),
                    cell(dataset.lineageRef()),
                    index == null ? "" : "#" + lineageDatasetAnchor(index),
                    cell(dataset.description())));
        }
        return rows;
    }

    private static List<Detail> artifact(Artifact artifact) {
        if (artifact == null) {
            return List.of();
        }
        return List.of(detail("Path", artifact.path()), detail("Format", artifact.format()),
                detail("SHA-256", artifact.sha256()));
    }

    private static List<CardPage.ApprovalRow> approvals(ModelMetadata metadata) {
        List<CardPage.ApprovalRow> rows = new ArrayList<>();
        for (Approval approval : metadata.approvals()) {
            rows.add(new CardPage.ApprovalRow(
                    approval.date() == null ? ABSENT : Formats.date(approval.date()),
                    cell(approval.by()),
                    cell(approval.role()),
                    Badge.decision(t(approval.decision())),
                    cell(approval.comment())));
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

    private static List<CardPage.MetricRow> metrics(List<MetricResult> evaluations) {
        List<CardPage.MetricRow> rows = new ArrayList<>(evaluations.size());
        for (MetricResult metric : evaluations) {
            boolean declared = metric.threshold() != null
                    && (metric.threshold().min() != null || metric.threshold().max() != null);
            rows.add(new CardPage.MetricRow(
                    cell(metric.metric()),
                    t(metric.sliceLabel()),
                    Formats.metricValue(metric.value(), metric.threshold()),
                    cell(Formats.confidenceInterval(metric.confidenceInterval())),
                    cell(Formats.threshold(metric.threshold())),
                    Badge.threshold(declared, !metric.breachesThreshold()),
                    cell(metric.dataset()),
                    metric.date() == null ? ABSENT : Formats.date(metric.date()),
                    cell(Formats.location(metric.source()))));
        }
        return rows;
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

    private static List<CardPage.EvidenceRow> evidence(GovernedModel model) {
        return model.inputs().stream()
                .map((InputFile input) -> new CardPage.EvidenceRow(cell(input.path()), cell(input.kind()),
                        cell(input.sha256())))
                .toList();
    }

    // --------------------------------------------------------------------------------------------- shared

    /**
     * A finding as a row; {@code modelHref} links the model's card (null on the card itself). The message is
     * left out when it only repeats the rule title.
     */
    private FindingRow findingRow(Finding finding, String modelHref) {
        Rule rule = finding.rule();
        boolean repeatsTitle = finding.message() == null || finding.message().equals(rule.title());
        boolean violation = finding.status().isViolation() || finding.status() == FindingStatus.WAIVED;
        String message = violation || !repeatsTitle ? cell(finding.message()) : ABSENT;
        return new FindingRow(
                t(rule.id()),
                cell(rule.title()),
                references(rule),
                Badge.severity(finding.severity()),
                Badge.status(finding.status()),
                Badge.effect(finding.status().isViolation(), content.isBlocking(finding),
                        content.result().isAudited(finding)),
                t(finding.modelId()),
                modelHref == null ? "" : modelHref,
                message,
                cell(Formats.location(finding.location())),
                finding.waiver() == null ? "" : waiverText(finding.waiver()));
    }

    /** "Waived until 2027-03-31 under MRM-F-2026-044, approved by Jonathan Achebe <…>: <justification> (<place>)". */
    private static String waiverText(Waiver waiver) {
        return t("Waived until " + waiver.expires() + " under " + waiver.ticket() + ", approved by "
                + waiver.approverText() + ": " + waiver.justification() + " ("
                + Formats.location(waiver.location()) + ")");
    }

    /** {blocking, warnings} of one model. */
    private int[] violationCounts(String modelId) {
        int blocking = 0;
        int warnings = 0;
        for (Finding finding : content.findingsFor(modelId)) {
            if (content.isBlocking(finding)) {
                blocking++;
            } else if (finding.status().isViolation()) {
                warnings++;
            }
        }
        return new int[] {blocking, warnings};
    }

    /**
     * "2 blocking violations in 1 of 3 models · 3 warnings"; without the model part when {@code models} is
     * negative (on a card).
     */
    private static String verdictSummary(int blocking, int warnings, int blockingModels, int models) {
        StringBuilder text = new StringBuilder(Formats.count(blocking, "blocking violation", "blocking violations"));
        if (models >= 0 && blocking > 0) {
            text.append(" in ").append(blockingModels).append(" of ").append(Formats.count(models, "model", "models"));
        }
        text.append(" \u00b7 ").append(Formats.count(warnings, "warning", "warnings"));
        return text.toString();
    }

    private String ruleAnchor(String ruleId) {
        return "rule-" + ruleIndex.getOrDefault(ruleId, 0);
    }

    private static String lineageDatasetAnchor(int index) {
        return "lineage-dataset-" + index;
    }

    /** {@code maxAgeDays = 365}: the parameter values in force, in declaration order. */
    private static String parameters(Rule rule) {
        return rule.params().values().stream().map(p -> p.name() + " = " + p.valueText()).map(PageFactory::t)
                .collect(Collectors.joining("; "));
    }

    private static String references(Rule rule) {
        return rule.references().stream().map(Reference::toString).map(PageFactory::t)
                .collect(Collectors.joining("; "));
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).filter(PageFactory::present).collect(Collectors.joining(", "));
    }

    private static List<String> texts(List<String> texts) {
        return texts.stream().filter(PageFactory::present).map(PageFactory::t).toList();
    }

    private static Detail detail(String label, String value) {
        return present(value) ? new Detail(label, t(value), false) : new Detail(label, NOT_STATED, true);
    }

    /** A table cell: the cleaned text, or {@link #ABSENT}. */
    private static String cell(String value) {
        return present(value) ? t(value) : ABSENT;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String t(String text) {
        return XmlText.clean(text);
    }
}
