package dev.modelops.render;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.Baseline;
import dev.modelops.model.Change;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Enforcement;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Graphic;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.ResourceBudgets;
import dev.modelops.model.Risk;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Builds {@link GovernanceResult}s for render tests. {@link #standard()} is three models with findings of
 * every status, failing on {@code high}:
 * <ul>
 *   <li>{@code credit-scoring}: complete metadata, lineage and metrics (an AUC of 0.74999 against
 *       {@code min 0.75}); violates {@code approval-recorded} (critical, blocking) and {@code fairness-reviewed}
 *       (low, a warning).</li>
 *   <li>{@code churn-predictor}: passes every rule; {@code fairness-reviewed} does not apply to it.</li>
 *   <li>{@code fraud-detector}: almost nothing declared; {@code owner-declared} fails (high, blocking) and
 *       {@code metrics-meet-thresholds} could not be evaluated (error, medium, a warning).</li>
 * </ul>
 */
final class GovernanceResults {

    static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);
    static final String HASH_C = "c".repeat(64);

    private String project = "Retail credit models";
    private Severity failOn = Severity.HIGH;
    private final List<GovernedModel> models = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<WaiverOutcome> waivers = new ArrayList<>();
    private final List<RulePack> packs = new ArrayList<>();

    static GovernanceResults builder() {
        return new GovernanceResults();
    }

    static GovernanceResult standard() {
        return standardBuilder().build();
    }

    static GovernanceResults standardBuilder() {
        GovernanceResults results = builder()
                .rule("owner-declared", "Every model has an owner", Severity.HIGH, "/people",
                        new Reference("SR 11-7", "IV"), new Reference("EU AI Act", "Art. 17"))
                .rule("approval-recorded", "A validator approved the model", Severity.CRITICAL, "/approvals",
                        new Reference("SR 11-7", "III.A"))
                .rule("metrics-meet-thresholds", "Every metric meets its threshold", Severity.MEDIUM, "",
                        new Reference("EU AI Act", "Art. 15"))
                .rule("fairness-reviewed", "Fairness reviewed for high-risk models", Severity.LOW,
                        "/ethicalConsiderations");
        results.model(creditScoring()).model(churnPredictor()).model(fraudDetector());

        results.finding("credit-scoring", "owner-declared", FindingStatus.PASSED, null)
                .finding("credit-scoring", "approval-recorded", FindingStatus.FAILED,
                        "The latest approval of credit-scoring is 'conditional', expected 'approved'")
                .finding("credit-scoring", "metrics-meet-thresholds", FindingStatus.PASSED, null)
                .finding("credit-scoring", "fairness-reviewed", FindingStatus.FAILED,
                        "No fairness review is recorded for credit-scoring");
        results.finding("churn-predictor", "owner-declared", FindingStatus.PASSED, null)
                .finding("churn-predictor", "approval-recorded", FindingStatus.PASSED, null)
                .finding("churn-predictor", "metrics-meet-thresholds", FindingStatus.PASSED, null)
                .finding("churn-predictor", "fairness-reviewed", FindingStatus.NOT_APPLICABLE, null);
        results.finding("fraud-detector", "owner-declared", FindingStatus.FAILED,
                        "fraud-detector declares no person with role owner")
                .finding("fraud-detector", "approval-recorded", FindingStatus.PASSED, null)
                .finding("fraud-detector", "metrics-meet-thresholds", FindingStatus.ERROR,
                        "No such key: threshold (CEL evaluation error)")
                .finding("fraud-detector", "fairness-reviewed", FindingStatus.NOT_APPLICABLE, null);
        return results;
    }

    GovernanceResults project(String name) {
        this.project = name;
        return this;
    }

    GovernanceResults failOn(Severity severity) {
        this.failOn = severity;
        return this;
    }

    GovernanceResults model(GovernedModel model) {
        models.add(model);
        return this;
    }

    /** Replaces the metadata of a model already added. */
    GovernanceResults editMetadata(String modelId, UnaryOperator<ModelMetadata> edit) {
        models.replaceAll(m -> m.id().equals(modelId)
                ? new GovernedModel(edit.apply(m.metadata()), m.evaluations(), m.lineage(), m.metadataFile(),
                        m.inputs(), m.fieldLocations(), m.monitoringResults(), m.baselineEvaluations())
                : m);
        return this;
    }

    GovernanceResults editModel(String modelId, UnaryOperator<GovernedModel> edit) {
        models.replaceAll(m -> m.id().equals(modelId) ? edit.apply(m) : m);
        return this;
    }

    GovernanceResults rule(String id, String title, Severity severity, String field, Reference... references) {
        rules.add(new Rule(id, title, title + ".", severity, null, "true", title + " failed", field,
                List.of(references), "core", new SourceLocation("rules/core.yaml", rules.size() * 10 + 3, 5, "")));
        return this;
    }

    /** Adds a rule as built, e.g. by {@link #packRule}. */
    GovernanceResults rule(Rule rule) {
        rules.add(rule);
        return this;
    }

    /** Records a rule pack as the run would (the rules of the result are added separately). */
    GovernanceResults pack(RulePack pack) {
        packs.add(pack);
        return this;
    }

    /** A rule of {@code pack} declared at {@code line} of {@code file}, with a rule and a pack condition. */
    static Rule packRule(String pack, String file, int line, String id, String title, Severity severity, String when,
            String packWhen, Enforcement enforcement, List<RuleParameter> params, Reference... references) {
        Map<String, RuleParameter> declared = new LinkedHashMap<>();
        params.forEach(param -> declared.put(param.name(), param));
        return new Rule(id, title, title + ": why it matters and how to comply.", severity, when, "has(model.id)",
                title + " failed", "/people", List.of(references), pack, new SourceLocation(file, line, 5, ""),
                Map.of(), null, enforcement, declared, packWhen);
    }

    /** Gives a rule already added (and its findings) another enforcement and parameters. */
    GovernanceResults enforce(String ruleId, Enforcement enforcement, RuleParameter... params) {
        Map<String, RuleParameter> declared = new LinkedHashMap<>();
        for (RuleParameter param : params) {
            declared.put(param.name(), param);
        }
        rules.replaceAll(r -> r.id().equals(ruleId) ? r.overridden(r.severity(), enforcement, declared) : r);
        Rule changed = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        findings.replaceAll(f -> f.ruleId().equals(ruleId)
                ? new Finding(changed, f.modelId(), f.status(), f.message(), f.location()) : f);
        return this;
    }

    /** A finding located at the rule's field in the model's metadata file, like the evaluate stage makes. */
    GovernanceResults finding(String modelId, String ruleId, FindingStatus status, String message) {
        Rule rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        GovernedModel model = models.stream().filter(m -> m.id().equals(modelId)).findFirst().orElseThrow();
        String text = message == null ? rule.title() : message;
        findings.add(new Finding(rule, modelId, status, text, model.locate(rule.field())));
        return this;
    }

    /** Waives the finding of a model and rule already added, as the waiver applier does, and records the waiver as applied. */
    GovernanceResults waive(String modelId, String ruleId, Waiver waiver) {
        findings.replaceAll(f -> f.modelId().equals(modelId) && f.ruleId().equals(ruleId) ? f.waivedBy(waiver) : f);
        waivers.add(new WaiverOutcome(waiver, WaiverState.APPLIED));
        return this;
    }

    /** Records a waiver that waived nothing in the run: one past its expiry date, or one that matched no violation. */
    GovernanceResults unappliedWaiver(Waiver waiver, WaiverState state) {
        waivers.add(new WaiverOutcome(waiver, state));
        return this;
    }

    /** A waiver of the file src/main/modelops/waivers.yaml at {@code line}, approved by Priya Raman. */
    static Waiver waiver(String ruleId, String modelId, String justification, int line) {
        return new Waiver(ruleId, modelId, null, justification, "Priya Raman", "priya.raman@example.com",
                "MRM-F-2026-044", LocalDate.of(2027, 3, 31),
                new SourceLocation("src/main/modelops/waivers.yaml", line, 5, "/waivers/0"));
    }

    /** Replaces the message of a finding already added. */
    GovernanceResults message(String modelId, String ruleId, String message) {
        findings.replaceAll(f -> f.modelId().equals(modelId) && f.ruleId().equals(ruleId)
                ? new Finding(f.rule(), f.modelId(), f.status(), message, f.location())
                : f);
        return this;
    }

    List<GovernedModel> models() {
        return models;
    }

    List<Finding> findings() {
        return findings;
    }

    GovernanceResult build() {
        return new GovernanceResult(project, AS_OF, models, rules, findings, failOn, waivers,
                waivers.isEmpty() ? null : new InputFile("src/main/modelops/waivers.yaml", "waivers", HASH_A), packs);
    }

    // ------------------------------------------------------------------------------- framework packs

    static final String CORE_FILE = "modelops/rules/core.yaml";
    static final String EU_FILE = "modelops/rules/eu-ai-act.yaml";
    static final String EU_PACK_WHEN = "has(model.euAiAct)";

    /**
     * The three standard models checked by two recorded packs whose rules cite five frameworks, with findings of
     * every status, failing on {@code high}:
     * <ul>
     *   <li>{@code core 1.1.0}: {@code core.owner-present} (high; SR 11-7, ISO/IEC 42001 A.3.2) and
     *       {@code core.metric-thresholds-met} (medium; SR 11-7, EU AI Act Art. 15(1), ISO/IEC 42001 A.6.2.4,
     *       NIST AI RMF MEASURE 2.3).</li>
     *   <li>{@code eu-ai-act 1.0.0}, extending {@code core@1.1}, applying where {@value #EU_PACK_WHEN}:
     *       {@code eu-ai-act.risk-management} (high; EU AI Act Art. 9(2), ISO/IEC 42001 A.5.2),
     *       {@code eu-ai-act.data-bias-examined} (medium, parameter {@code minRatio}; EU AI Act Art. 10(2)(f),
     *       ECOA / Regulation B) and {@code eu-ai-act.supplier-documented} (low, warn; SR 11-7 vendor products,
     *       ISO/IEC 42001 A.10.3).</li>
     * </ul>
     * {@code credit-scoring} fails risk management (blocking) and has its data-bias violation waived;
     * {@code churn-predictor} passes both core rules, every EU rule does not apply; {@code fraud-detector}
     * fails the owner rule (blocking) and its metric rule could not be evaluated (a warning).
     */
    static GovernanceResults frameworks() {
        List<Rule> core = List.of(
                packRule("core", CORE_FILE, 10, "core.owner-present", "Model names an owner", Severity.HIGH, null, null,
                        Enforcement.FAIL, List.of(),
                        new Reference("SR 11-7", "Governance, policies, and controls"),
                        new Reference("ISO/IEC 42001", "A.3.2")),
                packRule("core", CORE_FILE, 30, "core.metric-thresholds-met", "Model meets every metric threshold",
                        Severity.MEDIUM, null, null, Enforcement.FAIL, List.of(),
                        new Reference("SR 11-7", "Model validation"),
                        new Reference("EU AI Act", "Art. 15(1)"),
                        new Reference("ISO/IEC 42001", "A.6.2.4"),
                        new Reference("NIST AI RMF", "MEASURE 2.3")));
        List<Rule> eu = List.of(
                packRule("eu-ai-act", EU_FILE, 12, "eu-ai-act.risk-management", "High-risk model has a risk register",
                        Severity.HIGH, "model.riskTier in ['high', 'critical']", EU_PACK_WHEN, Enforcement.FAIL, List.of(),
                        new Reference("EU AI Act", "Art. 9(2)"),
                        new Reference("ISO/IEC 42001", "A.5.2")),
                packRule("eu-ai-act", EU_FILE, 40, "eu-ai-act.data-bias-examined",
                        "Training data was examined for bias", Severity.MEDIUM, "model.affectsPeople", EU_PACK_WHEN,
                        Enforcement.FAIL,
                        List.of(new RuleParameter("minRatio", RuleParameter.Type.NUMBER, 0.8,
                                "Lowest acceptable disparate impact ratio")),
                        new Reference("EU AI Act", "Art. 10(2)(f)"),
                        new Reference("ECOA / Regulation B", "")),
                packRule("eu-ai-act", EU_FILE, 70, "eu-ai-act.supplier-documented", "A bought model names its supplier",
                        Severity.LOW, "has(model.vendor)", EU_PACK_WHEN, Enforcement.WARN, List.of(),
                        new Reference("SR 11-7", "Model validation: vendor and other third-party products"),
                        new Reference("ISO/IEC 42001", "A.10.3")));
        GovernanceResults results = builder()
                .pack(new RulePack("core", "1.1.0", "Documentation completeness and basic evidence",
                        "What every model documents.", CORE_FILE, HASH_B, List.of(), null, core))
                .pack(new RulePack("eu-ai-act", "1.0.0", "EU AI Act obligations of providers",
                        "Articles 9 to 15 for high-risk AI systems.", EU_FILE, HASH_C, List.of("core@1.1"),
                        EU_PACK_WHEN, eu));
        core.forEach(results::rule);
        eu.forEach(results::rule);
        results.model(creditScoring()).model(churnPredictor()).model(fraudDetector());
        results.finding("credit-scoring", "core.owner-present", FindingStatus.PASSED, null)
                .finding("credit-scoring", "core.metric-thresholds-met", FindingStatus.PASSED, null)
                .finding("credit-scoring", "eu-ai-act.risk-management", FindingStatus.FAILED,
                        "credit-scoring records no risk register")
                .finding("credit-scoring", "eu-ai-act.data-bias-examined", FindingStatus.FAILED,
                        "No bias examination recorded for loan-applications-2024q4")
                .finding("credit-scoring", "eu-ai-act.supplier-documented", FindingStatus.NOT_APPLICABLE, null);
        results.finding("churn-predictor", "core.owner-present", FindingStatus.PASSED, null)
                .finding("churn-predictor", "core.metric-thresholds-met", FindingStatus.PASSED, null)
                .finding("churn-predictor", "eu-ai-act.risk-management", FindingStatus.NOT_APPLICABLE, null)
                .finding("churn-predictor", "eu-ai-act.data-bias-examined", FindingStatus.NOT_APPLICABLE, null)
                .finding("churn-predictor", "eu-ai-act.supplier-documented", FindingStatus.NOT_APPLICABLE, null);
        results.finding("fraud-detector", "core.owner-present", FindingStatus.FAILED,
                        "fraud-detector declares no person with role owner")
                .finding("fraud-detector", "core.metric-thresholds-met", FindingStatus.ERROR,
                        "No such key: threshold (CEL evaluation error)")
                .finding("fraud-detector", "eu-ai-act.risk-management", FindingStatus.NOT_APPLICABLE, null)
                .finding("fraud-detector", "eu-ai-act.data-bias-examined", FindingStatus.NOT_APPLICABLE, null)
                .finding("fraud-detector", "eu-ai-act.supplier-documented", FindingStatus.NOT_APPLICABLE, null);
        results.waive("credit-scoring", "eu-ai-act.data-bias-examined",
                waiver("eu-ai-act.data-bias-examined", "credit-scoring", "Bias study scheduled for Q1", 3));
        return results;
    }

    // ----------------------------------------------------------------------------- governance records

    /**
     * {@code m} with every governance record of the later format: a vendor, fairness scope, EU AI Act class,
     * acceptance criteria, budgets, a risk register, oversight and security measures, logging, a change log, an
     * impact assessment, a baseline, a datasheet on the first dataset and the reviewed artifact's digest on the
     * first approval.
     */
    static ModelMetadata withGovernanceRecords(ModelMetadata m) {
        List<DatasetUse> datasets = new ArrayList<>();
        for (int i = 0; i < m.datasets().size(); i++) {
            DatasetUse d = m.datasets().get(i);
            datasets.add(i == 0 ? new DatasetUse(d.name(), d.role(), d.lineageRef(), d.description(),
                    "docs/datasheets/loan-applications.md") : d);
        }
        List<Approval> approvals = new ArrayList<>();
        for (int i = 0; i < m.approvals().size(); i++) {
            Approval a = m.approvals().get(i);
            approvals.add(i == 0 ? new Approval(a.by(), a.role(), a.date(), a.decision(), a.comment(), HASH_C) : a);
        }
        return new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), m.description(), m.license(),
                m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(), m.limitations(),
                m.ethicalConsiderations(), datasets, m.artifact(), approvals, m.monitoring(),
                new Vendor("Acme Scoring Ltd", "RiskScore 7", "CTR-2025-118"),
                true,
                List.of("age_band", "sex"),
                new EuAiActClassification("high-risk", "5(b)", "provider"),
                List.of(new AcceptanceCriterion("auc", 0.75, null, LocalDate.of(2026, 6, 1),
                                "Below 0.75 the scorecard it replaces ranks better."),
                        new AcceptanceCriterion("false_positive_rate", null, 0.10, null, null)),
                new ResourceBudgets(250.0, 512.0, 100.0),
                List.of(new Risk("R-1", "Score drifts for thin-file applicants", "high",
                                "Monthly PSI review; fallback to the scorecard", "Dana Whitfield", "mitigated"),
                        new Risk("R-2", "Proxy discrimination through postcode", "medium", null, "Priya Raman", "open")),
                List.of("Underwriters review every decline before it is sent."),
                List.of("Model endpoint behind the bank's API gateway with mutual TLS."),
                new LoggingPolicy(List.of("score request", "override"), 2555L, "Scores and overrides go to the audit store."),
                List.of(new Change("3.1.0", LocalDate.of(2026, 3, 2), "production", "Added bureau attributes."),
                        new Change("3.2.0", LocalDate.of(2026, 9, 14), null, "Retrained on 2024 data.")),
                new ImpactAssessment(LocalDate.of(2026, 8, 20), "Ethics board", "DPIA-2026-031",
                        "No disparate impact above the bank's tolerance."),
                new Baseline("3.1.0", LocalDate.of(2026, 3, 2), List.of("baseline/holdout-2026q1.json")),
                m.extensions());
    }

    /**
     * {@code model} with monitoring results (one breaching its threshold) and baseline results matching its first
     * three evaluation results: AUC 0.803 on holdout-2026q3 (and 0.79 on another dataset, which must not be
     * picked), AUC 0.76 on age band 18-25, and a false positive rate of 0.07; plus budget measurements.
     */
    static GovernedModel withMonitoringAndBaseline(GovernedModel model) {
        String folder = "src/main/models/" + model.id() + "/";
        SourceLocation monitoring = SourceLocation.of(folder + "monitoring/2026-10.json");
        SourceLocation baseline = SourceLocation.of(folder + "baseline/holdout-2026q1.json");
        SourceLocation perf = SourceLocation.of(folder + "evaluations/performance.json");
        List<MetricResult> evaluations = new ArrayList<>(model.evaluations());
        evaluations.add(new MetricResult("latency_p95_ms", 180.0, null, null, null, "load-test", LocalDate.of(2026, 9, 2),
                perf.withPointer("/results/0", 4, 5)));
        evaluations.add(new MetricResult("memory_mb", 640.5, null, null, null, "load-test", LocalDate.of(2026, 9, 2),
                perf.withPointer("/results/1", 7, 5)));
        return new GovernedModel(model.metadata(), evaluations, model.lineage(), model.metadataFile(), model.inputs(),
                model.fieldLocations(),
                List.of(new MetricResult("auc", 0.798, null, null, new Threshold(0.75, null), "production-2026-10",
                                LocalDate.of(2026, 10, 31), monitoring.withPointer("/results/0", 5, 5), 48210L),
                        new MetricResult("psi", 0.27, null, null, new Threshold(null, 0.25), "production-2026-10",
                                LocalDate.of(2026, 10, 31), monitoring.withPointer("/results/1", 9, 5))),
                List.of(new MetricResult("auc", 0.79, null, null, new Threshold(0.75, null), "oot-2025q4",
                                LocalDate.of(2026, 2, 1), baseline.withPointer("/results/0", 5, 5)),
                        new MetricResult("auc", 0.803, null, null, new Threshold(0.75, null), "holdout-2026q3",
                                LocalDate.of(2026, 2, 1), baseline.withPointer("/results/1", 8, 5)),
                        new MetricResult("auc", 0.76, new TreeMap<>(Map.of("age_band", "18-25")), null,
                                new Threshold(0.75, null), "holdout-2026q1", LocalDate.of(2026, 2, 1),
                                baseline.withPointer("/results/2", 11, 5)),
                        new MetricResult("false_positive_rate", 0.07, null, null, new Threshold(null, 0.10), "oot-2026q1",
                                LocalDate.of(2026, 2, 1), baseline.withPointer("/results/3", 14, 5))));
    }

    // ------------------------------------------------------------------------------- imported documentation

    /** A 120 by 60 PNG of four blue bars. */
    static final String BARS_PNG = "iVBORw0KGgoAAAANSUhEUgAAAHgAAAA8CAIAAAAiz+n/AAAAiklEQVR42u3Q0Q0AEBBEQT/6U6kW6UFELPNy35vLlKEjFQSgQQs0"
            + "aNACDVqgU6Br68tHEzRo0KBBgxZo0KBzoCN+Bg0aNGjQoEGDfg06cRk0aNCgQYMGDRo0aNCgQYMGDRo0aNCgP4feuAwaNGjQoEGDxgEaNGjQ"
            + "oEHjAA0aNGjQoHGABg0a9KXLE5isXBx3gi/TAAAAAElFTkSuQmCC";
    /** A 1 by 1 GIF89a. */
    static final String DOT_GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    /** The Markdown of a Hugging Face card's "Bias, Risks, and Limitations" part, with everything the converter knows. */
    static final String MODEL_CARD_MARKDOWN = """
            ## Bias, Risks, and Limitations

            The model was trained on **2019-2024** applications; see [the datasheet](https://example.com/datasheet) \\
            and <https://example.com/policy>. Thin-file applicants score *lower*.
            Raw <b>HTML</b> and <script>alert(1)</script> stay text; so does a_snake_case_name.

            ### Known gaps

            - Applicants under 21
            - Self-employed income
              reported yearly
              - seasonal work
            * `<script>` in code

            1. Retrain quarterly
            2. Review overrides

            ```python
            def score(x):
                return "<script>alert(1)</script>"
            ```

            | Slice | AUC | Note |
            |:------|----:|------|
            | age 18-25 | 0.74999 | below \\| threshold |
            | overall | 0.812 |

            > Validators: re-check the **age** slice
            > every quarter.

            ---

            ![ROC curve](images/roc.png)
            """;

    /**
     * {@code model} as if read from a Hugging Face card and a Model Card Toolkit file: a Markdown and a plain-text
     * section, a PNG and a GIF that show and three pictures that must not (an SVG, data that is not base64 and a
     * JPEG whose data is a PNG), two reading warnings, and the two files in the evidence.
     */
    static GovernedModel withImportedDocumentation(GovernedModel model) {
        String folder = "src/main/models/" + model.id() + "/";
        SourceLocation readme = SourceLocation.of(folder + "README.md");
        SourceLocation toolkit = SourceLocation.of(folder + "model_card.json");
        List<InputFile> inputs = new ArrayList<>(model.inputs());
        inputs.add(new InputFile(folder + "README.md", "huggingface", HASH_B));
        inputs.add(new InputFile(folder + "model_card.json", "model-card-toolkit", HASH_C));
        return new GovernedModel(model.metadata(), model.evaluations(), model.lineage(), model.metadataFile(), inputs,
                model.fieldLocations(), model.monitoringResults(), model.baselineEvaluations(),
                List.of(new DocumentationSection("Bias, Risks, and Limitations", MODEL_CARD_MARKDOWN,
                                DocumentationSection.MARKDOWN, readme.withPointer("", 24, 1)),
                        new DocumentationSection("Considerations <script>alert(1)</script>",
                                "Use cases: ranking applications.\nNot for pricing.\n\n<i>Reviewed</i> by the ethics board.",
                                DocumentationSection.PLAIN, toolkit.withPointer("/considerations", 40, 3))),
                List.of(new Graphic("AUC by age band", "image/png", BARS_PNG, toolkit.withPointer("/graphics/0", 52, 9)),
                        new Graphic("Dot", "IMAGE/GIF", DOT_GIF, toolkit.withPointer("/graphics/1", 58, 9)),
                        new Graphic("Vector <script>", "image/svg+xml",
                                "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=",
                                toolkit.withPointer("/graphics/2", 61, 9)),
                        new Graphic("Injected", "image/png", BARS_PNG + "\" onerror=\"alert(1)",
                                toolkit.withPointer("/graphics/3", 64, 9)),
                        new Graphic("Mislabelled", "image/jpeg", BARS_PNG, toolkit.withPointer("/graphics/4", 67, 9))),
                List.of(new InputProblem(readme.withPointer("/model-index/0/results/0/metrics/1/value", 7, 16),
                                "the text \"n/a\"", "a number"),
                        new InputProblem(toolkit.withPointer("/graphics/5/image", 70, 18),
                                "data that is not a PNG, JPEG or GIF image <script>", null)));
    }

    // ------------------------------------------------------------------------------------------ models

    static GovernedModel creditScoring() {
        String folder = "src/main/models/credit-scoring/";
        SortedMapBuilder extensions = new SortedMapBuilder()
                .put("businessLine", "Retail lending")
                .put("fairness", new LinkedHashMap<>(Map.of(
                        "reviewedBy", "Ethics board",
                        "groups", List.of("age_band", "sex"),
                        "disparateImpact", 0.84)))
                .put("reviewCount", 3);
        ModelMetadata metadata = new ModelMetadata(
                "credit-scoring",
                "Retail credit default scorer",
                "3.2.0",
                "classifier",
                "binary-classification",
                "Gradient-boosted trees estimating 12-month probability of default.",
                "proprietary",
                List.of(
                        new Person("Dana Whitfield", "dana.whitfield@example.com", Person.OWNER, "Retail Credit Risk"),
                        new Person("Sam Okafor", "sam.okafor@example.com", Person.DEVELOPER, "Data Science"),
                        new Person("Priya Raman", "priya.raman@example.com", Person.VALIDATOR, "Model Validation")),
                "high",
                "production",
                "Rank consumer loan applications by default risk for underwriters.",
                List.of("Employment screening", "Insurance pricing"),
                List.of("Not validated for applicants with no credit history."),
                List.of("Uses age band; fairness reviewed per protected attribute."),
                List.of(
                        new DatasetUse("Loan applications 2019-2024", "training", "loan-applications-2024q4",
                                "Applications with 12-month outcome."),
                        new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null)),
                new Artifact("artifacts/credit-scoring-3.2.0.onnx", HASH_A, "onnx"),
                List.of(new Approval("Priya Raman", Person.VALIDATOR, LocalDate.of(2026, 9, 14), "conditional",
                        "Approved subject to quarterly fairness monitoring.")),
                new MonitoringPlan("P30D", List.of("auc", "psi"), "Dana Whitfield", "Monthly drift and AUC review."),
                extensions.build());
        SourceLocation holdout = SourceLocation.of(folder + "evaluations/holdout-2026q3.json");
        List<MetricResult> metrics = List.of(
                new MetricResult("auc", 0.812, null, new ConfidenceInterval(0.801, 0.823, 0.95), new Threshold(0.75, null),
                        "holdout-2026q3", LocalDate.of(2026, 9, 1), holdout.withPointer("/results/0", 5, 5)),
                new MetricResult("auc", 0.74999, new TreeMap<>(Map.of("age_band", "18-25")), null,
                        new Threshold(0.75, null), "holdout-2026q3", LocalDate.of(2026, 9, 1),
                        holdout.withPointer("/results/1", 8, 5)),
                new MetricResult("false_positive_rate", 0.08, null, null, new Threshold(null, 0.10), "oot-2026q2",
                        LocalDate.of(2026, 9, 1), holdout.withPointer("/results/2", 11, 5)),
                new MetricResult("psi", 0.0312345, null, null, null, "monitoring-2026-10", LocalDate.of(2026, 10, 1),
                        SourceLocation.of(folder + "evaluations/slices.csv").withPointer("/1", 2, 1)));
        Lineage lineage = new Lineage(
                List.of(
                        new LineageDataset("loan-applications-2024q4", "Loan applications", "jdbc:postgresql://lake/loans",
                                "Credit Data Office", "internal", "personal", "2024-12-31", HASH_B, null),
                        new LineageDataset("holdout-2026q3", "Holdout sample", "s3://lake/holdout/2026q3",
                                "Model Validation", "internal", "pseudonymized", "2026-09-01", HASH_C, null)),
                List.of(new LineageJob("train-2026q3", "Train credit scorer", "training", "run-4812", "Dana Whitfield",
                        "git+https://git.example.com/credit/scoring.git@9f1c2e7")),
                List.of(new LineageEdge("loan-applications-2024q4", "train-2026q3"),
                        new LineageEdge("train-2026q3", "model-artifact")));
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata, metrics, lineage, file,
                List.of(new InputFile(folder + "model.yaml", "model", HASH_A),
                        new InputFile(folder + "evaluations/holdout-2026q3.json", "evaluation", HASH_B),
                        new InputFile(folder + "evaluations/slices.csv", "evaluation", HASH_C),
                        new InputFile(folder + "lineage.yaml", "lineage", HASH_A)),
                Map.of("/people", file.withPointer("/people", 9, 1),
                        "/approvals", file.withPointer("/approvals", 24, 1),
                        "/ethicalConsiderations", file.withPointer("/ethicalConsiderations", 15, 1)));
    }

    static GovernedModel churnPredictor() {
        String folder = "src/main/models/churn-predictor/";
        ModelMetadata metadata = new ModelMetadata("churn-predictor", "Customer churn predictor", "1.4.1", "classifier",
                "binary-classification", "Logistic regression on account activity.", "internal",
                List.of(new Person("Lee Chen", "lee.chen@example.com", Person.OWNER, "Marketing Analytics")),
                "low", "production", "Prioritise retention offers.", List.of(), List.of(), List.of(), List.of(), null,
                List.of(new Approval("Ana Costa", Person.VALIDATOR, LocalDate.of(2026, 8, 2), "approved", null)),
                null, null);
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata,
                List.of(new MetricResult("accuracy", 0.91, null, null, new Threshold(0.8, null), "holdout-2026q2",
                        LocalDate.of(2026, 7, 1), SourceLocation.of(folder + "evaluations/holdout.json").withPointer("/results/0", 4, 5))),
                null, file, List.of(new InputFile(folder + "model.yaml", "model", HASH_B)),
                Map.of("/people", file.withPointer("/people", 7, 1)));
    }

    static GovernedModel fraudDetector() {
        String folder = "src/main/models/fraud-detector/";
        ModelMetadata metadata = new ModelMetadata("fraud-detector", "Card fraud detector", "0.9.0", null, null, null,
                null, List.of(), "critical", "development", null, null, null, null, null, null, null, null, null);
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata, List.of(), null, file,
                List.of(new InputFile(folder + "model.yaml", "model", HASH_C)), Map.of());
    }

    /** A plain model numbered {@code index}, for volume tests. */
    static GovernedModel numbered(int index) {
        GovernedModel template = creditScoring();
        ModelMetadata m = template.metadata();
        String id = String.format(java.util.Locale.ROOT, "model-%04d", index);
        ModelMetadata metadata = new ModelMetadata(id, m.name() + " " + index, m.version(), m.type(), m.task(),
                m.description(), m.license(), m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(),
                m.limitations(), m.ethicalConsiderations(), m.datasets(), m.artifact(), m.approvals(), m.monitoring(),
                m.extensions());
        return new GovernedModel(metadata, template.evaluations(), template.lineage(),
                SourceLocation.of("src/main/models/" + id + "/model.yaml"), template.inputs(), template.fieldLocations());
    }

    /** {@code count} models, each with the standard rules, a mix of statuses. */
    static GovernanceResult many(int count) {
        GovernanceResults results = builder();
        Severity[] severities = Severity.values();
        for (int r = 0; r < 12; r++) {
            results.rule("rule-" + r, "Rule number " + r, severities[r % severities.length], "/people",
                    new Reference("SR 11-7", "III." + r));
        }
        FindingStatus[] statuses = FindingStatus.values();
        for (int i = 0; i < count; i++) {
            GovernedModel model = numbered(i);
            results.model(model);
            for (int r = 0; r < 12; r++) {
                FindingStatus status = statuses[(i + r) % statuses.length];
                results.finding(model.id(), "rule-" + r, status,
                        status.isViolation() ? "Rule " + r + " does not hold for " + model.id() : null);
            }
        }
        return results.build();
    }

    /** A tiny fluent builder of the metadata's sorted extension map. */
    static final class SortedMapBuilder {
        private final TreeMap<String, Object> map = new TreeMap<>();

        SortedMapBuilder put(String key, Object value) {
            map.put(key, value);
            return this;
        }

        TreeMap<String, Object> build() {
            return map;
        }
    }
}
