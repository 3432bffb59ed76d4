package dev.modelops.evaluate;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.Baseline;
import dev.modelops.model.Change;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ImpactAssessment;
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
import dev.modelops.model.ResourceBudgets;
import dev.modelops.model.Risk;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule expression sees: the variables {@code model}, {@code evaluations}, {@code lineage}, {@code asOf},
 * {@code params}, {@code monitoringResults}, {@code baseline} and {@code fairness}, built from a
 * {@link GovernedModel} with the field names of the input files, plus a few derived values that CEL cannot
 * compute itself: {@code lineage.*.raw} and {@code feedsArtifact} (graph reachability), {@code fairness} (results
 * grouped per protected attribute), {@code model.monitoring.interval} (the frequency as a duration) and
 * {@code monitoringResults[].latest} (the latest result of its metric and slice).
 *
 * <p>The conventions, so that rules can be written without surprises (documented in {@code rules/README.md}):
 * <ul>
 *   <li>Lists are always present, possibly empty: {@code size(model.limitations) > 0} never fails.</li>
 *   <li>An absent text or object is an absent key: test it with {@code has(model.intendedUse)}. A text that is
 *       empty or only blanks counts as absent, and blank entries are dropped from lists of texts: a blank
 *       declaration documents nothing.</li>
 *   <li>Dates ({@code approvals[].date}, {@code evaluations[].date}) are CEL timestamps at 00:00 UTC of that day,
 *       so {@code asOf - a.date < duration('8760h')} works; {@code asOf} is a timestamp too.</li>
 *   <li>Integers are CEL ints, decimals CEL doubles; the two compare with each other ({@code 1 < 1.5}).</li>
 * </ul>
 * Conversion is direct from the records (no reflection), once per model; the result is read-only.
 */
public final class CelModelView {

    public static final String MODEL = "model";
    public static final String EVALUATIONS = "evaluations";
    public static final String LINEAGE = "lineage";
    public static final String AS_OF = "asOf";
    public static final String PARAMS = "params";
    public static final String MONITORING_RESULTS = "monitoringResults";
    public static final String BASELINE = "baseline";
    public static final String FAIRNESS = "fairness";
    public static final String INPUT_WARNINGS = "inputWarnings";

    /** Every variable a rule may use, in the order the documentation lists them. */
    public static final List<String> VARIABLES =
            List.of(MODEL, EVALUATIONS, LINEAGE, AS_OF, PARAMS, MONITORING_RESULTS, BASELINE, FAIRNESS, INPUT_WARNINGS);

    private CelModelView() {
    }

