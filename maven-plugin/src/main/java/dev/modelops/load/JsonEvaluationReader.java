package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the native JSON evaluation format ({@code evaluation.schema.json}): an object with optional
 * {@code dataset} and {@code date} defaults and a {@code results} array. Each metric result is located at the
 * line of its object in {@code results}.
 */
public final class JsonEvaluationReader implements EvaluationReader {

    private final StructuredFileParser parser;
    private final SchemaValidator validator;

    public JsonEvaluationReader(StructuredFileParser parser, SchemaValidator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public String formatDescription() {
        return "JSON evaluation results (*.json)";
    }

    @Override
    public List<MetricResult> read(SourceFile file) {
        LocatedDocument document = parser.parse(file);
        List<InputProblem> problems = new ArrayList<>(validator.validate(document, SchemaValidator.EVALUATION));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JsonNode root = document.root();
        String defaultDataset = text(root.get("dataset"));
        LocalDate defaultDate = date(root.get("date"), document, "/date", problems);
        JsonNode results = root.get("results");
        List<MetricResult> metrics = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            String pointer = "/results/" + i;
            MetricResult metric = result(results.get(i), pointer, document, defaultDataset, defaultDate, problems);
            if (metric != null) {
                metrics.add(metric);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(metrics);
    }

    private static MetricResult result(JsonNode node, String pointer, LocatedDocument document,
            String defaultDataset, LocalDate defaultDate, List<InputProblem> problems) {
        int problemsBefore = problems.size();
        TreeMap<String, String> slice = new TreeMap<>();
        JsonNode sliceNode = node.get("slice");
        if (sliceNode != null) {
            for (Map.Entry<String, JsonNode> feature : sliceNode.properties()) {
                slice.put(feature.getKey(), feature.getValue().asText());
            }
        }
        ConfidenceInterval interval = null;
        JsonNode ci = node.get("confidenceInterval");
        if (ci != null) {
            double lower = ci.get("lower").asDouble();
            double upper = ci.get("upper").asDouble();
            JsonNode level = ci.get("level");
            interval = new ConfidenceInterval(lower, upper, level == null ? null : level.asDouble());
            String wrong = MetricConsistency.intervalProblem(lower, upper);
            if (wrong != null) {
                problems.add(new InputProblem(document.locate(pointer + "/confidenceInterval"),
                        "found " + wrong, "lower <= upper"));
            }
        }
        Threshold threshold = null;
        JsonNode bound = node.get("threshold");
        if (bound != null) {
            Double min = bound.has("min") ? bound.get("min").asDouble() : null;
            Double max = bound.has("max") ? bound.get("max").asDouble() : null;
            threshold = new Threshold(min, max);
            String wrong = MetricConsistency.thresholdProblem(min, max);
            if (wrong != null) {
                problems.add(new InputProblem(document.locate(pointer + "/threshold"), "found " + wrong, "min <= max"));
            }
        }
        String dataset = node.has("dataset") ? text(node.get("dataset")) : defaultDataset;
        LocalDate date = node.has("date") ? date(node.get("date"), document, pointer + "/date", problems) : defaultDate;
        if (problems.size() > problemsBefore) {
            return null;
        }
        SourceLocation source = document.locate(pointer);
        Long count = node.has("count") ? node.get("count").asLong() : null;
        return new MetricResult(node.get("metric").asText(), node.get("value").asDouble(), slice, interval, threshold,
                dataset, date, source, count);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Parsed again here although the schema checked it: format assertions are a validator setting, not a given. */
    private static LocalDate date(JsonNode node, LocatedDocument document, String pointer, List<InputProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(document.locateValue(pointer), "found '" + node.asText() + "'",
                    "a real calendar date written YYYY-MM-DD"));
            return null;
        }
    }
}
