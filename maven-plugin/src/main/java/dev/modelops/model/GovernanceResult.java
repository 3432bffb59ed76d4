package dev.modelops.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a run produced, the input of every report writer and of the verdict: the project, the "as of"
 * instant every time-dependent rule used, the models, the rules in force, one finding per model and rule
 * (ordered by model id, then rule order), the severity from which a violation fails the build, every waiver of
 * the waivers file with what became of it, that file as evidence (null when the project has none), the rule
 * packs in force (extended packs first) with their versions and digests, and the evidence manifest of every input
 * file (derived from the models, packs and waivers file when not given, without template files).
 */
public record GovernanceResult(
        String projectName,
        Instant asOf,
        List<GovernedModel> models,
        List<Rule> rules,
        List<Finding> findings,
        Severity failOnSeverity,
        List<WaiverOutcome> waivers,
        InputFile waiversFile,
        List<RulePack> packs,
        EvidenceManifest evidence) {

    public GovernanceResult {
        packs = packs == null ? List.of() : List.copyOf(packs);
        models = List.copyOf(models);
        if (evidence == null) {
            evidence = EvidenceManifest.of(null, models, packs, waiversFile, List.of());
        }
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** A result whose evidence manifest is derived from its models, packs and waivers file. */
    public GovernanceResult(String projectName, Instant asOf, List<GovernedModel> models, List<Rule> rules,
            List<Finding> findings, Severity failOnSeverity, List<WaiverOutcome> waivers, InputFile waiversFile,
            List<RulePack> packs) {
        this(projectName, asOf, models, rules, findings, failOnSeverity, waivers, waiversFile, packs, null);
    }

    /** A result of a project without waivers, whose packs are not recorded. */
    public GovernanceResult(String projectName, Instant asOf, List<GovernedModel> models, List<Rule> rules,
            List<Finding> findings, Severity failOnSeverity) {
        this(projectName, asOf, models, rules, findings, failOnSeverity, List.of(), null, List.of());
    }

    /** A result whose packs are not recorded (results built in code, in tests). */
    public GovernanceResult(String projectName, Instant asOf, List<GovernedModel> models, List<Rule> rules,
            List<Finding> findings, Severity failOnSeverity, List<WaiverOutcome> waivers, InputFile waiversFile) {
        this(projectName, asOf, models, rules, findings, failOnSeverity, waivers, waiversFile, List.of());
    }

    /**
     * This result narrowed to one model: that model, its findings and the waivers that name it, with the rules,
     * packs and settings of the whole run, and an evidence manifest of that model's files, the packs, the waivers
     * file and the templates. What a model card's PDF carries as its machine-readable evidence.
     */
    public GovernanceResult ofModel(String modelId) {
        List<GovernedModel> model = models.stream().filter(m -> m.id().equals(modelId)).toList();
        return narrowedTo(model, findings.stream().filter(finding -> finding.modelId().equals(modelId)).toList(),
                waivers.stream().filter(outcome -> modelId.equals(outcome.waiver().modelId())).toList(),
                evidence.templateFiles());
    }

    /**
     * {@link #ofModel} for a caller that has indexed the result already (a report renders a thousand cards, and
     * scanning every finding for each would cost the square of the models): {@code model} (one model, or none),
     * its findings and its waivers, and {@link EvidenceManifest#templateFiles()} of this result's manifest.
     */
    public GovernanceResult narrowedTo(List<GovernedModel> model, List<Finding> modelFindings,
            List<WaiverOutcome> modelWaivers, List<InputFile> templateFiles) {
        return new GovernanceResult(projectName, asOf, model, rules, modelFindings, failOnSeverity, modelWaivers,
                waiversFile, packs, EvidenceManifest.of(evidence.shippedTemplates(), model, packs, waiversFile,
                        templateFiles));
    }

    /** Violations waived by a waiver in force: shown in the reports with the waiver, neither blocking nor warnings. */
    public List<Finding> waivedFindings() {
        return findings.stream().filter(f -> f.status() == FindingStatus.WAIVED).toList();
    }

    /** The waivers in a given state, in file order. */
    public List<WaiverOutcome> waiversIn(WaiverState state) {
        return waivers.stream().filter(w -> w.state() == state).toList();
    }

    public List<Finding> findingsFor(String modelId) {
        return findings.stream().filter(f -> f.modelId().equals(modelId)).toList();
    }

    /** Violations that fail the build: of a rule enforced as fail, at or above the fail threshold. */
    public List<Finding> blockingFindings() {
        return findings.stream().filter(this::isBlocking).toList();
    }

    /** Violations reported as warnings: of a rule enforced as warn, or as fail below the fail threshold. */
    public List<Finding> warningFindings() {
        return findings.stream().filter(this::isWarning).toList();
    }

    /** Violations of rules enforced as audit: recorded in the reports only, neither blocking nor warnings. */
    public List<Finding> auditedFindings() {
        return findings.stream().filter(this::isAudited).toList();
    }

    public boolean isBlocking(Finding finding) {
        return finding.status().isViolation() && finding.rule().enforcement() == Enforcement.FAIL
                && finding.severity().isAtLeast(failOnSeverity);
    }

    public boolean isWarning(Finding finding) {
        if (!finding.status().isViolation()) {
            return false;
        }
        Enforcement enforcement = finding.rule().enforcement();
        return enforcement == Enforcement.WARN
                || (enforcement == Enforcement.FAIL && !finding.severity().isAtLeast(failOnSeverity));
    }

    public boolean isAudited(Finding finding) {
        return finding.status().isViolation() && finding.rule().enforcement() == Enforcement.AUDIT;
    }
}
