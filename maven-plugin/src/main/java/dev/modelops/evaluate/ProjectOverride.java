package dev.modelops.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <rule>} of the POM's {@code <rules>}: changes to a rule ({@code ruleId}) or to every rule of a pack
 * ({@code pack}), exactly one of the two, without copying the rule. Values are kept as written, so that
 * {@link RuleOverrides} can say what is wrong with them; null {@code enforcement} or {@code severity} leave
 * the rule's own, and {@code params} (name to value as text) override the declared defaults.
 */
public record ProjectOverride(String ruleId, String pack, String enforcement, String severity,
        Map<String, String> params) {

    public ProjectOverride {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code rule core.approval-current} or {@code pack core}: how messages name it. */
    String subject() {
        if (ruleId != null && !ruleId.isBlank()) {
            return "rule " + ruleId.trim();
        }
        return pack != null && !pack.isBlank() ? "pack " + pack.trim() : "an entry";
    }
}
