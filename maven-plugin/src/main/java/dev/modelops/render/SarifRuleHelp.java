package dev.modelops.render;

import dev.modelops.model.Enforcement;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The help of a rule in the SARIF log ({@code reportingDescriptor.help}), as plain text and as Markdown: what the
 * rule checks and why, its parameters in force, what a violation does in this run, the frameworks it gives evidence
 * for, and how to fix or waive a violation. Code scanning shows the Markdown under an alert.
 *
 * <p>Every text that comes from a rule pack (title, description, parameter descriptions, references) is escaped
 * for Markdown, so that {@code <script>} or {@code *} in a rule file reads as written and never becomes markup;
 * expressions are shown as code spans, which Markdown never interprets.
 */
final class SarifRuleHelp {

    private SarifRuleHelp() {
    }

    static String text(Rule rule, Severity failOnSeverity) {
        StringBuilder text = new StringBuilder();
        text.append(rule.title()).append("\n\n");
        if (hasDescription(rule)) {
            text.append(oneLine(rule.description())).append("\n\n");
        }
        text.append("Rule ").append(rule.id()).append(packText(rule)).append(", severity ")
                .append(rule.severity().label()).append(", enforcement ").append(rule.enforcement().label())
                .append(": ").append(consequence(rule, failOnSeverity)).append(".\n");
        text.append("Checks: ").append(oneLine(rule.expr())).append('\n');
        text.append("Applies: ").append(applicability(rule, false)).append('\n');
        if (hasField(rule)) {
            text.append("Concerns: ").append(rule.field()).append(" of the model's model.yaml\n");
        }
        if (!rule.params().isEmpty()) {
            text.append("Parameters in force:\n");
            for (RuleParameter parameter : rule.params().values()) {
                text.append("  - ").append(parameter.name()).append(" = ").append(parameter.valueText())
                        .append(" (").append(parameter.type().label()).append(')');
                if (parameter.description() != null && !parameter.description().isBlank()) {
                    text.append(": ").append(oneLine(parameter.description()));
                }
                text.append('\n');
            }
        }
        if (!rule.references().isEmpty()) {
            text.append("Evidence for: ").append(String.join("; ", rule.references().stream()
                    .map(Reference::toString).map(SarifRuleHelp::oneLine).toList())).append('\n');
        }
        text.append('\n').append("To fix: ").append(FIX).append('\n');
        text.append("To waive: ").append(waiving(rule.id())).append('\n');
        text.append("To change it for the whole project: ").append(overriding(rule.id())).append('\n');
        return text.toString();
    }

