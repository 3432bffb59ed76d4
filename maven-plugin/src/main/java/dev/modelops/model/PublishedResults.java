package dev.modelops.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code results.json} that a project's check published, read back for an inventory across projects: what
 * the project's run concluded about each of its models, as the run recorded it (counts, blocking flags and
 * verdicts are not recomputed: the run that wrote the file knew its rules and fail threshold). {@code file} is
 * how the file is named in messages and {@code sha256} the digest of its bytes, so an inventory can cite exactly
 * which published results it was made from.
 */
public record PublishedResults(
        String file,
        String sha256,
        String project,
        Instant asOf,
        Severity failOnSeverity,
        Summary summary,
        List<Model> models,
        List<RuleResult> rules,
        List<PublishedFinding> findings,
        List<WaiverOutcome> waivers,
        List<Framework> frameworks) {

    public PublishedResults {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(failOnSeverity, "failOnSeverity");
        Objects.requireNonNull(summary, "summary");
        models = List.copyOf(models);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        waivers = List.copyOf(waivers);
        frameworks = List.copyOf(frameworks);
    }

    /** The findings of one model, in the file's order. */
    public List<PublishedFinding> findingsFor(String modelId) {
        return findings.stream().filter(finding -> finding.modelId().equals(modelId)).toList();
    }

    /** The counts over all findings, as the run summarised them. */
    public record Summary(int models, int rules, int passed, int failed, int notApplicable, int errors, int waived,
            int blocking, int warnings, Map<Severity, Integer> violationsBySeverity) {

        public Summary {
            EnumMap<Severity, Integer> copy = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                copy.put(severity, violationsBySeverity.getOrDefault(severity, 0));
            }
            violationsBySeverity = Map.copyOf(copy);
        }

        /** Whether the run found nothing that blocks the release. */
        public boolean releasable() {
            return blocking == 0;
        }
    }

    /** A model as the run described it; texts are null when the model did not state them. */
    public record Model(String id, String name, String version, String riskTier, String status, List<String> owners,
            List<String> validators) {

        public Model {
            Objects.requireNonNull(id, "id");
            owners = List.copyOf(owners);
            validators = List.copyOf(validators);
        }
    }

    /** How many models had each status for one rule. */
    public record Counts(int passed, int failed, int errors, int waived, int notApplicable) {

        /** Failed or could not be evaluated. */
        public int violations() {
            return failed + errors;
        }
    }

    /** A rule in force in the run, with its results over the project's models. */
    public record RuleResult(String id, String title, Severity severity, Enforcement enforcement, String pack,
            List<Reference> references, Counts counts) {

        public RuleResult {
            Objects.requireNonNull(id, "id");
            references = List.copyOf(references);
        }
    }

    /**
     * One rule on one model: {@code blocking} as the run decided it (a violation of a rule enforced as fail at or
     * above the run's threshold); {@code waiver} is the waiver that waived it, for status waived.
     */
    public record PublishedFinding(String ruleId, String modelId, Severity severity, FindingStatus status,
            boolean blocking, String message, SourceLocation location, Waiver waiver) {

        public PublishedFinding {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(modelId, "modelId");
            location = location == null ? SourceLocation.of("") : location;
        }
    }

    /** A framework the run's rules cite, and each model's standing against it. */
    public record Framework(String name, List<FrameworkModel> models) {

        public Framework {
            models = List.copyOf(models);
        }
    }

    /** {@code verdict} is compliant, violations, waived or not assessed, as results.json writes it. */
    public record FrameworkModel(String modelId, Counts counts, int blocking, int warnings, String verdict) {
    }
}