    /** The variables for evaluating rules on {@code model} as of {@code asOf}. */
    public static Map<String, Object> activation(GovernedModel model, Instant asOf) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(MODEL, metadata(model.metadata(), model.artifactOnDisk()));
        variables.put(EVALUATIONS, list(model.evaluations(), CelModelView::metricResult));
        variables.put(LINEAGE, lineage(model.lineage(), model.datasetsOnDisk()));
        variables.put(AS_OF, asOf);
        variables.put(PARAMS, Map.of());
        variables.put(MONITORING_RESULTS, monitoringResults(model.monitoringResults()));
        variables.put(BASELINE, baseline(model.metadata().baseline(), model.baselineEvaluations()));
        variables.put(FAIRNESS, FairnessView.comparisons(model.evaluations(), model.metadata().protectedAttributes()));
        variables.put(INPUT_WARNINGS, list(model.inputWarnings(), CelModelView::inputWarning));
        return Collections.unmodifiableMap(variables);
    }

    static Map<String, Object> metadata(ModelMetadata metadata) {
        return metadata(metadata, null);
    }

    /** The model's metadata, its artifact with {@code onDisk}: what the build found at the artifact's path. */
    static Map<String, Object> metadata(ModelMetadata metadata, FileOnDisk artifactOnDisk) {
        Fields fields = new Fields();
        fields.text("id", metadata.id());
        fields.text("name", metadata.name());
        fields.text("version", metadata.version());
        fields.text("type", metadata.type());
        fields.text("task", metadata.task());
        fields.text("description", metadata.description());
        fields.text("license", metadata.license());
        fields.text("riskTier", metadata.riskTier());
        fields.text("status", metadata.status());
        fields.put("people", list(metadata.people(), CelModelView::person));
        fields.text("intendedUse", metadata.intendedUse());
        fields.put("outOfScopeUses", texts(metadata.outOfScopeUses()));
        fields.put("limitations", texts(metadata.limitations()));
        fields.put("ethicalConsiderations", texts(metadata.ethicalConsiderations()));
        fields.put("recommendations", texts(metadata.recommendations()));
        fields.put("datasets", list(metadata.datasets(), CelModelView::datasetUse));
        if (metadata.artifact() != null) {
            fields.put("artifact", artifact(metadata.artifact(), artifactOnDisk));
        }
        fields.put("approvals", list(metadata.approvals(), CelModelView::approval));
        if (metadata.monitoring() != null) {
            fields.put("monitoring", monitoring(metadata.monitoring()));
        }
        if (metadata.vendor() != null) {
            fields.put("vendor", vendor(metadata.vendor()));
        }
        fields.put("affectsPeople", metadata.affectsPeople());
        fields.put("protectedAttributes", texts(metadata.protectedAttributes()));
        if (metadata.euAiAct() != null) {
            fields.put("euAiAct", euAiAct(metadata.euAiAct()));
        }
        fields.put("acceptanceCriteria", list(metadata.acceptanceCriteria(), CelModelView::acceptanceCriterion));
        if (metadata.budgets() != null) {
            fields.put("budgets", budgets(metadata.budgets()));
        }
        fields.put("risks", list(metadata.risks(), CelModelView::risk));
        fields.put("humanOversight", texts(metadata.humanOversight()));
        fields.put("cybersecurity", texts(metadata.cybersecurity()));
        if (metadata.logging() != null) {
            fields.put("logging", logging(metadata.logging()));
        }
        fields.put("changeLog", list(metadata.changeLog(), CelModelView::change));
        if (metadata.impactAssessment() != null) {
            fields.put("impactAssessment", impactAssessment(metadata.impactAssessment()));
        }
        fields.put("extensions", FreeData.map(metadata.extensions()));
        return fields.build();
    }

    private static Map<String, Object> vendor(Vendor vendor) {
        Fields fields = new Fields();
        fields.text("name", vendor.name());
        fields.text("product", vendor.product());
        fields.text("contract", vendor.contract());
        return fields.build();
    }

    private static Map<String, Object> euAiAct(EuAiActClassification classification) {
        Fields fields = new Fields();
        fields.text("riskClass", classification.riskClass());
        fields.text("annexIII", classification.annexIII());
        fields.text("role", classification.role());
        return fields.build();
    }

    private static Map<String, Object> acceptanceCriterion(AcceptanceCriterion criterion) {
        Fields fields = new Fields();
        fields.text("metric", criterion.metric());
        fields.put("min", criterion.min());
        fields.put("max", criterion.max());
        fields.date("declared", criterion.declared());
        fields.text("rationale", criterion.rationale());
        return fields.build();
    }

    private static Map<String, Object> budgets(ResourceBudgets budgets) {
        Fields fields = new Fields();
        fields.put("latencyP95Ms", budgets.latencyP95Ms());
        fields.put("memoryMb", budgets.memoryMb());
        fields.put("artifactSizeMb", budgets.artifactSizeMb());
        return fields.build();
    }

    private static Map<String, Object> risk(Risk risk) {
        Fields fields = new Fields();
        fields.text("id", risk.id());
        fields.text("description", risk.description());
        fields.text("severity", risk.severity());
        fields.text("mitigation", risk.mitigation());
        fields.text("owner", risk.owner());
        fields.text("status", risk.status());
        return fields.build();
    }

    private static Map<String, Object> logging(LoggingPolicy logging) {
        Fields fields = new Fields();
        fields.put("events", texts(logging.events()));
        fields.put("retentionDays", logging.retentionDays());
        fields.text("description", logging.description());
        return fields.build();
    }

    private static Map<String, Object> change(Change change) {
        Fields fields = new Fields();
        fields.text("version", change.version());
        fields.date("date", change.date());
        fields.text("status", change.status());
        fields.text("description", change.description());
        return fields.build();
    }

    private static Map<String, Object> impactAssessment(ImpactAssessment assessment) {
        Fields fields = new Fields();
        fields.date("date", assessment.date());
        fields.text("by", assessment.by());
        fields.text("reference", assessment.reference());
        fields.text("summary", assessment.summary());
        return fields.build();
    }

    /** What could not be read of an input: {file, line, column, pointer, found, expected}, absent parts left out. */
    private static Map<String, Object> inputWarning(InputProblem problem) {
        Fields fields = new Fields();
        SourceLocation where = problem.location();
        fields.text("file", where.file());
        if (where.line() > 0) {
            fields.put("line", (long) where.line());
        }
        if (where.column() > 0) {
            fields.put("column", (long) where.column());
        }
        fields.text("pointer", where.pointer());
        fields.text("found", problem.found());
        fields.text("expected", problem.expected());
        return fields.build();
    }

    /** The baseline variable: always a map, its {@code evaluations} empty when the model declares no baseline. */
    static Map<String, Object> baseline(Baseline baseline, List<MetricResult> evaluations) {
        Fields fields = new Fields();
        if (baseline != null) {
            fields.text("version", baseline.version());
            fields.date("approved", baseline.approved());
        }
        fields.put("evaluations", list(evaluations, CelModelView::metricResult));
        return fields.build();
    }

    private static Map<String, Object> person(Person person) {
        Fields fields = new Fields();
        fields.text("name", person.name());
        fields.text("email", person.email());
        fields.text("role", person.role());
        fields.text("organization", person.organization());
        return fields.build();
    }

    private static Map<String, Object> datasetUse(DatasetUse use) {
        Fields fields = new Fields();
        fields.text("name", use.name());
        fields.text("role", use.role());
        fields.text("lineageRef", use.lineageRef());
        fields.text("description", use.description());
        fields.text("datasheet", use.datasheet());
        return fields.build();
    }

    private static Map<String, Object> artifact(Artifact artifact, FileOnDisk onDisk) {
        Fields fields = new Fields();
        fields.text("path", artifact.path());
        fields.text("sha256", artifact.sha256());
        fields.text("md5", artifact.md5());
        fields.text("format", artifact.format());
        if (onDisk != null) {
            fields.put("onDisk", fileOnDisk(onDisk));
        }
        return fields.build();
    }

    private static Map<String, Object> fileOnDisk(FileOnDisk file) {
        Fields fields = new Fields();
        fields.text("path", file.path());
        fields.put("present", file.present());
        fields.put("folder", file.folder());
        fields.text("sha256", file.sha256());
        fields.text("md5", file.md5());
        return fields.build();
    }

    private static Map<String, Object> approval(Approval approval) {
        Fields fields = new Fields();
        fields.text("by", approval.by());
        fields.text("role", approval.role());
        fields.date("date", approval.date());
        fields.text("decision", approval.decision());
        fields.text("comment", approval.comment());
        fields.text("artifactSha256", approval.artifactSha256());
        return fields.build();
    }

    private static Map<String, Object> monitoring(MonitoringPlan plan) {
        Fields fields = new Fields();
        fields.text("frequency", plan.frequency());
        if (plan.frequency() != null && !plan.frequency().isBlank()) {
            MonitoringInterval.of(plan.frequency()).ifPresent(interval -> fields.put("interval", interval));
        }
        fields.put("metrics", texts(plan.metrics()));
        fields.text("owner", plan.owner());
        fields.text("description", plan.description());
        return fields.build();
    }

    /**
     * The {@code monitoringResults} variable: the production results, each with {@code latest} (bool), true when the
     * result has a date and no result of the same metric and slice is dated later (all results of that latest day
     * are latest). CEL has no maximum over a list: written as a nested {@code exists}, "latest" costs a loop over
     * every result for every result, and two years of monthly results on thirty features exceed the iteration
     * budget.
     */
    static List<Object> monitoringResults(List<MetricResult> results) {
        Map<List<Object>, LocalDate> latestDates = new HashMap<>();
        for (MetricResult result : results) {
            if (result != null && result.date() != null) {
                latestDates.merge(series(result), result.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Object> converted = new ArrayList<>(results.size());
        for (MetricResult result : results) {
            if (result != null) {
                converted.add(metricResult(result,
                        result.date() != null && result.date().equals(latestDates.get(series(result)))));
            }
        }
        return Collections.unmodifiableList(converted);
    }

    /** The series a monitoring result belongs to: its metric and its slice. */
    private static List<Object> series(MetricResult result) {
        return Arrays.asList(result.metric(), result.slice());
    }

    static Map<String, Object> metricResult(MetricResult result) {
        return metricResult(result, null);
    }

    /** A metric result; {@code latest} is left out when null (evaluation and baseline results). */
    private static Map<String, Object> metricResult(MetricResult result, Boolean latest) {
        Fields fields = new Fields();
        fields.text("metric", result.metric());
        fields.put("value", result.value());
        fields.put("slice", Collections.unmodifiableMap(new LinkedHashMap<>(result.slice())));
        fields.put("sliceLabel", result.sliceLabel());
        if (result.confidenceInterval() != null) {
            fields.put("confidenceInterval", confidenceInterval(result.confidenceInterval()));
        }
        if (result.threshold() != null) {
            fields.put("threshold", threshold(result.threshold()));
        }
        fields.text("dataset", result.dataset());
        fields.date("date", result.date());
        fields.put("count", result.count());
        fields.put("latest", latest);
        if (result.source() != null) {
            fields.text("file", result.source().file());
            if (result.source().line() > 0) {
                fields.put("line", (long) result.source().line());
                fields.put("column", (long) result.source().column());
            }
        }
        return fields.build();
    }

    private static Map<String, Object> confidenceInterval(ConfidenceInterval interval) {
        Fields fields = new Fields();
        fields.put("lower", interval.lower());
        fields.put("upper", interval.upper());
        fields.put("level", interval.level());
        return fields.build();
    }

    private static Map<String, Object> threshold(Threshold threshold) {
        Fields fields = new Fields();
        fields.put("min", threshold.min());
        fields.put("max", threshold.max());
        return fields.build();
    }

    static Map<String, Object> lineage(Lineage lineage) {
        return lineage(lineage, Map.of());
    }

    /** The lineage, each dataset with {@code onDisk} when its snapshot was looked for in the build. */
    static Map<String, Object> lineage(Lineage lineage, Map<String, FileOnDisk> datasetsOnDisk) {
        LineagePaths paths = LineagePaths.of(lineage);
        Fields fields = new Fields();
        fields.put("datasets", list(lineage.datasets(),
                dataset -> lineageDataset(dataset, paths, datasetsOnDisk.get(dataset.id()))));
        fields.put("jobs", list(lineage.jobs(), job -> lineageJob(job, paths)));
        fields.put("edges", list(lineage.edges(), CelModelView::lineageEdge));
        fields.put("hasArtifact", paths.hasArtifact());
        return fields.build();
    }

    private static Map<String, Object> lineageDataset(LineageDataset dataset, LineagePaths paths, FileOnDisk onDisk) {
        Fields fields = new Fields();
        fields.text("id", dataset.id());
        fields.text("name", dataset.name());
        fields.text("source", dataset.source());
        fields.text("owner", dataset.owner());
        fields.text("license", dataset.license());
        fields.text("pii", dataset.pii());
        fields.text("version", dataset.version());
        fields.text("sha256", dataset.sha256());
        fields.text("md5", dataset.md5());
        fields.text("description", dataset.description());
        fields.text("status", dataset.status());
        fields.text("legalBasis", dataset.legalBasis());
        fields.put("masked", dataset.masked());
        fields.put("raw", paths.isRaw(dataset.id()));
        fields.put("feedsArtifact", paths.feedsArtifact(dataset.id()));
        if (onDisk != null) {
            fields.put("onDisk", fileOnDisk(onDisk));
        }
        return fields.build();
    }

    private static Map<String, Object> lineageJob(LineageJob job, LineagePaths paths) {
        Fields fields = new Fields();
        fields.text("id", job.id());
        fields.text("name", job.name());
        fields.text("type", job.type());
        fields.text("runId", job.runId());
        fields.text("owner", job.owner());
        fields.text("codeRef", job.codeRef());
        fields.put("raw", paths.isRaw(job.id()));
        fields.put("feedsArtifact", paths.feedsArtifact(job.id()));
        return fields.build();
    }

    private static Map<String, Object> lineageEdge(LineageEdge edge) {
        Fields fields = new Fields();
        fields.text("from", edge.from());
        fields.text("to", edge.to());
        return fields.build();
    }

    private static <T> List<Object> list(List<T> items, Function<T, Map<String, Object>> convert) {
        List<Object> converted = new ArrayList<>(items.size());
        for (T item : items) {
            if (item != null) {
                converted.add(convert.apply(item));
            }
        }
        return Collections.unmodifiableList(converted);
    }

    private static List<Object> texts(List<String> texts) {
        List<Object> kept = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                kept.add(text);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** Midnight UTC of the day: dates are compared and subtracted as timestamps. */
    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** A map under construction that leaves out absent values, so that {@code has()} tells absent from present. */
    private static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        void text(String key, String value) {
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        }

        void date(String key, LocalDate value) {
            if (value != null) {
                values.put(key, startOfDay(value));
            }
        }

        void put(String key, Object value) {
            if (value != null) {
                values.put(key, value);
            }
        }

        Map<String, Object> build() {
            return Collections.unmodifiableMap(values);
        }
    }
}
