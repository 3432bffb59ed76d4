package dev.modelops.render;

import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.WaiverOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link GovernanceResult} put into the one order every report uses, so that two runs on equal input write
 * identical files whatever order the earlier stages produced: models by id; rules in the order they were
 * declared; findings by model, then by the declaration order of their rule.
 *
 * <p>It also refuses model ids that cannot safely name a file ({@code cards/<id>.html}); the load stage
 * already enforces the id pattern, so meeting one here is a bug upstream, reported before anything is written.
 */
public final class ReportContent {

    /** The ids the load stage accepts, and the only ones used as file names. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final GovernanceResult result;
    private final List<GovernedModel> models;
    private final List<Finding> findings;
    private final Map<String, List<Finding>> findingsByModel;
    private final ResultSummary summary;
    private final Map<String, FindingCounts> countsByRule;
    /** What the writers derive from the whole content once and then use for every page (see {@link #derived}). */
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private ReportContent(GovernanceResult result) {
        this.result = result;
        this.models = sortedModels(result.models());
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (Rule rule : result.rules()) {
            ruleOrder.putIfAbsent(rule.id(), ruleOrder.size());
        }
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(Comparator.comparing(Finding::modelId)
                .thenComparingInt((Finding f) -> ruleOrder.getOrDefault(f.ruleId(), Integer.MAX_VALUE))
                .thenComparing(Finding::ruleId));
        this.findings = List.copyOf(sorted);
        Map<String, List<Finding>> byModel = new HashMap<>();
        for (Finding finding : findings) {
            byModel.computeIfAbsent(finding.modelId(), id -> new ArrayList<>()).add(finding);
        }
        byModel.replaceAll((id, list) -> List.copyOf(list));
        this.findingsByModel = byModel;
        this.summary = ResultSummary.of(result, models, findings);
        Map<String, FindingCounts.Tally> tallies = new HashMap<>();
        for (Finding finding : findings) {
            tallies.computeIfAbsent(finding.ruleId(), id -> new FindingCounts.Tally()).add(finding, result);
        }
        Map<String, FindingCounts> counts = new HashMap<>();
        tallies.forEach((id, tally) -> counts.put(id, tally.counts()));
        this.countsByRule = counts;
    }

    public static ReportContent of(GovernanceResult result) {
        return new ReportContent(result);
    }

    /**
     * A value computed from the whole content once, by {@code compute}, and shared by every page that asks for it
     * (for example which rules cite which framework, needed by each of a thousand cards): one value per type.
     * Thread-safe; {@code compute} must not ask for another derived value.
     */
    <T> T derived(Class<T> type, java.util.function.Function<ReportContent, T> compute) {
        return type.cast(derived.computeIfAbsent(type, key -> compute.apply(this)));
    }

    public GovernanceResult result() {
        return result;
    }

    /** The models, sorted by id. */
    public List<GovernedModel> models() {
        return models;
    }

    /** The rules, in declaration order. */
    public List<Rule> rules() {
        return result.rules();
    }

    /** The rule packs in force, extended packs first; empty for a result built in code. */
    public List<RulePack> packs() {
        return result.packs();
    }

    /** How one rule came out across the models. */
    public FindingCounts countsFor(String ruleId) {
        return countsByRule.getOrDefault(ruleId, FindingCounts.NONE);
    }

    /** Every finding, by model id, then rule declaration order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings of one model, in rule declaration order. */
    /**
     * The result narrowed to {@code model}, as {@link GovernanceResult#ofModel} gives it, from this content's
     * indexes: what a card's PDF embeds, and whose evidence digest the card shows.
     */
    public GovernanceResult resultOf(GovernedModel model) {
        ModelIndex index = derived(ModelIndex.class, ModelIndex::of);
        return result.narrowedTo(List.of(model), findingsFor(model.id()),
                index.waivers().getOrDefault(model.id(), List.of()), index.templateFiles());
    }

    /** The waivers by the model they name, and the template files of the manifest: computed once per content. */
    private record ModelIndex(Map<String, List<WaiverOutcome>> waivers, List<InputFile> templateFiles) {
        static ModelIndex of(ReportContent content) {
            Map<String, List<WaiverOutcome>> byModel = new HashMap<>();
            for (WaiverOutcome outcome : content.result.waivers()) {
                if (outcome.waiver().modelId() != null) {
                    byModel.computeIfAbsent(outcome.waiver().modelId(), id -> new ArrayList<>()).add(outcome);
                }
            }
            byModel.replaceAll((id, list) -> List.copyOf(list));
            return new ModelIndex(byModel, content.result.evidence().templateFiles());
        }
    }

    public List<Finding> findingsFor(String modelId) {
        return findingsByModel.getOrDefault(modelId, List.of());
    }

    /** The finding of one rule on one model, or null when the result holds none. */
    public Finding finding(String modelId, String ruleId) {
        for (Finding finding : findingsFor(modelId)) {
            if (finding.ruleId().equals(ruleId)) {
                return finding;
            }
        }
        return null;
    }

    /** True for a violation that fails the build (see {@link GovernanceResult#isBlocking}). */
    public boolean isBlocking(Finding finding) {
        return result.isBlocking(finding);
    }

    public ResultSummary summary() {
        return summary;
    }

    private static List<GovernedModel> sortedModels(List<GovernedModel> models) {
        Set<String> seen = new HashSet<>();
        for (GovernedModel model : models) {
            String id = model.id();
            if (id == null || !SAFE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Model id " + (id == null ? "null" : "'" + id + "'")
                        + " cannot name a report file; expected " + SAFE_ID.pattern());
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Two models share the id '" + id + "'; each report file would overwrite the other");
            }
        }
        return models.stream().sorted(Comparator.comparing(GovernedModel::id)).toList();
    }
}
