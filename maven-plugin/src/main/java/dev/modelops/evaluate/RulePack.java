package dev.modelops.evaluate;

import dev.modelops.model.Rule;
import java.util.List;

/**
 * A loaded rule pack: its name and version (so a report states exactly which rules were in force), title,
 * description, the file it came from as shown to the user, and its rules in file order.
 */
public record RulePack(String name, String version, String title, String description, String file, List<Rule> rules) {

    public RulePack {
        rules = List.copyOf(rules);
    }

    /** {@code core 1.0.0}. */
    public String label() {
        return name + " " + version;
    }
}
