package dev.modelops.evaluate;

import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Threshold;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule expression sees: the variables {@code model}, {@code evaluations}, {@code lineage}, {@code asOf}
 * and {@code params}, built from a {@link GovernedModel} with the field names of the input files.
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

    /** Every variable a rule may use, in the order the documentation lists them. */
    public static final List<String> VARIABLES = List.of(MODEL, EVALUATIONS, LINEAGE, AS_OF, PARAMS);

    private CelModelView() {
    }

    /** The variables for evaluating rules on {@code model} as of {@code asOf}. */
    public static Map<String, Object> activation(GovernedModel model, Instant asOf) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(MODEL, metadata(model.metadata()));
        variables.put(EVALUATIONS, list(model.evaluations(), CelModelView::metricResult));
        variables.put(LINEAGE, lineage(model.lineage()));
        variables.put(AS_OF, asOf);
        variables.put(PARAMS, Map.of());
        return Collections.unmodifiableMap(variables);
    }

    static Map<String, Object> metadata(ModelMetadata metadata) {
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
        fields.put("datasets", list(metadata.datasets(), CelModelView::datasetUse));
        if (metadata.artifact() != null) {
            fields.put("artifact", artifact(metadata.artifact()));
        }
        fields.put("approvals", list(metadata.approvals(), CelModelView::approval));
        if (metadata.monitoring() != null) {
            fields.put("monitoring", monitoring(metadata.monitoring()));
        }
        fields.put("extensions", FreeData.map(metadata.extensions()));
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
        return fields.build();
    }

    private static Map<String, Object> artifact(Artifact artifact) {
        Fields fields = new Fields();
        fields.text("path", artifact.path());
        fields.text("sha256", artifact.sha256());
        fields.text("format", artifact.format());
        return fields.build();
    }

    private static Map<String, Object> approval(Approval approval) {
        Fields fields = new Fields();
        fields.text("by", approval.by());
        fields.text("role", approval.role());
        fields.date("date", approval.date());
        fields.text("decision", approval.decision());
        fields.text("comment", approval.comment());
        return fields.build();
    }

    private static Map<String, Object> monitoring(MonitoringPlan plan) {
        Fields fields = new Fields();
        fields.text("frequency", plan.frequency());
        fields.put("metrics", texts(plan.metrics()));
        fields.text("owner", plan.owner());
        fields.text("description", plan.description());
        return fields.build();
    }

    static Map<String, Object> metricResult(MetricResult result) {
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
        Fields fields = new Fields();
        fields.put("datasets", list(lineage.datasets(), CelModelView::lineageDataset));
        fields.put("jobs", list(lineage.jobs(), CelModelView::lineageJob));
        fields.put("edges", list(lineage.edges(), CelModelView::lineageEdge));
        return fields.build();
    }

    private static Map<String, Object> lineageDataset(LineageDataset dataset) {
        Fields fields = new Fields();
        fields.text("id", dataset.id());
        fields.text("name", dataset.name());
        fields.text("source", dataset.source());
        fields.text("owner", dataset.owner());
        fields.text("license", dataset.license());
        fields.text("pii", dataset.pii());
        fields.text("version", dataset.version());
        fields.text("sha256", dataset.sha256());
        fields.text("description", dataset.description());
        return fields.build();
    }

    private static Map<String, Object> lineageJob(LineageJob job) {
        Fields fields = new Fields();
        fields.text("id", job.id());
        fields.text("name", job.name());
        fields.text("type", job.type());
        fields.text("runId", job.runId());
        fields.text("owner", job.owner());
        fields.text("codeRef", job.codeRef());
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
