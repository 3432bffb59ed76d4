package dev.modelops.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a team declares about one model in its {@code model.yaml} (or {@code model.json}). Lists are never null;
 * absent texts are null. {@code extensions} keeps any free data the team added, in key order.
 */
public record ModelMetadata(
        String id,
        String name,
        String version,
        String type,
        String task,
        String description,
        String license,
        List<Person> people,
        String riskTier,
        String status,
        String intendedUse,
        List<String> outOfScopeUses,
        List<String> limitations,
        List<String> ethicalConsiderations,
        List<DatasetUse> datasets,
        Artifact artifact,
        List<Approval> approvals,
        MonitoringPlan monitoring,
        SortedMap<String, Object> extensions) {

    public ModelMetadata {
        people = people == null ? List.of() : List.copyOf(people);
        outOfScopeUses = outOfScopeUses == null ? List.of() : List.copyOf(outOfScopeUses);
        limitations = limitations == null ? List.of() : List.copyOf(limitations);
        ethicalConsiderations = ethicalConsiderations == null ? List.of() : List.copyOf(ethicalConsiderations);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        extensions = extensions == null ? new TreeMap<>() : new TreeMap<>(extensions);
    }

    public List<Person> peopleWithRole(String role) {
        return people.stream().filter(p -> role.equals(p.role())).toList();
    }

    /** Convenience for templates: the extensions as an unmodifiable map. */
    public Map<String, Object> extensionsView() {
        return java.util.Collections.unmodifiableMap(extensions);
    }
}
