package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.Inventory;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.Severity;
import dev.modelops.model.Waiver;
import dev.modelops.render.Formats;
import dev.modelops.render.InventoryFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns {@link InventoryFigures} into the {@link InventoryPage} the inventory template shows: every count and date
 * formatted here, every text from a source's results cleaned (the template escapes it), every list in the
 * figures' order.
 */
public final class InventoryPageFactory {

    /** The PDF of the inventory, next to its {@code index.html}. */
    public static final String PDF_FILE = "inventory.pdf";

    private final InventoryFigures figures;
    private final boolean pdfLink;

    public InventoryPageFactory(InventoryFigures figures, boolean pdfLink) {
        this.figures = figures;
        this.pdfLink = pdfLink;
    }

    public InventoryPage page(String cssHref) {
        Inventory inventory = figures.inventory();
        String title = t(inventory.title());
        int blockingModels = figures.blockingModels().size();
        InventoryPage.Masthead masthead = new InventoryPage.Masthead(title,
                Formats.readableInstant(inventory.asOf()), Formats.isoInstant(inventory.asOf()),
                Badge.verdict(figures.releasable()),
                Formats.count(blockingModels, "model", "models") + " blocking release \u00b7 "
                        + Formats.count(figures.blocking(), "blocking violation", "blocking violations") + " \u00b7 "
                        + Formats.count(figures.warnings(), "warning", "warnings"),
                cssHref, pdfLink ? PDF_FILE : "");
        return new InventoryPage(masthead, "Model inventory and compliance report",
                "Model inventory and compliance report \u2013 " + title,
                "The models of " + Formats.count(inventory.sources().size(), "project", "projects")
                        + ", as each project's own governance check published them. Each project was checked against "
                        + "its own rules and fail threshold; this report adds nothing to their verdicts.",
                stats(), riskTiers(), sources(), models(), rules(), frameworks(), violations(), waivers());
    }

    private List<IndexPage.Stat> stats() {
        int sources = figures.inventory().sources().size();
        int models = figures.models().size();
        int blockingModels = figures.blockingModels().size();
        long expired = figures.waivers().stream().filter(w -> w.daysLeft() < 0).count();
        return List.of(
                new IndexPage.Stat(Integer.toString(sources), sources == 1 ? "project" : "projects", "stat"),
                new IndexPage.Stat(Integer.toString(models), models == 1 ? "model" : "models", "stat"),
                new IndexPage.Stat(Integer.toString(blockingModels),
                        blockingModels == 1 ? "model blocking release" : "models blocking release",
                        blockingModels > 0 ? "stat stat-fail" : "stat"),
                new IndexPage.Stat(Integer.toString(figures.blocking()),
                        figures.blocking() == 1 ? "blocking violation" : "blocking violations",
                        figures.blocking() > 0 ? "stat stat-fail" : "stat"),
                new IndexPage.Stat(Integer.toString(figures.warnings()),
                        figures.warnings() == 1 ? "warning" : "warnings", figures.warnings() > 0 ? "stat stat-warn" : "stat"),
                new IndexPage.Stat(Integer.toString(figures.waived()), "waived", "stat"),
                new IndexPage.Stat(Long.toString(expired), expired == 1 ? "expired waiver" : "expired waivers",
                        expired > 0 ? "stat stat-warn" : "stat"));
    }

    private List<InventoryPage.TierRow> riskTiers() {
        Map<String, int[]> byTier = new LinkedHashMap<>();
        for (int i = InventoryOrder.RISK_TIERS.size() - 1; i >= 0; i--) {
            byTier.put(InventoryOrder.RISK_TIERS.get(i), new int[3]);
        }
        Map<String, int[]> other = new java.util.TreeMap<>();
        int[] notStated = new int[3];
        for (InventoryFigures.ModelFigures model : figures.models()) {
            String tier = model.model().riskTier();
            int[] counts;
            if (!present(tier)) {
                counts = notStated;
            } else {
                String key = tier.trim().toLowerCase(Locale.ROOT);
                counts = byTier.containsKey(key) ? byTier.get(key) : other.computeIfAbsent(t(tier), k -> new int[3]);
            }
            counts[0]++;
            counts[1] += "production".equalsIgnoreCase(String.valueOf(model.model().status())) ? 1 : 0;
            counts[2] += model.blocking() > 0 ? 1 : 0;
        }
        byTier.putAll(other);
        List<InventoryPage.TierRow> rows = new ArrayList<>();
        byTier.forEach((tier, counts) -> rows.add(tierRow(tier, counts)));
        if (notStated[0] > 0) {
            rows.add(tierRow("not stated", notStated));
        }
        return rows;
    }

    private static InventoryPage.TierRow tierRow(String tier, int[] counts) {
        return new InventoryPage.TierRow(tier, Integer.toString(counts[0]), Integer.toString(counts[1]),
                Integer.toString(counts[2]));
    }

