package dev.modelops.evaluate;

import dev.modelops.model.InputProblem;
import dev.modelops.model.Rule;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule ids must be unique across every pack in force: a finding, a waiver or an auditor's question names a
 * rule by its id alone.
 */
final class RuleIds {

    private RuleIds() {
    }

    /** One problem per repeated id, at the repetition, naming where the id was first declared. */
    static List<InputProblem> duplicates(List<Rule> rules) {
        Map<String, Rule> firstById = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            Rule first = firstById.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(new InputProblem(rule.locate("id"),
                        "duplicate rule id '" + rule.id() + "', first declared at " + describe(first),
                        "rule ids that are unique across every rule pack in force"));
            }
        }
        return problems;
    }

    private static String describe(Rule rule) {
        SourceLocation at = rule.locate("id");
        String where = at.toString();
        String pack = rule.pack() == null ? "" : " (pack " + rule.pack() + ")";
        return (where.isEmpty() ? "another rule" : where) + pack;
    }
}
