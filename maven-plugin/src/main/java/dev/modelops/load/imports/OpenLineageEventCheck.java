package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.InputProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one OpenLineage event against the parts of the OpenLineage spec the import relies on, leniently: many
 * real event files do not validate (an integration that leaves out the run id, a facet without {@code _producer}),
 * and the lineage they record is still worth showing. Each deviation is a warning at its place (line, column and
 * JSON pointer, with what was found and what the spec expects); nothing here stops the file from being read.
 *
 * <p>Checked: {@code eventTime} (an RFC 3339 date-time with offset), {@code producer} and {@code schemaURL}
 * (absolute URIs), {@code eventType} (when given, one of the spec's states), {@code run.runId} (a UUID),
 * {@code job.namespace} and {@code job.name}, every input's and output's {@code namespace} and {@code name}, every
 * facet's {@code _producer} and {@code _schemaURL} (a facet marked {@code _deleted} needs neither), and the
 * required fields of the facets the import reads: {@code ownership.owners[].name},
 * {@code version.datasetVersion}, {@code sourceCodeLocation.type} and {@code url},
 * {@code documentation.description}, {@code schema.fields[].name}, {@code jobType.processingType} and
 * {@code integration}, {@code columnLineage.fields.*.inputFields[]} namespace, name and field.
 */
final class OpenLineageEventCheck {

    static final List<String> EVENT_TYPES = List.of("START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER");

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String SPEC = "required by the OpenLineage spec";
    private static final int SHOWN_CHARACTERS = 80;

    private final OpenLineageEvent event;
    private final List<InputProblem> warnings;

    private OpenLineageEventCheck(OpenLineageEvent event, List<InputProblem> warnings) {
        this.event = event;
        this.warnings = warnings;
    }

    /** Adds the event's deviations from the spec to {@code warnings}, in the order of the event's parts. */
    static void check(OpenLineageEvent event, List<InputProblem> warnings) {
        new OpenLineageEventCheck(event, warnings).run();
    }

    private void run() {
        OpenLineageEvent.Kind kind = event.kind();
        String name = kind.specName();
        dateTime("/eventTime");
        uri("/producer", "the URI of the software that emitted the event (" + SPEC + " in a " + name + ")");
        uri("/schemaURL", "the URI of the OpenLineage schema the event follows (" + SPEC + " in a " + name + ")");
        JsonNode eventType = event.node("/eventType");
        if (!eventType.isMissingNode() && !EVENT_TYPES.contains(eventType.asText(""))) {
            warn("/eventType", "found the event type " + describe(eventType), "one of " + String.join(", ", EVENT_TYPES));
        }
        switch (kind) {
            case RUN -> {
                if (object("/run", "the run: an object with its runId (" + SPEC + " in a RunEvent)")) {
                    JsonNode runId = event.node("/run/runId");
                    if (runId.isMissingNode()) {
                        warn("/run/runId", "'runId' is missing", "the run's id, a UUID (" + SPEC + " in a RunEvent)");
                    } else if (!runId.isTextual() || !UUID.matcher(runId.asText()).matches()) {
                        warn("/run/runId", "found the runId " + describe(runId) + ", which is not a UUID",
                                "a UUID such as 3f5e83fa-3480-44ff-99c5-ff943904e5e8");
                    }
                    facets("/run/facets");
                }
                job();
                datasets("/inputs", "inputFacets");
                datasets("/outputs", "outputFacets");
            }
            case JOB -> {
                job();
                datasets("/inputs", "inputFacets");
                datasets("/outputs", "outputFacets");
            }
            case DATASET -> {
                if (object("/dataset", "the dataset: an object with namespace and name (" + SPEC
                        + " in a DatasetEvent)")) {
                    dataset("/dataset", null);
                }
            }
        }
    }

    private void job() {
        if (!object("/job", "the job: an object with namespace and name (" + SPEC + ")")) {
            return;
        }
        required("/job/namespace", "the job's namespace, such as the scheduler's name (" + SPEC + ")");
        required("/job/name", "the job's name, unique in its namespace (" + SPEC + ")");
        facets("/job/facets");
    }

    private void datasets(String pointer, String ownFacets) {
        JsonNode list = event.node(pointer);
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            warn(pointer, "found " + describe(list), "an array of datasets, each with namespace and name");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            if (!list.get(i).isObject()) {
                warn(at, "found " + describe(list.get(i)), "a dataset: an object with namespace and name");
            } else {
                dataset(at, ownFacets);
            }
        }
    }

    private void dataset(String pointer, String ownFacets) {
        required(pointer + "/namespace", "the dataset's namespace, such as the data source's URI (" + SPEC + ")");
        required(pointer + "/name", "the dataset's name, unique in its namespace (" + SPEC + ")");
        facets(pointer + "/facets");
        if (ownFacets != null) {
            facets(pointer + "/" + ownFacets);
        }
    }

    private void facets(String pointer) {
        JsonNode facets = event.node(pointer);
        if (facets.isMissingNode()) {
            return;
        }
        if (!facets.isObject()) {
            warn(pointer, "found " + describe(facets), "an object of facets, each under its name");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = facets.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> facet = fields.next();
            String at = pointer + "/" + OpenLineageEvent.token(facet.getKey());
            JsonNode value = facet.getValue();
            if (!value.isObject()) {
                warn(at, "found " + describe(value), "a facet: an object with _producer and _schemaURL");
                continue;
            }
            if (value.path("_deleted").asBoolean(false)) {
                continue;
            }
            required(at + "/_producer", "the URI of the software that wrote the facet (" + SPEC + " in every facet)");
            required(at + "/_schemaURL", "the URI of the facet's schema (" + SPEC + " in every facet)");
            facetContent(facet.getKey(), at, value);
        }
    }

    /** The required fields of the facets whose content the import reads. */
    private void facetContent(String name, String at, JsonNode facet) {
        switch (name) {
            case "ownership" -> each(at + "/owners", facet.path("owners"), "owners", owner ->
                    required(owner + "/name", "the owner's name, such as team:data-office (" + SPEC + ")"));
            case "version" -> required(at + "/datasetVersion", "the dataset's version (" + SPEC + ")");
            case "documentation" -> required(at + "/description", "the description (" + SPEC + ")");
            case "sourceCodeLocation" -> {
                required(at + "/type", "the kind of code repository, such as git (" + SPEC + ")");
                required(at + "/url", "the URL of the code (" + SPEC + ")");
            }
            case "jobType" -> {
                required(at + "/processingType", "BATCH or STREAMING (" + SPEC + ")");
                required(at + "/integration", "the integration that ran the job, such as SPARK (" + SPEC + ")");
            }
            case "schema" -> each(at + "/fields", facet.path("fields"), "fields", field ->
                    required(field + "/name", "the field's name (" + SPEC + ")"));
            case "columnLineage" -> {
                JsonNode fields = facet.path("fields");
                if (!fields.isObject()) {
                    warn(at + "/fields", fields.isMissingNode() ? "'fields' is missing" : "found " + describe(fields),
                            "an object of output fields, each with its inputFields (" + SPEC + ")");
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> columns = fields.fields(); columns.hasNext();) {
                    Map.Entry<String, JsonNode> column = columns.next();
                    String columnAt = at + "/fields/" + OpenLineageEvent.token(column.getKey());
                    each(columnAt + "/inputFields", column.getValue().path("inputFields"), "inputFields", input -> {
                        required(input + "/namespace", "the input dataset's namespace (" + SPEC + ")");
                        required(input + "/name", "the input dataset's name (" + SPEC + ")");
                        required(input + "/field", "the input field's name (" + SPEC + ")");
                    });
                }
            }
            default -> {
                // Facets the import does not read need only _producer and _schemaURL.
            }
        }
    }

    private void each(String pointer, JsonNode list, String key, java.util.function.Consumer<String> element) {
        if (list.isMissingNode()) {
            warn(pointer, "'" + key + "' is missing", "an array of " + key + " (" + SPEC + ")");
            return;
        }
        if (!list.isArray()) {
            warn(pointer, "found " + describe(list), "an array of " + key);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            if (!list.get(i).isObject()) {
                warn(at, "found " + describe(list.get(i)), "an object");
            } else {
                element.accept(at);
            }
        }
    }

    private boolean object(String pointer, String expected) {
        JsonNode node = event.node(pointer);
        if (node.isObject()) {
            return true;
        }
        warn(pointer, node.isMissingNode() ? "'" + key(pointer) + "' is missing" : "found " + describe(node), expected);
        return false;
    }

    private void required(String pointer, String expected) {
        JsonNode node = event.node(pointer);
        if (node.isMissingNode()) {
            warn(pointer, "'" + key(pointer) + "' is missing" + otherKeys(pointer), expected);
        } else if (OpenLineageEvent.text(node) == null) {
            warn(pointer, "found " + describe(node), "text: " + expected);
        }
    }

    private void uri(String pointer, String expected) {
        required(pointer, expected);
        String text = event.text(pointer);
        if (text != null && !isAbsoluteUri(text)) {
            warn(pointer, "found " + describe(event.node(pointer)) + ", which is not an absolute URI", expected);
        }
    }

    private void dateTime(String pointer) {
        String expected = "the time of the event, an RFC 3339 date-time with offset such as 2024-05-01T12:00:00.000Z ("
                + SPEC + ")";
        required(pointer, expected);
        String text = event.text(pointer);
        if (text != null && OpenLineageEvent.instant(text) == null) {
            warn(pointer, "found " + describe(event.node(pointer)) + ", which is not a date-time with offset", expected);
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void warn(String pointer, String found, String expected) {
        warnings.add(new InputProblem(event.at(pointer), found, expected));
    }

    /** What the object holding a missing key has instead, so a misspelt key is seen at once. */
    private String otherKeys(String pointer) {
        JsonNode parent = event.node(pointer.substring(0, pointer.lastIndexOf('/')));
        if (!parent.isObject() || parent.isEmpty()) {
            return "";
        }
        List<String> keys = new java.util.ArrayList<>();
        parent.fieldNames().forEachRemaining(keys::add);
        return " (the object has: " + String.join(", ", keys.size() > 6 ? keys.subList(0, 6) : keys)
                + (keys.size() > 6 ? ", ..." : "") + ")";
    }

    private static String key(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** A value as a message shows it: text quoted and shortened, other values named by their kind. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.isBlank()) {
                return "an empty text";
            }
            return "'" + (text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "..." : text) + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return "the value " + node.asText();
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "'" + node.asText() + "'";
    }
}