    private List<InventoryPage.SourceRow> sources() {
        List<InventoryPage.SourceRow> rows = new ArrayList<>();
        for (Inventory.Source source : figures.inventory().sources()) {
            InventoryFigures.SourceFigures counts = figures.source(source);
            PublishedResults results = source.results();
            rows.add(new InventoryPage.SourceRow(anchor(source), t(source.label()), cell(results.project()),
                    Formats.readableInstant(results.asOf()), results.failOnSeverity().label(),
                    Integer.toString(counts.models()), Integer.toString(counts.blocking()),
                    Integer.toString(counts.warnings()), Integer.toString(counts.waived()),
                    Badge.verdict(counts.blocking() == 0), href(source), t(results.file()), results.sha256()));
        }
        return rows;
    }

    private List<InventoryPage.ModelRow> models() {
        List<InventoryPage.ModelRow> rows = new ArrayList<>();
        for (InventoryFigures.ModelFigures figure : figures.models()) {
            PublishedResults.Model model = figure.model();
            rows.add(new InventoryPage.ModelRow(t(figure.source().label()), anchor(figure.source()), t(model.id()),
                    cell(model.name()), cell(model.version()), cell(model.riskTier()), cell(model.status()),
                    cell(PageText.joined(model.owners())), cell(PageText.joined(model.validators())),
                    Integer.toString(figure.blocking()), Integer.toString(figure.warnings()),
                    Badge.verdict(figure.passed()), href(figure.source())));
        }
        return rows;
    }

    private List<InventoryPage.RuleRow> rules() {
        List<InventoryPage.RuleRow> rows = new ArrayList<>();
        for (InventoryFigures.RuleFigures rule : figures.rules()) {
            String cssClass = rule.blocking() > 0 ? "rule-blocking" : rule.violations() > 0 ? "rule-warning" : "";
            rows.add(new InventoryPage.RuleRow(t(rule.id()), cell(rule.title()),
                    rule.severities().stream().map(Severity::label).collect(Collectors.joining(", ")),
                    Integer.toString(rule.sources()), Integer.toString(rule.assessed()), Integer.toString(rule.passed()),
                    Integer.toString(rule.violations()), Integer.toString(rule.blocking()),
                    Integer.toString(rule.waived()), Integer.toString(rule.notApplicable()),
                    rule.modelsInViolation().isEmpty() ? PageText.cell(null)
                            : t(String.join(", ", rule.modelsInViolation())),
                    cssClass));
        }
        return rows;
    }

    private List<InventoryPage.FrameworkRow> frameworks() {
        return figures.frameworks().stream().map(framework -> new InventoryPage.FrameworkRow(t(framework.name()),
                Integer.toString(framework.sources()), Integer.toString(framework.compliant()),
                Integer.toString(framework.violations()), Integer.toString(framework.waived()),
                Integer.toString(framework.notAssessed()))).toList();
    }

    private List<InventoryPage.ViolationRow> violations() {
        List<InventoryPage.ViolationRow> rows = new ArrayList<>();
        for (InventoryFigures.Violation violation : figures.violations()) {
            PublishedResults.PublishedFinding finding = violation.finding();
            Badge effect = switch (violation.effect()) {
                case BLOCKING -> new Badge(violation.effect().label(), "badge badge-fail");
                case WARNING -> new Badge(violation.effect().label(), "badge badge-warn");
                case AUDIT -> new Badge(violation.effect().label(), "badge badge-na");
                case WAIVED -> new Badge(violation.effect().label(), "badge badge-waived");
            };
            String message = finding.message();
            if (finding.waiver() != null) {
                message = (present(message) ? message + " " : "") + "(waived by " + finding.waiver().ticket()
                        + " until " + finding.waiver().expires() + ")";
            }
            rows.add(new InventoryPage.ViolationRow(t(violation.source().label()), t(finding.modelId()),
                    t(finding.ruleId()), Badge.severity(finding.severity()), effect, cell(message),
                    cell(Formats.location(finding.location()))));
        }
        return rows;
    }

    private List<InventoryPage.WaiverRow> waivers() {
        List<InventoryPage.WaiverRow> rows = new ArrayList<>();
        for (InventoryFigures.WaiverFigures figure : figures.waivers()) {
            Waiver waiver = figure.outcome().waiver();
            long days = figure.daysLeft();
            String left = days < 0 ? "expired " + Formats.count(-days, "day", "days") + " ago"
                    : days == 0 ? "expires today" : Formats.count(days, "day", "days") + " left";
            rows.add(new InventoryPage.WaiverRow(t(figure.source().label()), cell(waiver.ticket()), t(waiver.ruleId()),
                    t(waiver.modelId()), present(waiver.modelVersion()) ? t(waiver.modelVersion()) : "every version",
                    cell(waiver.approverName()), waiver.expires().toString(), left,
                    Badge.waiverState(figure.outcome().state()), cell(waiver.justification())));
        }
        return rows;
    }

    /** The element id of a source's part of the page: {@code source-} and its position, free of its label's characters. */
    private String anchor(Inventory.Source source) {
        return "source-" + (figures.inventory().sources().indexOf(source) + 1);
    }

    private static String href(Inventory.Source source) {
        return source.reportHref() == null ? "" : t(source.reportHref());
    }
}
