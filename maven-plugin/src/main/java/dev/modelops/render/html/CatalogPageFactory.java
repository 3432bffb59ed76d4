package dev.modelops.render.html;

import static dev.modelops.render.html.PageFactory.ABSENT;
import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.SourceLocation;
import dev.modelops.render.FindingCounts;
import dev.modelops.render.Formats;
import dev.modelops.render.ReportContent;
import dev.modelops.render.ResultSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the rule catalogue ({@link CatalogPage}). Rules are grouped by pack as {@link PackGroups} has them (the
 * index follows the same groups and links them here); a pack the run did not record is shown without details. Counts come from
 * {@link ReportContent#countsFor(String)}, the numbers {@code results.json} has too.
 */
final class CatalogPageFactory {

    private final PageFactory pages;
    private final ReportContent content;

    CatalogPageFactory(PageFactory pages, ReportContent content) {
        this.pages = pages;
        this.content = content;
    }

    CatalogPage catalog() {
        ResultSummary summary = content.summary();
        PageHeader header = pages.header("Project verdict", Badge.verdict(summary.releasable()),
                PageFactory.verdictSummary(summary.blocking(), summary.warnings(), summary.blockingModels().size(),
                        summary.models()),
                "", "");
        Map<String, List<Finding>> findingsByRule = new HashMap<>();
        for (Finding finding : content.findings()) {
            findingsByRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
        }
        List<CatalogPage.PackSection> sections = new ArrayList<>();
        for (PackGroups.Group group : PackGroups.of(content)) {
            sections.add(section(group, findingsByRule));
        }
        String text = Formats.count(content.rules().size(), "rule", "rules") + " in force from "
                + Formats.count(sections.size(), "pack", "packs") + ", checked against "
                + Formats.count(content.models().size(), "model", "models") + ".";
        return new CatalogPage(header, "Rule catalogue", "Rule catalogue \u2013 " + pages.project(), text, sections);
    }

    private CatalogPage.PackSection section(PackGroups.Group group, Map<String, List<Finding>> findingsByRule) {
        RulePack pack = group.pack();
        String name = group.name();
        List<Rule> rules = group.rules();
        String heading;
        List<Detail> details = new ArrayList<>();
        String when = "";
        if (pack == null) {
            heading = name.isEmpty() ? "Rules of no pack" : "Pack " + t(name);
        } else {
            heading = "Pack " + t(pack.label()) + (present(pack.title()) ? ": " + t(pack.title()) : "");
            details.add(detail("Name", pack.name()));
            details.add(detail("Version", pack.version()));
            details.add(detail("Title", pack.title()));
            details.add(detail("Description", pack.description()));
            details.add(detail("File", pack.file()));
            details.add(detail("SHA-256", pack.sha256()));
            details.add(detail("Extends", String.join(", ", pack.extendsPacks()), "No other pack"));
            when = present(pack.when()) ? t(pack.when()) : "";
        }
        List<CatalogPage.RuleSummaryRow> summary = new ArrayList<>(rules.size());
        List<CatalogPage.RuleEntry> entries = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            FindingCounts counts = content.countsFor(rule.id());
            summary.add(new CatalogPage.RuleSummaryRow(t(rule.id()), "#" + PageFactory.ruleAnchor(rule.id()),
                    cell(rule.title()), Badge.severity(rule.severity()), Badge.enforcement(rule.enforcement()),
                    Integer.toString(counts.passed()), Integer.toString(counts.failed()),
                    Integer.toString(counts.errors()), Integer.toString(counts.waived()),
                    Integer.toString(counts.notApplicable())));
            entries.add(entry(rule, counts, findingsByRule.getOrDefault(rule.id(), List.of())));
        }
        return new CatalogPage.PackSection(group.anchor(), heading, pack != null, details, when, summary, entries);
    }

    private CatalogPage.RuleEntry entry(Rule rule, FindingCounts counts, List<Finding> findings) {
        String packWhen = present(rule.packWhen()) ? t(rule.packWhen()) : "";
        String ruleWhen = present(rule.when()) ? t(rule.when()) : "";
        String appliesTo;
        if (packWhen.isEmpty() && ruleWhen.isEmpty()) {
            appliesTo = "Every model.";
        } else if (ruleWhen.isEmpty()) {
            appliesTo = "Models for which the pack's condition holds.";
        } else if (packWhen.isEmpty()) {
            appliesTo = "Models for which the rule's condition holds.";
        } else {
            appliesTo = "Models for which both the pack's and the rule's conditions hold.";
        }
        List<CatalogPage.ParameterRow> params = new ArrayList<>();
        for (RuleParameter parameter : rule.params().values()) {
            params.add(new CatalogPage.ParameterRow(t(parameter.name()),
                    parameter.type() == null ? ABSENT : parameter.type().label(), t(parameter.valueText()),
                    cell(parameter.description())));
        }
        List<CatalogPage.ReferenceRow> references = new ArrayList<>();
        for (Reference reference : rule.references()) {
            references.add(new CatalogPage.ReferenceRow(cell(reference.framework()), cell(reference.clause())));
        }
        List<CatalogPage.Count> countRows = List.of(
                new CatalogPage.Count("passed", Integer.toString(counts.passed())),
                new CatalogPage.Count("failed", Integer.toString(counts.failed())),
                new CatalogPage.Count("could not be evaluated", Integer.toString(counts.errors())),
                new CatalogPage.Count("waived", Integer.toString(counts.waived())),
                new CatalogPage.Count("did not apply", Integer.toString(counts.notApplicable())));
        List<CatalogPage.ModelOutcome> violations = new ArrayList<>();
        List<CatalogPage.ModelOutcome> waived = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.status().isViolation()) {
                violations.add(new CatalogPage.ModelOutcome(t(finding.modelId()), PageFactory.cardPath(finding.modelId()),
                        Badge.status(finding.status()),
                        Badge.effect(true, content.isBlocking(finding), content.result().isAudited(finding)), ""));
            } else if (finding.status() == FindingStatus.WAIVED) {
                String note = finding.waiver() == null ? ""
                        : t("until " + finding.waiver().expires() + " under " + finding.waiver().ticket());
                waived.add(new CatalogPage.ModelOutcome(t(finding.modelId()), PageFactory.cardPath(finding.modelId()),
                        Badge.status(finding.status()), new Badge("", ""), note));
            }
        }
        SourceLocation source = rule.source();
        return new CatalogPage.RuleEntry(
                PageFactory.ruleAnchor(rule.id()),
                t(rule.id()),
                cell(rule.title()),
                present(rule.description()) ? t(rule.description()) : "",
                Badge.severity(rule.severity()),
                Badge.enforcement(rule.enforcement()),
                cell(Formats.location(source)),
                present(rule.field()) ? t(rule.field()) : "",
                params,
                appliesTo,
                packWhen,
                ruleWhen,
                present(rule.expr()) ? t(rule.expr()) : "",
                references,
                countRows,
                violations,
                waived);
    }
}
