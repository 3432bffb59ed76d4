package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.names;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.references;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.EvidenceManifest;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Person;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.render.FindingCounts;
import dev.modelops.render.Formats;
import dev.modelops.render.FrameworkCoverage;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.PdfReportWriter;
import dev.modelops.render.ReportContent;
import dev.modelops.render.ResultSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ReportContent} into the page models the templates show: the index here, the model cards in
 * {@link CardPageFactory}, the rule catalogue in {@link CatalogPageFactory}. All ordering, counting and
 * formatting happens in these factories, once, so the templates only loop and choose; every text taken from an
 * input passes through {@link dev.modelops.render.XmlText#clean(String)} (see {@link PageText}; the templates
 * escape it).
 */
public final class PageFactory {

    /** Shown in a table cell whose value the input did not state. */
    public static final String ABSENT = "\u2014";
    /** Shown in a definition list for a value the input did not state. */
    public static final String NOT_STATED = "Not stated";

    private final ReportContent content;
    private final GovernanceResult result;
    private final String project;
    private final String asOf;
    private final String asOfIso;
    private final boolean pdfLinks;
    private final String attestationNote;

    public PageFactory(ReportContent content) {
        this(content, false);
    }

    /** A factory whose pages link to their PDF when {@code pdfLinks} (the PDF writer is in force). */
    public PageFactory(ReportContent content, boolean pdfLinks) {
        this(content, pdfLinks, "");
    }

    /** Pages whose compliance report states {@code attestationNote} (signed or not) beside the evidence. */
    public PageFactory(ReportContent content, boolean pdfLinks, String attestationNote) {
        this.attestationNote = attestationNote == null ? "" : attestationNote;
        this.pdfLinks = pdfLinks;
        this.content = content;
        this.result = content.result();
        this.project = result.projectName() == null || result.projectName().isBlank()
                ? "Unnamed project" : t(result.projectName());
        this.asOf = Formats.readableInstant(result.asOf());
        this.asOfIso = Formats.isoInstant(result.asOf());
    }

    /** The href of a model's card relative to the index: {@code cards/<id>.html}. */
    public static String cardPath(String modelId) {
        return HtmlReportWriter.CARDS_DIRECTORY + "/" + modelId + ".html";
    }

    // ---------------------------------------------------------------------------------------------- index

    public IndexPage index() {
        ResultSummary summary = content.summary();
        PageHeader header = header("Project verdict", Badge.verdict(summary.releasable()),
                verdictSummary(summary.blocking(), summary.warnings(), summary.blockingModels().size(), summary.models()),
                "", PdfReportWriter.REPORT_FILE);
        List<FrameworkCoverage.Framework> coverage = FrameworkCoverage.of(content);
        List<IndexPage.InventoryRow> inventory = inventory();
        return new IndexPage(
                header,
                "Model governance report",
                "Model governance report \u2013 " + project,
                stats(summary),
                severityRows(summary),
                statusRows(summary),
                blockingModels(summary),
                inventory,
                inventoryFilter(inventory),
                modelColumns(),
                ruleGroups(),
                Integer.toString(RULE_COLUMNS + content.models().size()),
                frameworkSections(coverage),
                frameworkMatrix(coverage),
                content.findings().stream()
                        .filter(f -> f.status().isViolation() || f.status() == FindingStatus.WAIVED)
                        .map(f -> findingRow(f, cardPath(f.modelId()), ""))
                        .toList(),
                waiverRows(),
                evidence());
    }

