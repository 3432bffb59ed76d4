package dev.modelops.render;

import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the rules in force say about each framework they cite (SR 11-7, EU AI Act, ...): which clauses are cited
 * and by which rules, and for each model how the framework's rules came out. The HTML report and
 * {@code results.json} both show these numbers, computed here once.
 *
 * <p>Frameworks are sorted by name and clauses in {@link NaturalOrder} ({@code Art. 9(2)} before
 * {@code Art. 10(1)}); the rules of a clause or framework keep their declaration order, models are sorted by id.
 * A rule counts once per framework however many of its clauses it cites. A reference without a clause cites the
 * framework as a whole: its clause is "". A reference without a framework name is ignored.
 */
public final class FrameworkCoverage {

    private FrameworkCoverage() {
    }

    /** One framework: its name, the clauses cited, the rules citing any of them, and each model's results. */
    public record Framework(String name, List<Clause> clauses, List<Rule> rules, List<ModelResult> models) {
        public Framework {
            clauses = List.copyOf(clauses);
            rules = List.copyOf(rules);
            models = List.copyOf(models);
        }
    }

    /** A clause as the rules write it ("" for the framework as a whole), and the rules citing it. */
    public record Clause(String clause, List<Rule> rules) {
        public Clause {
            rules = List.copyOf(rules);
        }
    }

    /** How the rules of one framework came out for one model. */
    public record ModelResult(String modelId, FindingCounts counts, Verdict verdict) {
    }

    /** One word for a model's standing against a framework. */
    public enum Verdict {
        /** At least one of the framework's rules failed or could not be evaluated. */
        VIOLATIONS,
        /** No violation, but at least one was waived. */
        WAIVED,
        /** No violation and none waived, and at least one rule passed. */
        COMPLIANT,
        /** None of the framework's rules applied to the model (or the run has no finding of them). */
        NOT_ASSESSED;

        /** {@code compliant}, {@code violations}, {@code waived}, {@code not assessed}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        static Verdict of(FindingCounts counts) {
            if (counts.violations() > 0) {
                return VIOLATIONS;
            }
            if (counts.waived() > 0) {
                return WAIVED;
            }
            return counts.passed() > 0 ? COMPLIANT : NOT_ASSESSED;
        }
    }

    /** Every framework cited by a rule in force, sorted by name. */
    public static List<Framework> of(ReportContent content) {
        Citations citations = content.derived(Citations.class, Citations::of);
        List<Framework> frameworks = new ArrayList<>(citations.clausesByFramework().size());
        citations.clausesByFramework().forEach((name, clauses) -> {
            List<Clause> clauseList = new ArrayList<>(clauses.size());
            clauses.forEach((clause, rules) -> clauseList.add(new Clause(clause, List.copyOf(rules))));
            List<Rule> rules = List.copyOf(citations.rulesByFramework().get(name));
            frameworks.add(new Framework(name, clauseList, rules, modelResults(content, rules)));
        });
        return frameworks;
    }

    /**
     * One framework as it applies to one model: the framework's name, how many rules in force cite it, and how
     * they came out for the model.
     */
    public record ModelFramework(String name, int rules, ModelResult result) {

        /** The framework's rules that applied to the model: every finding but the not-applicable ones. */
        public int applied() {
            FindingCounts counts = result.counts();
            return counts.total() - counts.notApplicable();
        }
    }

    /**
     * Every framework cited by a rule in force, in the order of {@link #of}, with how its rules came out for one
     * model. Costs one pass over the rules and the model's findings, so that each model card can show it without
     * computing every other model's results.
     */
    public static List<ModelFramework> forModel(ReportContent content, GovernedModel model) {
        Citations citations = content.derived(Citations.class, Citations::of);
        List<ModelFramework> frameworks = new ArrayList<>(citations.clausesByFramework().size());
        for (String name : citations.clausesByFramework().keySet()) {
            Set<Rule> rules = citations.rulesByFramework().get(name);
            Set<String> ruleIds = new LinkedHashSet<>();
            rules.forEach(rule -> ruleIds.add(rule.id()));
            frameworks.add(new ModelFramework(name, rules.size(), modelResult(content, ruleIds, model)));
        }
        return frameworks;
    }

    /**
     * The frameworks cited by the rules in force: per framework (sorted by name) its clauses (in natural order)
     * with the rules citing each, and its rules in declaration order.
     */
    private record Citations(Map<String, Map<String, Set<Rule>>> clausesByFramework,
            Map<String, Set<Rule>> rulesByFramework) {

        static Citations of(ReportContent content) {
            Map<String, Map<String, Set<Rule>>> clausesByFramework = new TreeMap<>(NaturalOrder.INSTANCE);
            Map<String, Set<Rule>> rulesByFramework = new HashMap<>();
            for (Rule rule : content.rules()) {
                for (Reference reference : rule.references()) {
                    String framework = reference.framework();
                    if (framework == null || framework.isBlank()) {
                        continue;
                    }
                    String clause = reference.clause() == null || reference.clause().isBlank() ? "" : reference.clause();
                    clausesByFramework.computeIfAbsent(framework, f -> new TreeMap<>(NaturalOrder.INSTANCE))
                            .computeIfAbsent(clause, c -> new LinkedHashSet<>()).add(rule);
                    rulesByFramework.computeIfAbsent(framework, f -> new LinkedHashSet<>()).add(rule);
                }
            }
            return new Citations(clausesByFramework, rulesByFramework);
        }
    }

    private static List<ModelResult> modelResults(ReportContent content, List<Rule> rules) {
        Set<String> ruleIds = new LinkedHashSet<>();
        rules.forEach(rule -> ruleIds.add(rule.id()));
        List<ModelResult> models = new ArrayList<>(content.models().size());
        for (GovernedModel model : content.models()) {
            models.add(modelResult(content, ruleIds, model));
        }
        return models;
    }

    /** How the rules {@code ruleIds} came out for one model; a rule counts once even with several findings. */
    private static ModelResult modelResult(ReportContent content, Set<String> ruleIds, GovernedModel model) {
        GovernanceResult result = content.result();
        FindingCounts.Tally tally = new FindingCounts.Tally();
        Set<String> seen = new HashSet<>();
        for (Finding finding : content.findingsFor(model.id())) {
            if (ruleIds.contains(finding.ruleId()) && seen.add(finding.ruleId())) {
                tally.add(finding, result);
            }
        }
        FindingCounts counts = tally.counts();
        return new ModelResult(model.id(), counts, Verdict.of(counts));
    }
}
