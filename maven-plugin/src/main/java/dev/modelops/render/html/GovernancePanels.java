package dev.modelops.render.html;

import static dev.modelops.render.html.PageFactory.ABSENT;
import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.Approval;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Person;
import dev.modelops.model.Severity;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.render.Formats;
import dev.modelops.render.FrameworkCoverage;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.ReportContent;
import dev.modelops.render.ResultSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The governance panel at the top of a model card ({@link CardPage.GovernancePanel}): the facts a model-risk
 * committee looks for first, each also shown in full further down the card. Costs one pass over the model's
 * findings, the project's waivers and the rules in force, so that it stays cheap on a thousand cards.
 */
final class GovernancePanels {

    /** Cards live in {@code cards/}: links to the report's other pages go one folder up. */
    private static final String UP = "../";

    private GovernancePanels() {
    }

    static CardPage.GovernancePanel of(ReportContent content, GovernedModel model, Badge verdict, String verdictSummary) {
        List<Finding> findings = content.findingsFor(model.id());
        return new CardPage.GovernancePanel(
                verdict,
                verdictSummary + waivedSuffix(findings),
                facts(model.metadata()),
                approvals(model.metadata()),
                severities(content, findings),
                violationsSummary(content, findings),
                waivers(content, model),
                frameworks(content, model));
    }

    private static String waivedSuffix(List<Finding> findings) {
        long waived = findings.stream().filter(f -> f.status() == FindingStatus.WAIVED).count();
        return waived == 0 ? "" : " \u00b7 " + waived + " waived";
    }

    private static List<Detail> facts(ModelMetadata metadata) {
        return List.of(
                detail("Risk tier", metadata.riskTier()),
                detail("Lifecycle status", metadata.status()),
                people("Owner", metadata.peopleWithRole(Person.OWNER)),
                people("Validator", metadata.peopleWithRole(Person.VALIDATOR)));
    }

    /** {@code Priya Raman, Model Risk Management; Sam Okafor}, or "None declared" marked missing. */
    private static Detail people(String label, List<Person> people) {
        List<String> names = new ArrayList<>();
        for (Person person : people) {
            if (!present(person.name())) {
                continue;
            }
            names.add(present(person.organization()) ? t(person.name()) + ", " + t(person.organization()) : t(person.name()));
        }
        return names.isEmpty() ? new Detail(label, "None declared", true) : new Detail(label, String.join("; ", names), false);
    }

    private static List<CardPage.PanelApprovalRow> approvals(ModelMetadata metadata) {
        List<CardPage.PanelApprovalRow> rows = new ArrayList<>(metadata.approvals().size());
        for (Approval approval : metadata.approvals()) {
            rows.add(new CardPage.PanelApprovalRow(
                    approval.date() == null ? ABSENT : Formats.date(approval.date()),
                    cell(approval.by()),
                    cell(approval.role()),
                    Badge.decision(t(approval.decision()))));
        }
        return rows;
    }

    /** One column per severity, worst first: violations, those blocking the release, those waived. */
    private static List<CardPage.SeverityCount> severities(ReportContent content, List<Finding> findings) {
        Map<Severity, int[]> counts = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            int[] count = counts.computeIfAbsent(finding.severity(), s -> new int[3]);
            if (finding.status().isViolation()) {
                count[0]++;
                if (content.isBlocking(finding)) {
                    count[1]++;
                }
            } else if (finding.status() == FindingStatus.WAIVED) {
                count[2]++;
            }
        }
        List<CardPage.SeverityCount> columns = new ArrayList<>();
        for (Severity severity : ResultSummary.severitiesWorstFirst()) {
            int[] count = counts.getOrDefault(severity, new int[3]);
            columns.add(new CardPage.SeverityCount(Badge.severity(severity), Integer.toString(count[0]),
                    Integer.toString(count[1]), Integer.toString(count[2])));
        }
        return columns;
    }

    /** "2 violations of 12 rules checked: 1 blocks the release; 1 waived." */
    private static String violationsSummary(ReportContent content, List<Finding> findings) {
        if (findings.isEmpty()) {
            return "No rule was evaluated for this model.";
        }
        long violations = findings.stream().filter(f -> f.status().isViolation()).count();
        long blocking = findings.stream().filter(content::isBlocking).count();
        long waived = findings.stream().filter(f -> f.status() == FindingStatus.WAIVED).count();
        return Formats.count(violations, "violation", "violations") + " of "
                + Formats.count(findings.size(), "rule", "rules") + " checked"
                + (violations == 0 ? "" : ", " + blocking + (blocking == 1 ? " blocks" : " block") + " the release")
                + (waived == 0 ? "" : "; " + waived + " waived") + ".";
    }

    /** The waivers of this model in the waivers file, in file order, whatever became of them. */
    private static List<CardPage.PanelWaiverRow> waivers(ReportContent content, GovernedModel model) {
        List<CardPage.PanelWaiverRow> rows = new ArrayList<>();
        for (WaiverOutcome outcome : content.result().waivers()) {
            Waiver waiver = outcome.waiver();
            if (!waiver.modelId().equals(model.id())) {
                continue;
            }
            rows.add(new CardPage.PanelWaiverRow(
                    cell(waiver.ticket()),
                    t(waiver.ruleId()),
                    PageFactory.ruleHref(UP, waiver.ruleId()),
                    present(waiver.modelVersion()) ? t(waiver.modelVersion()) : "every version",
                    Formats.date(waiver.expires()),
                    Badge.waiverState(outcome.state())));
        }
        return rows;
    }

    /** Every framework the rules in force cite, in the order of the compliance report, with this model's result. */
    private static List<CardPage.PanelFrameworkRow> frameworks(ReportContent content, GovernedModel model) {
        List<FrameworkCoverage.ModelFramework> frameworks = FrameworkCoverage.forModel(content, model);
        List<CardPage.PanelFrameworkRow> rows = new ArrayList<>(frameworks.size());
        int index = 1;
        for (FrameworkCoverage.ModelFramework framework : frameworks) {
            IndexPage.FrameworkCell cell = PageFactory.frameworkCell(framework.result());
            rows.add(new CardPage.PanelFrameworkRow(
                    t(framework.name()),
                    UP + HtmlReportWriter.INDEX_FILE + "#" + PageFactory.frameworkAnchor(index++),
                    framework.applied() + " of " + Formats.count(framework.rules(), "rule", "rules") + " applied",
                    cell.verdict(),
                    cell.counts(),
                    cell.effect()));
        }
        return rows;
    }
}
