package dev.modelops.render.html;

import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.render.ReportContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force grouped by pack, as the rule catalogue has them and the index follows: first the packs the
 * run recorded ({@link ReportContent#packs()}, in the order they were put in force, even one with no rule in
 * force), then, by first appearance, any pack a rule names that the run did not record (results built in code).
 * Rules keep their declaration order. The n-th group is the catalogue's section {@code pack-n}.
 */
final class PackGroups {

    /**
     * One group: its element id in the catalogue, the pack when the run recorded it (null otherwise), the pack
     * name rules carry ({@code ""} for rules of no pack), and its rules in force.
     */
    record Group(String anchor, RulePack pack, String name, List<Rule> rules) {
        Group {
            rules = List.copyOf(rules);
        }
    }

    private PackGroups() {
    }

    static List<Group> of(ReportContent content) {
        Map<String, List<Rule>> rulesByPack = new LinkedHashMap<>();
        for (Rule rule : content.rules()) {
            rulesByPack.computeIfAbsent(rule.pack() == null ? "" : rule.pack(), p -> new ArrayList<>()).add(rule);
        }
        List<Group> groups = new ArrayList<>();
        for (RulePack pack : content.packs()) {
            List<Rule> rules = rulesByPack.remove(pack.name());
            groups.add(new Group(anchor(groups.size() + 1), pack, pack.name(), rules == null ? List.of() : rules));
        }
        rulesByPack.forEach((name, rules) -> groups.add(new Group(anchor(groups.size() + 1), null, name, rules)));
        return groups;
    }

    /** {@code pack-1}: the element id of the n-th pack section of the catalogue. */
    static String anchor(int index) {
        return "pack-" + index;
    }
}
