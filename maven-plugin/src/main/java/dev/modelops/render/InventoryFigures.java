package dev.modelops.render;

import dev.modelops.model.Enforcement;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.Inventory;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.Severity;
import dev.modelops.model.WaiverOutcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an inventory across projects counts, worked out once for every format (HTML, PDF, JSON): each model with
 * its source and its blocking violations, warnings and waived findings as its own run decided them; each rule
 * with its results over every model of every source; each framework with the models' standing; every violation
 * and every waiver. Nothing is recomputed from rules: a source's run knew its own fail threshold and overrides.
 * Every list has a fixed order (sources by label, then the order of the source's results), so equal inputs give
 * equal reports.
 */
public final class InventoryFigures {

    private final Inventory inventory;
    private final List<ModelFigures> models;
    private final List<RuleFigures> rules;
    private final List<FrameworkFigures> frameworks;
    private final List<Violation> violations;
    private final List<WaiverFigures> waivers;

    private InventoryFigures(Inventory inventory) {
        this.inventory = inventory;
        List<ModelFigures> modelList = new ArrayList<>();
        List<Violation> violationList = new ArrayList<>();
        List<WaiverFigures> waiverList = new ArrayList<>();
        Map<String, RuleAccumulator> ruleMap = new TreeMap<>();
        Map<String, FrameworkAccumulator> frameworkMap = new TreeMap<>();
        LocalDate asOfDay = LocalDate.ofInstant(inventory.asOf(), ZoneOffset.UTC);
        for (Inventory.Source source : inventory.sources()) {
            PublishedResults results = source.results();
            Map<String, PublishedResults.RuleResult> rulesById = new HashMap<>();
            results.rules().forEach(rule -> rulesById.put(rule.id(), rule));
            Map<String, int[]> perModel = new LinkedHashMap<>();
            results.models().forEach(model -> perModel.put(model.id(), new int[3]));
            for (PublishedResults.PublishedFinding finding : results.findings()) {
                PublishedResults.RuleResult rule = rulesById.get(finding.ruleId());
                boolean audit = rule != null && rule.enforcement() == Enforcement.AUDIT;
                int[] counts = perModel.computeIfAbsent(finding.modelId(), id -> new int[3]);
                RuleAccumulator accumulator = ruleMap.computeIfAbsent(finding.ruleId(), RuleAccumulator::new);
                accumulator.add(source, rule, finding);
                if (finding.status().isViolation()) {
                    Effect effect = finding.blocking() ? Effect.BLOCKING : audit ? Effect.AUDIT : Effect.WARNING;
                    if (effect == Effect.BLOCKING) {
                        counts[0]++;
                    } else if (effect == Effect.WARNING) {
                        counts[1]++;
                    }
                    violationList.add(new Violation(source, finding, effect));
                } else if (finding.status() == FindingStatus.WAIVED) {
                    counts[2]++;
                    violationList.add(new Violation(source, finding, Effect.WAIVED));
                }
            }
            for (PublishedResults.Model model : results.models()) {
                int[] counts = perModel.get(model.id());
                modelList.add(new ModelFigures(source, model, counts[0], counts[1], counts[2]));
            }
            for (PublishedResults.Framework framework : results.frameworks()) {
                FrameworkAccumulator accumulator = frameworkMap.computeIfAbsent(framework.name(), FrameworkAccumulator::new);
                accumulator.sources.add(source.label());
                for (PublishedResults.FrameworkModel model : framework.models()) {
                    accumulator.verdicts.merge(model.verdict(), 1, Integer::sum);
                    accumulator.blocking += model.blocking();
                    accumulator.warnings += model.warnings();
                }
            }
            for (WaiverOutcome outcome : results.waivers()) {
                long daysLeft = ChronoUnit.DAYS.between(asOfDay, outcome.waiver().expires());
                waiverList.add(new WaiverFigures(source, outcome, daysLeft));
            }
        }
        this.models = List.copyOf(modelList);
        this.violations = List.copyOf(violationList);
        this.waivers = List.copyOf(waiverList);
        this.rules = ruleMap.values().stream().map(RuleAccumulator::figures)
                .sorted(Comparator.comparingInt(RuleFigures::violations).reversed()
                        .thenComparing(Comparator.comparingInt(RuleFigures::blocking).reversed())
                        .thenComparing(RuleFigures::id))
                .toList();
        this.frameworks = frameworkMap.values().stream().map(FrameworkAccumulator::figures).toList();
    }

    public static InventoryFigures of(Inventory inventory) {
        return new InventoryFigures(inventory);
    }

    public Inventory inventory() {
        return inventory;
    }

    /** Every model, by source label, then in the order of the source's results (by id). */
    public List<ModelFigures> models() {
        return models;
    }

    /** Every rule any source had in force, most violated first, then by id. */
    public List<RuleFigures> rules() {
        return rules;
    }

    /** Every framework any source's rules cite, by name. */
    public List<FrameworkFigures> frameworks() {
        return frameworks;
    }

    /** Every violation and every waived finding, by source, then in the source's order. */
    public List<Violation> violations() {
        return violations;
    }

    /** Every waiver of every source, by source, then in the order of its waivers file. */
    public List<WaiverFigures> waivers() {
        return waivers;
    }

    public int blocking() {
        return models.stream().mapToInt(ModelFigures::blocking).sum();
    }

    public int warnings() {
        return models.stream().mapToInt(ModelFigures::warnings).sum();
    }

    public int waived() {
        return models.stream().mapToInt(ModelFigures::waived).sum();
    }

    /** The models with at least one blocking violation, in inventory order. */
    public List<ModelFigures> blockingModels() {
        return models.stream().filter(model -> model.blocking() > 0).toList();
    }

    /** Whether no model of any source has a blocking violation. */
    public boolean releasable() {
        return blocking() == 0;
    }

    /** Blocking and warning violations of one source, and its models blocking release. */
    public SourceFigures source(Inventory.Source source) {
        int blocking = 0;
        int warnings = 0;
        int waived = 0;
        int blockingModels = 0;
        for (ModelFigures model : models) {
            if (model.source() == source) {
                blocking += model.blocking();
                warnings += model.warnings();
                waived += model.waived();
                blockingModels += model.blocking() > 0 ? 1 : 0;
            }
        }
        return new SourceFigures(source, source.results().models().size(), blocking, warnings, waived, blockingModels);
    }

    /** What a violation does: fails its project's build, only warns, is recorded only, or is waived. */
    public enum Effect {
        BLOCKING("blocks release"), WARNING("warning"), AUDIT("audit only"), WAIVED("waived");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record SourceFigures(Inventory.Source source, int models, int blocking, int warnings, int waived,
            int blockingModels) {
    }

    public record ModelFigures(Inventory.Source source, PublishedResults.Model model, int blocking, int warnings,
            int waived) {

        public boolean passed() {
            return blocking == 0;
        }
    }

    public record Violation(Inventory.Source source, PublishedResults.PublishedFinding finding, Effect effect) {
    }

    public record WaiverFigures(Inventory.Source source, WaiverOutcome outcome, long daysLeft) {
    }

    /**
     * One rule over every model of every source that had it in force: the title and pack of the first source
     * (by label) that has it, every severity it had (sources may override it), and the counts of findings.
     */
    public record RuleFigures(String id, String title, String pack, List<Severity> severities, int sources,
            int passed, int failed, int errors, int waived, int notApplicable, int blocking,
            List<String> modelsInViolation) {

        public RuleFigures {
            severities = List.copyOf(severities);
            modelsInViolation = List.copyOf(modelsInViolation);
        }

        public int violations() {
            return failed + errors;
        }

        /** Models the rule applied to. */
        public int assessed() {
            return passed + failed + errors + waived;
        }
    }

    /** How many models of the sources citing the framework stand where: compliant, violations, waived, not assessed. */
    public record FrameworkFigures(String name, int sources, int compliant, int violations, int waived,
            int notAssessed, int blocking, int warnings) {
    }

    private static final class RuleAccumulator {
        private final String id;
        private String title;
        private String pack;
        private final Set<Severity> severities = EnumSet.noneOf(Severity.class);
        private final java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        private int passed;
        private int failed;
        private int errors;
        private int waived;
        private int notApplicable;
        private int blocking;
        private final List<String> inViolation = new ArrayList<>();

        RuleAccumulator(String id) {
            this.id = id;
        }

        void add(Inventory.Source source, PublishedResults.RuleResult rule, PublishedResults.PublishedFinding finding) {
            if (title == null && rule != null) {
                title = rule.title();
                pack = rule.pack();
            }
            severities.add(finding.severity());
            sources.add(source.label());
            switch (finding.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> errors++;
                case WAIVED -> waived++;
                case NOT_APPLICABLE -> notApplicable++;
            }
            if (finding.blocking()) {
                blocking++;
            }
            if (finding.status().isViolation()) {
                inViolation.add(source.label() + " / " + finding.modelId());
            }
        }

        RuleFigures figures() {
            List<Severity> worstFirst = new ArrayList<>(severities);
            worstFirst.sort(Comparator.reverseOrder());
            return new RuleFigures(id, title, pack, worstFirst, sources.size(), passed, failed, errors, waived,
                    notApplicable, blocking, inViolation);
        }
    }

    private static final class FrameworkAccumulator {
        private final String name;
        private final java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        private final Map<String, Integer> verdicts = new HashMap<>();
        private int blocking;
        private int warnings;

        FrameworkAccumulator(String name) {
            this.name = name;
        }

        FrameworkFigures figures() {
            return new FrameworkFigures(name, sources.size(), verdicts.getOrDefault("compliant", 0),
                    verdicts.getOrDefault("violations", 0), verdicts.getOrDefault("waived", 0),
                    verdicts.getOrDefault("not assessed", 0), blocking, warnings);
        }
    }
}
