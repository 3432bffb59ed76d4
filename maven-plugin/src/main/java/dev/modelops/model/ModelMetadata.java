package dev.modelops.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a team declares about one model in its {@code model.yaml} (or {@code model.json}): documentation, people,
 * data, artifact and approvals, then the governance records that rule packs check (vendor, fairness scope, EU AI
 * Act class, acceptance criteria, budgets, risk register, oversight and security measures, logging, change log,
 * impact assessment, baseline), and the recommendations of the card ("Caveats and recommendations" in Mitchell et al.,
 * 2019). Lists are never null; absent texts and objects are null. {@code extensions} keeps any free data the team added, in key order.
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
        List<String> recommendations,
        List<DatasetUse> datasets,
        Artifact artifact,
        List<Approval> approvals,
        MonitoringPlan monitoring,
        Vendor vendor,
        Boolean affectsPeople,
        List<String> protectedAttributes,
        EuAiActClassification euAiAct,
        List<AcceptanceCriterion> acceptanceCriteria,
        ResourceBudgets budgets,
        List<Risk> risks,
        List<String> humanOversight,
        List<String> cybersecurity,
        LoggingPolicy logging,
        List<Change> changeLog,
        ImpactAssessment impactAssessment,
        Baseline baseline,
        SortedMap<String, Object> extensions) {

    public ModelMetadata {
        people = people == null ? List.of() : List.copyOf(people);
        outOfScopeUses = outOfScopeUses == null ? List.of() : List.copyOf(outOfScopeUses);
        limitations = limitations == null ? List.of() : List.copyOf(limitations);
        ethicalConsiderations = ethicalConsiderations == null ? List.of() : List.copyOf(ethicalConsiderations);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        protectedAttributes = protectedAttributes == null ? List.of() : List.copyOf(protectedAttributes);
        acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
        risks = risks == null ? List.of() : List.copyOf(risks);
        humanOversight = humanOversight == null ? List.of() : List.copyOf(humanOversight);
        cybersecurity = cybersecurity == null ? List.of() : List.copyOf(cybersecurity);
        changeLog = changeLog == null ? List.of() : List.copyOf(changeLog);
        extensions = extensions == null ? new TreeMap<>() : new TreeMap<>(extensions);
    }

    /** Every field but the recommendations, which came later: none given. */
    public ModelMetadata(String id, String name, String version, String type, String task, String description,
            String license, List<Person> people, String riskTier, String status, String intendedUse,
            List<String> outOfScopeUses, List<String> limitations, List<String> ethicalConsiderations,
            List<DatasetUse> datasets, Artifact artifact, List<Approval> approvals, MonitoringPlan monitoring,
            Vendor vendor, Boolean affectsPeople, List<String> protectedAttributes, EuAiActClassification euAiAct,
            List<AcceptanceCriterion> acceptanceCriteria, ResourceBudgets budgets, List<Risk> risks,
            List<String> humanOversight, List<String> cybersecurity, LoggingPolicy logging, List<Change> changeLog,
            ImpactAssessment impactAssessment, Baseline baseline, SortedMap<String, Object> extensions) {
        this(id, name, version, type, task, description, license, people, riskTier, status, intendedUse,
                outOfScopeUses, limitations, ethicalConsiderations, null, datasets, artifact, approvals, monitoring,
                vendor, affectsPeople, protectedAttributes, euAiAct, acceptanceCriteria, budgets, risks, humanOversight,
                cybersecurity, logging, changeLog, impactAssessment, baseline, extensions);
    }

    /** The documentation fields of the first release of the format: every later field absent. */
    public ModelMetadata(String id, String name, String version, String type, String task, String description,
            String license, List<Person> people, String riskTier, String status, String intendedUse,
            List<String> outOfScopeUses, List<String> limitations, List<String> ethicalConsiderations,
            List<DatasetUse> datasets, Artifact artifact, List<Approval> approvals, MonitoringPlan monitoring,
            SortedMap<String, Object> extensions) {
        this(id, name, version, type, task, description, license, people, riskTier, status, intendedUse,
                outOfScopeUses, limitations, ethicalConsiderations, null, datasets, artifact, approvals, monitoring,
                null, null, null, null, null, null, null, null, null, null, null, null, null, extensions);
    }

    public List<Person> peopleWithRole(String role) {
        return people.stream().filter(p -> role.equals(p.role())).toList();
    }

    /** Convenience for templates: the extensions as an unmodifiable map. */
    public Map<String, Object> extensionsView() {
        return java.util.Collections.unmodifiableMap(extensions);
    }
}