    private IndexPage.Evidence evidence() {
        EvidenceManifest manifest = result.evidence();
        List<IndexPage.EvidenceFile> files = new ArrayList<>(manifest.files().size());
        for (InputFile input : manifest.files()) {
            files.add(new IndexPage.EvidenceFile(cell(input.path()), InputKinds.label(input.kind()),
                    InputKinds.importer(input.kind()), cell(input.sha256())));
        }
        return new IndexPage.Evidence(manifest.sha256(),
                manifest.shippedTemplates() == null ? ABSENT : t(manifest.shippedTemplates()), t(attestationNote),
                files);
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
                    cardPath(model.id()),
                    InventoryOrder.riskTierRank(metadata.riskTier()),
                    InventoryOrder.statusRank(metadata.status()),
                    InventoryOrder.verdictRank(counts[0] == 0)));
        }
        return rows;
    }

    /** The risk tiers the rows state, lowest first (unknown ones after, by name), and both verdicts. */
    private static IndexPage.InventoryFilter inventoryFilter(List<IndexPage.InventoryRow> rows) {
        List<String> tiers = rows.stream()
                .filter(row -> !row.riskTierRank().isEmpty())
                .sorted(Comparator.comparing((IndexPage.InventoryRow row) -> Integer.parseInt(row.riskTierRank()))
                        .thenComparing(IndexPage.InventoryRow::riskTier))
                .map(IndexPage.InventoryRow::riskTier)
                .distinct()
                .toList();
        return new IndexPage.InventoryFilter(tiers,
                List.of(Badge.verdict(false).text(), Badge.verdict(true).text()),
                rows.size() + " of " + Formats.count(rows.size(), "model", "models") + " shown");
    }

    /** The columns of the rules table besides one per model: rule, title, severity, enforcement, violations. */
    private static final int RULE_COLUMNS = 5;

    private List<IndexPage.ModelColumn> modelColumns() {
        return content.models().stream()
                .map(model -> new IndexPage.ModelColumn(t(model.id()), cardPath(model.id())))
                .toList();
    }

    /** The rules in force by pack, as the catalogue groups them; a recorded pack with no rule in force is left out. */
    private List<IndexPage.RuleGroup> ruleGroups() {
        List<Map<String, Finding>> findingsByModel = new ArrayList<>(content.models().size());
        for (GovernedModel model : content.models()) {
            Map<String, Finding> byRule = new HashMap<>();
            for (Finding finding : content.findingsFor(model.id())) {
                byRule.putIfAbsent(finding.ruleId(), finding);
            }
            findingsByModel.add(byRule);
        }
        List<IndexPage.RuleGroup> groups = new ArrayList<>();
        for (PackGroups.Group group : PackGroups.of(content)) {
            if (group.rules().isEmpty()) {
                continue;
            }
            List<IndexPage.RuleRow> rows = new ArrayList<>(group.rules().size());
            int packViolations = 0;
            for (Rule rule : group.rules()) {
                List<IndexPage.ResultCell> cells = new ArrayList<>(findingsByModel.size());
                int violations = 0;
                for (int m = 0; m < findingsByModel.size(); m++) {
                    Finding finding = findingsByModel.get(m).get(rule.id());
                    if (finding != null && finding.status().isViolation()) {
                        violations++;
                    }
                    cells.add(resultCell(content.models().get(m).id(), finding));
                }
                packViolations += violations;
                String id = t(rule.id());
                int dot = id.indexOf('.');
                rows.add(new IndexPage.RuleRow(
                        ruleAnchor(rule.id()),
                        ruleHref("", rule.id()),
                        id,
                        dot < 0 ? "" : id.substring(0, dot + 1),
                        dot < 0 ? id : id.substring(dot + 1),
                        cell(rule.title()),
                        Badge.severity(rule.severity()),
                        Badge.enforcement(rule.enforcement()),
                        cells,
                        Integer.toString(violations)));
            }
            RulePack pack = group.pack();
            String label = pack != null ? "Pack " + t(pack.label())
                    : group.name().isEmpty() ? "Rules of no pack" : "Pack " + t(group.name());
            groups.add(new IndexPage.RuleGroup(
                    label,
                    pack != null && present(pack.title()) ? t(pack.title()) : "",
                    HtmlReportWriter.RULES_FILE + "#" + group.anchor(),
                    Formats.count(rows.size(), "rule", "rules") + " \u00b7 "
                            + Formats.count(packViolations, "violation", "violations"),
                    rows));
        }
        return groups;
    }

    private IndexPage.ResultCell resultCell(String modelId, Finding finding) {
        if (finding == null) {
            return resultCell(modelId, "none", "", "cell cell-none");
        }
        String severity = finding.severity().label();
        boolean blocking = content.isBlocking(finding);
        return switch (finding.status()) {
            case PASSED -> resultCell(modelId, "passed", "", "cell cell-pass");
            case NOT_APPLICABLE -> resultCell(modelId, "n/a", "", "cell cell-na");
            case FAILED -> resultCell(modelId, "failed", severity, blocking ? "cell cell-fail" : "cell cell-warn");
            case ERROR -> resultCell(modelId, "error", severity, blocking ? "cell cell-error" : "cell cell-warn");
            case WAIVED -> resultCell(modelId, "waived", severity, "cell cell-waived");
        };
    }

    /** {@code credit-scoring: failed, high}. */
    private static IndexPage.ResultCell resultCell(String modelId, String status, String severity, String cssClass) {
        return new IndexPage.ResultCell(status, severity, cssClass,
                t(modelId) + ": " + status + (severity.isEmpty() ? "" : ", " + severity));
    }

    /** One part per framework: the clauses cited and the rules citing each, linked to the catalogue. */
    private static List<IndexPage.FrameworkSection> frameworkSections(List<FrameworkCoverage.Framework> coverage) {
        List<IndexPage.FrameworkSection> sections = new ArrayList<>(coverage.size());
        int index = 1;
        for (FrameworkCoverage.Framework framework : coverage) {
            List<IndexPage.ClauseRow> clauses = new ArrayList<>(framework.clauses().size());
            for (FrameworkCoverage.Clause clause : framework.clauses()) {
                clauses.add(new IndexPage.ClauseRow(
                        clause.clause().isEmpty() ? "(the framework as a whole)" : t(clause.clause()),
                        clause.rules().stream().map(rule -> ruleLink(rule, "")).toList()));
            }
            Map<FrameworkCoverage.Verdict, Integer> verdicts = new EnumMap<>(FrameworkCoverage.Verdict.class);
            framework.models().forEach(m -> verdicts.merge(m.verdict(), 1, Integer::sum));
            List<String> standing = new ArrayList<>();
            verdicts.forEach((verdict, count) -> standing.add(count + " " + (verdict == FrameworkCoverage.Verdict.VIOLATIONS
                    ? "with violations" : verdict.label())));
            String summary = "Cited by " + Formats.count(framework.rules().size(), "rule", "rules") + " in "
                    + Formats.count(framework.clauses().size(), "clause", "clauses") + "."
                    + (standing.isEmpty() ? "" : " Models: " + String.join(", ", standing) + ".");
            sections.add(new IndexPage.FrameworkSection(frameworkAnchor(index++), t(framework.name()), summary, clauses));
        }
        return sections;
    }

    /** One row per framework in the order of {@link #frameworkSections}, one cell per model. */
    private static List<IndexPage.FrameworkMatrixRow> frameworkMatrix(List<FrameworkCoverage.Framework> coverage) {
        List<IndexPage.FrameworkMatrixRow> rows = new ArrayList<>(coverage.size());
        int index = 1;
        for (FrameworkCoverage.Framework framework : coverage) {
            List<IndexPage.FrameworkCell> cells = new ArrayList<>(framework.models().size());
            for (FrameworkCoverage.ModelResult model : framework.models()) {
                cells.add(frameworkCell(model));
            }
            rows.add(new IndexPage.FrameworkMatrixRow(t(framework.name()), frameworkAnchor(index++), cells));
        }
        return rows;
    }

    /** A model's standing against a framework, in the words of the index and of the model's card. */
    static IndexPage.FrameworkCell frameworkCell(FrameworkCoverage.ModelResult result) {
        FindingCounts counts = result.counts();
        List<String> parts = new ArrayList<>();
        addCount(parts, counts.passed(), "passed", "passed");
        addCount(parts, counts.failed(), "failed", "failed");
        addCount(parts, counts.errors(), "error", "errors");
        addCount(parts, counts.waived(), "waived", "waived");
        addCount(parts, counts.notApplicable(), "not applicable", "not applicable");
        String effect = "";
        if (counts.violations() > 0) {
            List<String> effects = new ArrayList<>();
            effects.add(Formats.count(counts.blocking(), "blocking", "blocking"));
            effects.add(Formats.count(counts.warnings(), "warning", "warnings"));
            int audited = counts.violations() - counts.blocking() - counts.warnings();
            if (audited > 0) {
                effects.add(audited + " audit only");
            }
            effect = String.join(", ", effects);
        }
        return new IndexPage.FrameworkCell(Badge.frameworkVerdict(result.verdict(), counts.blocking() > 0),
                parts.isEmpty() ? "no finding" : String.join(", ", parts), effect);
    }

    private static void addCount(List<String> parts, int count, String singular, String plural) {
        if (count > 0) {
            parts.add(Formats.count(count, singular, plural));
        }
    }

    /** The element id of a framework's part of the index, numbered in the order of {@link FrameworkCoverage#of}. */
    static String frameworkAnchor(int index) {
        return "framework-" + index;
    }

    // --------------------------------------------------------------------------------------- other pages

    /** The card of one model ({@code cards/<id>.html}). */
    public CardPage card(GovernedModel model) {
        return new CardPageFactory(this, content).card(model);
    }

    /** The rule catalogue ({@value HtmlReportWriter#RULES_FILE}). */
    public CatalogPage catalog() {
        return new CatalogPageFactory(this, content).catalog();
    }

    // --------------------------------------------------------------------------------------------- shared

    /**
     * A finding as a row; {@code modelHref} links the model's card (null on the card itself). The message is
     * left out when it only repeats the rule title.
     */
    FindingRow findingRow(Finding finding, String modelHref, String up) {
        Rule rule = finding.rule();
        boolean repeatsTitle = finding.message() == null || finding.message().equals(rule.title());
        boolean violation = finding.status().isViolation() || finding.status() == FindingStatus.WAIVED;
        String message = violation || !repeatsTitle ? cell(finding.message()) : ABSENT;
        return new FindingRow(
                t(rule.id()),
                ruleHref(up, rule.id()),
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

    /**
     * The band at the top of a page; {@code up} leads from the page's folder to the report's ({@code ""} for the
     * index and the catalogue, {@code "../"} for a card).
     */
    PageHeader header(String verdictLabel, Badge verdict, String verdictSummary, String up, String pdf) {
        return new PageHeader(project, asOf, asOfIso, result.failOnSeverity().label(), verdictLabel, verdict,
                verdictSummary, up + HtmlReportWriter.CSS_FILE, up + HtmlReportWriter.INDEX_FILE,
                up + HtmlReportWriter.RULES_FILE, pdfLinks ? pdf : "");
    }

    /** The project's name, as every page title ends. */
    String project() {
        return project;
    }

    /** A link to a rule's entry in the catalogue, relative to the page's folder ({@code up} as for {@link #header}). */
    static IndexPage.RuleLink ruleLink(Rule rule, String up) {
        return new IndexPage.RuleLink(t(rule.id()), cell(rule.title()), ruleHref(up, rule.id()));
    }

    /** {@code rules.html#rule-core.owner-present}, from a page in the folder {@code up} leads from. */
    static String ruleHref(String up, String ruleId) {
        return up + HtmlReportWriter.RULES_FILE + "#" + ruleAnchor(ruleId);
    }

    /**
     * The element id of a rule's entry: {@code rule-} and the rule id. Rule ids of rule files are already safe
     * in an id ({@code [a-z0-9][a-z0-9.-]*}); any other character (a rule built in code) is written as
     * {@code _<hex>_}, which no rule file can produce, so two rules never share an anchor.
     */
    public static String ruleAnchor(String ruleId) {
        StringBuilder anchor = new StringBuilder("rule-");
        String id = ruleId == null ? "" : ruleId;
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                anchor.appendCodePoint(c);
            } else {
                anchor.append('_').append(Integer.toHexString(c)).append('_');
            }
            i += Character.charCount(c);
        }
        return anchor.toString();
    }

    /** {blocking, warnings} of one model. */
    int[] violationCounts(String modelId) {
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
    static String verdictSummary(int blocking, int warnings, int blockingModels, int models) {
        StringBuilder text = new StringBuilder(Formats.count(blocking, "blocking violation", "blocking violations"));
        if (models >= 0 && blocking > 0) {
            text.append(" in ").append(blockingModels).append(" of ").append(Formats.count(models, "model", "models"));
        }
        text.append(" \u00b7 ").append(Formats.count(warnings, "warning", "warnings"));
        return text.toString();
    }

}
