package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.LineageDocument;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads OpenLineage events (https://openlineage.io): the run, job and dataset events that Airflow, Spark, dbt,
 * Flink and other integrations emit, as saved to files. A file gives lineage only: its events are merged into one
 * graph (see {@link OpenLineageGraph}: a job node per job, a dataset node per dataset, edges from inputs to the
 * job and from the job to its outputs, ids {@code <namespace>/<name>}).
 *
 * <p>Files: {@code *.ndjson} and {@code *.jsonl} with one event a line (the file transport's and the proxy's
 * output), whose first line looks like an event; {@code *.json} holding one event or an array of events, whose
 * first bytes show an event's keys: {@code eventType} or {@code eventTime}, an object under {@code run},
 * {@code job} or {@code dataset}, and {@code producer}, {@code schemaURL}, {@code runId} or {@code namespace}.
 * A file with a single facet (the spec's facet examples) has none of these and is left to other readers.
 *
 * <p>Lenient: an event that does not validate against the spec still gives what it can (an event without a run id
 * still gives its job and datasets), and each deviation is a warning at its line, column and pointer (see
 * {@link OpenLineageEventCheck}); in an array or NDJSON file, an element or line that is not an event is a
 * warning and is skipped. Only a file that is not JSON, or has no event at all, is an error.
 *
 * <p>Facets without a field of their own in the lineage graph (run facets such as nominalTime and parent, the
 * sql job facet, data quality and statistics facets of inputs and outputs, custom facets) are not copied: the
 * file itself is recorded among the model's inputs with its SHA-256, so the evidence stays complete.
 */
public final class OpenLineageImporter implements ModelImporter {

    /** The importer's name: the kind its files are listed with among a model's inputs. */
    public static final String NAME = "openlineage";

    private static final Pattern EVENT_KEY = Pattern.compile("\"(eventType|eventTime)\"\\s*:");
    private static final Pattern NODE_KEY = Pattern.compile("\"(run|job|dataset)\"\\s*:\\s*\\{");
    private static final Pattern DETAIL_KEY = Pattern.compile("\"(producer|schemaURL|runId|namespace)\"\\s*:");
    private static final String EXPECTED_EVENT = "an OpenLineage event: an object with eventTime, producer, "
            + "schemaURL, run and job (a RunEvent), or job alone (a JobEvent), or dataset (a DatasetEvent)";

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formatDescription() {
        return "OpenLineage events (*.json with an event or an array of events; *.ndjson, *.jsonl with one event a line)";
    }

    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean lines = isLines(name);
            if (!lines && !name.endsWith(".json")) {
                return false;
            }
            String head = context.head(file);
            if (head.startsWith("\uFEFF")) {
                head = head.substring(1);
            }
            head = head.stripLeading();
            if (lines) {
                int end = head.indexOf('\n');
                head = end < 0 ? head : head.substring(0, end);
            }
            boolean opens = head.startsWith("{") || (!lines && head.startsWith("["));
            return opens && EVENT_KEY.matcher(head).find() && NODE_KEY.matcher(head).find()
                    && DETAIL_KEY.matcher(head).find();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        String display = file.displayPath();
        List<InputProblem> warnings = new ArrayList<>();
        List<OpenLineageEvent> events = isLines(file.path().getFileName().toString().toLowerCase(Locale.ROOT))
                ? eventLines(file.text(), display, warnings)
                : eventDocument(file.text(), display, warnings);
        if (events.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>(warnings);
            problems.add(new InputProblem(SourceLocation.of(display), "no OpenLineage event in the file", EXPECTED_EVENT));
            throw new InvalidInputException(problems);
        }
        LineageDocument lineage = OpenLineageGraph.build(display, events, warnings);
        return ImportedModel.lineageOnly(display, lineage, warnings);
    }

    private static boolean isLines(String lowerCaseName) {
        return lowerCaseName.endsWith(".ndjson") || lowerCaseName.endsWith(".jsonl");
    }

    /** A JSON file: one event, or an array of events. */
    private List<OpenLineageEvent> eventDocument(String text, String display, List<InputProblem> warnings) {
        LocatedDocument document = parser.parse(text, display, false);
        JsonNode root = document.root();
        List<OpenLineageEvent> events = new ArrayList<>();
        if (root.isObject()) {
            if (OpenLineageEvent.kindOf(root) == null) {
                throw new InvalidInputException(new InputProblem(document.locate(""), notAnEvent(root), EXPECTED_EVENT));
            }
            add(new OpenLineageEvent(root, 0, "", document, 1), events, warnings);
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode element = root.get(i);
                if (OpenLineageEvent.kindOf(element) == null) {
                    warnings.add(new InputProblem(document.locate("/" + i), notAnEvent(element) + " (skipped)",
                            EXPECTED_EVENT));
                } else {
                    add(new OpenLineageEvent(element, events.size(), "/" + i, document, 1), events, warnings);
                }
            }
        } else {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "found " + OpenLineageEventCheck.describe(root), EXPECTED_EVENT + ", or an array of events"));
        }
        return events;
    }

    /** An NDJSON file: one event a line; blank lines are skipped, an unreadable line is a warning. */
    private List<OpenLineageEvent> eventLines(String text, String display, List<InputProblem> warnings) {
        List<OpenLineageEvent> events = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            LocatedDocument document;
            try {
                document = parser.parse(line, display, false);
            } catch (InvalidInputException e) {
                for (InputProblem problem : e.problems()) {
                    SourceLocation at = problem.location();
                    warnings.add(new InputProblem(new SourceLocation(at.file(), lineNumber, at.column(), at.pointer()),
                            problem.found() + " (line skipped)", problem.expected()));
                }
                continue;
            }
            if (OpenLineageEvent.kindOf(document.root()) == null) {
                warnings.add(new InputProblem(new SourceLocation(display, lineNumber, 1, ""),
                        notAnEvent(document.root()) + " (line skipped)", EXPECTED_EVENT + ", one a line"));
                continue;
            }
            add(new OpenLineageEvent(document.root(), events.size(), "", document, lineNumber), events, warnings);
        }
        return events;
    }

    private static void add(OpenLineageEvent event, List<OpenLineageEvent> events, List<InputProblem> warnings) {
        events.add(event);
        OpenLineageEventCheck.check(event, warnings);
    }

    /** What a value that is not an event is: a single facet, as the spec's examples are, or an object of other keys. */
    private static String notAnEvent(JsonNode node) {
        if (!node.isObject()) {
            return "found " + OpenLineageEventCheck.describe(node) + ", not an event";
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            return "found an empty object, not an event";
        }
        String shown = String.join(", ", keys.size() > 6 ? keys.subList(0, 6) : keys) + (keys.size() > 6 ? ", ..." : "");
        if (keys.size() == 1 && (node.get(keys.get(0)).has("_producer") || node.get(keys.get(0)).has("_schemaURL"))) {
            return "found a single facet, '" + keys.get(0) + "', not an event";
        }
        return "found an object with the keys " + shown + ", not an event";
    }
}
