package dev.modelops.pipeline;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RuleOverrides;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.evaluate.WaiverApplier;
import dev.modelops.load.BuiltInImporters;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.WaiversFile;
import dev.modelops.load.WaiversFileReader;
import dev.modelops.model.Enforcement;
import dev.modelops.model.EvidenceManifest;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.ReportPublisher;
import dev.modelops.validate.WaiverReferences;
import dev.modelops.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One governance check: apply the project's overrides to the rules, compile those in force (all but the rules
 * enforced as off), load every model and the waivers (reporting the problems of all of them at once), evaluate
 * every rule on every model, apply the waivers, publish every report (unless the published ones were made from
 * the same inputs: {@link RunDigest}), then decide. A new instance per run;
 * nothing is shared between runs, so parallel module builds are safe.
 */
public final class GovernanceCheck {

    /**
     * @throws InvalidInputException listing every problem of the models and rules when any input is unusable;
     *     nothing is written then
     * @throws IOException when the reports cannot be written; the previous reports are left as they were
     */
    public CheckOutcome run(CheckSettings settings) throws IOException {
        return run(settings, false);
    }

    /**
     * The check, rendering the reports unless those in the output directory were published by a run with the same
     * {@link RunDigest} and are all still there; with {@code force} they are rendered in any case.
     *
     * @throws InvalidInputException listing every problem of the models and rules when any input is unusable;
     *     nothing is written then
     * @throws IOException when the reports cannot be written; the previous reports are left as they were
     */
    public CheckOutcome run(CheckSettings settings, boolean force) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        RuleEngine engine = null;
        List<String> rulesOff = List.of();
        List<RulePack> packs = List.of();
        try {
            packs = new RulePackLoader().load(settings.packs(), settings.ruleFiles(), settings.baseDirectory());
            List<Rule> rules = RuleOverrides.apply(RulePackLoader.rules(packs), settings.overrides());
            // A rule switched off is not compiled either: turning off a rule is how a project sets one aside.
            rulesOff = rules.stream().filter(r -> r.enforcement() == Enforcement.OFF).map(Rule::id).toList();
            engine = RuleEngine.compile(rules.stream().filter(r -> r.enforcement() != Enforcement.OFF).toList());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        List<GovernedModel> models = List.of();
        try {
            models = new ModelInventoryLoader(settings.baseDirectory(), BuiltInImporters.named(settings.importers()))
                    .load(settings.modelsDirectory());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        WaiversFile waivers = WaiversFile.NONE;
        try {
            if (settings.waiversFile() != null) {
                waivers = new WaiversFileReader().read(settings.waiversFile(), settings.baseDirectory(),
                        settings.waiversFileRequired());
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (engine != null && problems.isEmpty()) {
            problems.addAll(WaiverReferences.check(waivers.waivers(),
                    engine.rules().stream().map(Rule::id).toList(), models));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        List<Finding> evaluated = engine.evaluateAll(models, settings.asOf());
        WaiverApplier.Applied applied = WaiverApplier.apply(evaluated, models, waivers.waivers(), settings.asOf());
        GovernanceResult result = new GovernanceResult(settings.projectName(), settings.asOf(), models,
                engine.rules(), applied.findings(), settings.failOnSeverity(), applied.waivers(), waivers.file(),
                packs, EvidenceManifest.of(EvidenceFiles.shippedTemplates(), models, packs, waivers.file(),
                        EvidenceFiles.templateFiles(settings.baseDirectory(), settings.reports().templatesDirectory())));

        // Loading and evaluating are needed anyway (the verdict must be decided on every run); rendering, by far
        // the dearest stage, is not when the published reports were made from exactly these inputs.
        RunDigest digest = RunDigest.of(settings, result);
        Path output = settings.outputDirectory().toAbsolutePath().normalize();
        if (!force && RunRecord.isCurrent(output, digest)) {
            return new CheckOutcome(settings, result, Verdict.of(result), output.resolve(HtmlReportWriter.INDEX_FILE),
                    rulesOff, digest.sha256(), true);
        }
        Path indexHtml = ReportPublisher.withStandardWriters(settings.reports())
                .publish(result, settings.outputDirectory(), List.of(RunRecord.writer(digest)));
        return new CheckOutcome(settings, result, Verdict.of(result), indexHtml, rulesOff, digest.sha256(), false);
    }
}