    static String markdown(Rule rule, Severity failOnSeverity) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("**").append(escape(rule.title())).append("**\n\n");
        if (hasDescription(rule)) {
            markdown.append(escape(rule.description())).append("\n\n");
        }
        markdown.append("- Rule: ").append(code(rule.id()));
        if (rule.pack() != null && !rule.pack().isBlank()) {
            markdown.append(" of pack ").append(code(rule.pack()));
        }
        markdown.append('\n');
        markdown.append("- Severity: ").append(rule.severity().label()).append('\n');
        markdown.append("- Enforcement: ").append(rule.enforcement().label()).append(" (")
                .append(escape(consequence(rule, failOnSeverity))).append(")\n");
        markdown.append("- Checks: ").append(code(rule.expr())).append('\n');
        markdown.append("- Applies: ").append(applicability(rule, true)).append('\n');
        if (hasField(rule)) {
            markdown.append("- Concerns: ").append(code(rule.field())).append(" of the model's ")
                    .append(code("model.yaml")).append('\n');
        }
        if (!rule.params().isEmpty()) {
            markdown.append("\n**Parameters in force**\n\n");
            for (RuleParameter parameter : rule.params().values()) {
                markdown.append("- ").append(code(parameter.name())).append(" = ").append(code(parameter.valueText()))
                        .append(" (").append(parameter.type().label()).append(')');
                if (parameter.description() != null && !parameter.description().isBlank()) {
                    markdown.append(": ").append(escape(parameter.description()));
                }
                markdown.append('\n');
            }
        }
        if (!rule.references().isEmpty()) {
            markdown.append("\n**Evidence for**\n\n");
            for (Reference reference : rule.references()) {
                markdown.append("- ").append(escape(reference.toString())).append('\n');
            }
        }
        markdown.append("\n**To fix**: ").append(escape(FIX)).append("\n\n");
        markdown.append("**To waive**: ").append(escape(waiving(rule.id()))).append("\n\n");
        markdown.append("**To change it for the whole project**: ").append(escape(overriding(rule.id()))).append('\n');
        return markdown.toString();
    }

    private static final String FIX = "complete the model's metadata or evidence (model.yaml, its evaluation results,"
            + " its lineage) so that the check holds; the alert's message names what is missing, and its location"
            + " the file and line concerned. Then run mvn verify again.";

    private static String waiving(String ruleId) {
        return "when the violation is accepted for one model, add an entry to the waivers file"
                + " (src/main/modelops/waivers.yaml unless modelops.waiversFile says otherwise) with rule: " + ruleId
                + ", model (and optionally modelVersion), justification, approver (name and email), ticket and"
                + " expires. The violation is then reported as waived, not blocking, up to and including the expiry"
                + " date, and counts again after it.";
    }

    private static String overriding(String ruleId) {
        return "a <rule> entry with <id>" + ruleId + "</id> in the plugin's <rules> configuration sets its"
                + " enforcement (fail, warn, audit, off), severity or parameter values.";
    }

    /** What a violation of the rule does in this run, given the run's fail threshold. */
    static String consequence(Rule rule, Severity failOnSeverity) {
        Enforcement enforcement = rule.enforcement();
        return switch (enforcement) {
            case FAIL -> rule.severity().isAtLeast(failOnSeverity)
                    ? "a violation blocks the release, its severity being at or above modelops.failOnSeverity "
                            + failOnSeverity.label()
                    : "a violation is a warning, its severity being below modelops.failOnSeverity "
                            + failOnSeverity.label();
            case WARN -> "a violation is always a warning and never blocks the release";
            case AUDIT -> "a violation is recorded in the reports only, neither a warning nor blocking";
            case OFF -> "the rule is switched off and not evaluated";
        };
    }

    private static String packText(Rule rule) {
        return rule.pack() == null || rule.pack().isBlank() ? "" : " of pack " + rule.pack();
    }

    private static String applicability(Rule rule, boolean markdown) {
        List<String> conditions = new ArrayList<>();
        if (rule.packWhen() != null && !rule.packWhen().isBlank()) {
            conditions.add(rule.packWhen());
        }
        if (rule.when() != null && !rule.when().isBlank()) {
            conditions.add(rule.when());
        }
        if (conditions.isEmpty()) {
            return "to every model";
        }
        List<String> shown = conditions.stream().map(c -> markdown ? code(c) : oneLine(c)).toList();
        return "to models where " + String.join(" and ", shown);
    }

    private static boolean hasDescription(Rule rule) {
        return rule.description() != null && !rule.description().isBlank();
    }

    private static boolean hasField(Rule rule) {
        return rule.field() != null && !rule.field().isBlank();
    }

    /** A text on one line: rule files fold prose over several lines, which means nothing to a reader here. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * {@code text} as Markdown that renders as exactly that text: on one line, with every character that could
     * start markup (emphasis, links, HTML, headings, tables, entities, code) escaped with a backslash, and a list
     * or heading marker at the start escaped too.
     */
    static String escape(String text) {
        String line = oneLine(text);
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>#|~&!".indexOf(c) >= 0 || i == 0 && (c == '-' || c == '+' || c == '=')) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // "1. text" or "1) text" would start a numbered list.
        int digits = 0;
        while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < escaped.length() && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
            escaped.insert(digits, '\\');
        }
        return escaped.toString();
    }

    /** {@code text} as a Markdown code span, fenced with more backticks than it contains in a row. */
    static String code(String text) {
        String line = oneLine(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
    }
}
