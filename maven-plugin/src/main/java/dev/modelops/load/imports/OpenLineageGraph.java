package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.LineageDocument;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the events of one OpenLineage file into one lineage graph: a job node per job, a dataset node per input
 * or output dataset, an edge from each input to its job and from the job to each output.
 *
 * <p>Ids are {@code <namespace>/<name>} for jobs and datasets alike (one slash between them, none added when the
 * namespace ends with or the name starts with one: {@code file:///data/x.csv}; the name alone when the namespace
 * is missing), so that the loader joins the same job or dataset described in several files of a model.
 *
 * <p>A job or dataset appears in many events (START and COMPLETE of every run). Nodes and edges are listed in the
 * order they first appear in the file, where they are located; each field comes from the latest event that gives
 * it (latest by {@code eventTime}, events without a readable time counting as older than any dated one, and of
 * equal times the later in the file): a job's run id is that of its latest run (earlier runs stay in the file,
 * which is recorded among the model's inputs), its owner, code and type those of the latest event with an
 * ownership, sourceCodeLocation or jobType facet; a dataset's version is the latest version read, its source the
 * latest dataSource {@code uri} (the namespace without one), and a version written {@code sha256:<64 hex digits>}
 * or {@code md5:<32 hex digits>} is also the dataset's digest, which the artifact rule compares with the file in the
 * build. A job whose latest event is FAIL or ABORT is a warning, since the graph has no field for a run's state and
 * the lineage of a failed run may name outputs that were never written; the job itself is kept.
 *
 * <p>A dataset's description joins its documentation facet, a summary of its schema facet ({@code Schema: id
 * (BIGINT), name (VARCHAR).}) and of its columnLineage facet ({@code Column lineage: NAME from CUSTOMERS.NAME.}),
 * at most {@value #SHOWN_ITEMS} columns each. A job's documentation facet has no field to go to (a lineage job has
 * no description) and is not copied.
 */
final class OpenLineageGraph {

    private static final int SHOWN_ITEMS = 20;

    private final Map<String, JobNode> jobs = new LinkedHashMap<>();
    private final Map<String, DatasetNode> datasets = new LinkedHashMap<>();
    private final Map<LineageEdge, SourceLocation> edges = new LinkedHashMap<>();

    private OpenLineageGraph() {
    }

    /** The graph of {@code events} (in file order) of {@code file}; what it cannot show goes to {@code warnings}. */
    static LineageDocument build(String file, List<OpenLineageEvent> events, List<InputProblem> warnings) {
        OpenLineageGraph graph = new OpenLineageGraph();
        events.forEach(graph::addNodes);
        List<OpenLineageEvent> latestFirst = new ArrayList<>(events);
        latestFirst.sort(Comparator.comparing(OpenLineageEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(OpenLineageEvent::order).reversed());
        latestFirst.forEach(graph::fill);
        graph.warnAbout(warnings);
        return graph.document(file);
    }

    private void addNodes(OpenLineageEvent event) {
        String jobId = jobId(event);
        if (jobId != null) {
            jobs.computeIfAbsent(jobId, id -> new JobNode(id, event.text("/job/name"), event.at("/job")));
        }
        for (String pointer : datasetPointers(event)) {
            String datasetId = nodeId(event.text(pointer + "/namespace"), event.text(pointer + "/name"));
            if (datasetId == null) {
                continue;
            }
            datasets.computeIfAbsent(datasetId, id -> new DatasetNode(id, event.text(pointer + "/name"),
                    event.text(pointer + "/namespace"), event.at(pointer)));
            if (jobId != null && !jobId.equals(datasetId)) {
                LineageEdge edge = pointer.startsWith("/inputs/")
                        ? new LineageEdge(datasetId, jobId) : new LineageEdge(jobId, datasetId);
                edges.putIfAbsent(edge, event.at(pointer));
            }
        }
    }

    private void fill(OpenLineageEvent event) {
        JobNode job = jobs.get(jobId(event));
        if (job != null) {
            job.fill(event);
        }
        for (String pointer : datasetPointers(event)) {
            DatasetNode dataset = datasets.get(nodeId(event.text(pointer + "/namespace"), event.text(pointer + "/name")));
            if (dataset != null) {
                dataset.fill(event.node(pointer + "/facets"));
            }
        }
    }

    private void warnAbout(List<InputProblem> warnings) {
        for (JobNode job : jobs.values()) {
            String state = job.stateEvent == null ? null : job.stateEvent.text("/eventType");
            if ("FAIL".equals(state) || "ABORT".equals(state)) {
                String run = job.stateEvent.text("/run/runId");
                String time = job.stateEvent.text("/eventTime");
                warnings.add(new InputProblem(job.stateEvent.at("/eventType"),
                        "the latest run" + (run == null ? "" : " " + run) + " of job '" + job.id + "' ended " + state
                                + (time == null ? "" : " at " + time),
                        "the latest run to be COMPLETE: the lineage of a failed or aborted run may name data "
                                + "that was never written"));
            }
            if (datasets.containsKey(job.id)) {
                warnings.add(new InputProblem(job.where, "the job id '" + job.id + "', which is also the id of a dataset",
                        "jobs and datasets in different namespaces: datasets and jobs share one set of lineage ids"));
            }
        }
    }

    private LineageDocument document(String file) {
        Map<String, SourceLocation> locations = new HashMap<>();
        List<LineageDataset> datasetList = new ArrayList<>();
        for (DatasetNode dataset : datasets.values()) {
            locations.put("/datasets/" + datasetList.size(), dataset.where);
            datasetList.add(dataset.toDataset());
        }
        List<LineageJob> jobList = new ArrayList<>();
        for (JobNode job : jobs.values()) {
            locations.put("/jobs/" + jobList.size(), job.where);
            jobList.add(job.toJob());
        }
        List<LineageEdge> edgeList = new ArrayList<>();
        edges.forEach((edge, where) -> {
            locations.put("/edges/" + edgeList.size(), where);
            edgeList.add(edge);
        });
        return new LineageDocument(file, new Lineage(datasetList, jobList, edgeList), locations);
    }

    private static String jobId(OpenLineageEvent event) {
        return event.kind() == OpenLineageEvent.Kind.DATASET
                ? null : nodeId(event.text("/job/namespace"), event.text("/job/name"));
    }

    /** The pointers of the event's datasets: inputs, then outputs, or the dataset of a DatasetEvent. */
    private static List<String> datasetPointers(OpenLineageEvent event) {
        List<String> pointers = new ArrayList<>();
        if (event.kind() == OpenLineageEvent.Kind.DATASET) {
            if (event.node("/dataset").isObject()) {
                pointers.add("/dataset");
            }
            return pointers;
        }
        for (String list : List.of("/inputs", "/outputs")) {
            JsonNode datasets = event.node(list);
            for (int i = 0; datasets.isArray() && i < datasets.size(); i++) {
                if (datasets.get(i).isObject()) {
                    pointers.add(list + "/" + i);
                }
            }
        }
        return pointers;
    }

    /** {@code <namespace>/<name>}, or null without a name. */
    static String nodeId(String namespace, String name) {
        if (name == null) {
            return null;
        }
        if (namespace == null) {
            return name;
        }
        return namespace.endsWith("/") || name.startsWith("/") ? namespace + name : namespace + "/" + name;
    }

    /** The names of an ownership facet's owners, joined. */
    private static String owners(JsonNode facet) {
        List<String> names = new ArrayList<>();
        JsonNode owners = usable(facet).path("owners");
        for (int i = 0; owners.isArray() && i < owners.size(); i++) {
            String name = OpenLineageEvent.text(owners.get(i).get("name"));
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A facet unless it is marked deleted. */
    private static JsonNode usable(JsonNode facet) {
        return facet.path("_deleted").asBoolean(false) ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : facet;
    }

    private static String or(String first, String later) {
        return first != null ? first : later;
    }

    /** Text summarising {@code items}, at most {@value #SHOWN_ITEMS} of them. */
    private static String shortened(List<String> items, String separator) {
        if (items.size() <= SHOWN_ITEMS) {
            return String.join(separator, items);
        }
        return String.join(separator, items.subList(0, SHOWN_ITEMS)) + separator + "and "
                + (items.size() - SHOWN_ITEMS) + " more";
    }

    private static final class JobNode {
        private final String id;
        private final String name;
        private final SourceLocation where;
        private String runId;
        private String owner;
        private String codeRef;
        private String type;
        private OpenLineageEvent stateEvent;

        JobNode(String id, String name, SourceLocation where) {
            this.id = id;
            this.name = name;
            this.where = where;
        }

        void fill(OpenLineageEvent event) {
            if (stateEvent == null && event.text("/eventType") != null) {
                stateEvent = event;
            }
            runId = or(runId, event.text("/run/runId"));
            JsonNode facets = event.node("/job/facets");
            owner = or(owner, owners(facets.path("ownership")));
            codeRef = or(codeRef, codeRef(usable(facets.path("sourceCodeLocation"))));
            type = or(type, type(usable(facets.path("jobType"))));
        }

        LineageJob toJob() {
            return new LineageJob(id, name, type, runId, owner, codeRef);
        }

        /** {@code url@version}, or the url alone. */
        private static String codeRef(JsonNode facet) {
            String url = OpenLineageEvent.text(facet.get("url"));
            String version = OpenLineageEvent.text(facet.get("version"));
            return url == null ? null : version == null ? url : url + "@" + version;
        }

        /**
         * The job's type in the native vocabulary, from the jobType facet's {@code jobType}: training, evaluation,
         * ingest or transform when its name says so, other for any other (DAG, TASK, COMMAND ...) and for a facet
         * without one; none without the facet, so as not to claim what the event does not say.
         */
        private static String type(JsonNode facet) {
            if (!facet.isObject()) {
                return null;
            }
            String jobType = OpenLineageEvent.text(facet.get("jobType"));
            if (jobType == null) {
                return "other";
            }
            String upper = jobType.toUpperCase(Locale.ROOT);
            String integration = String.valueOf(OpenLineageEvent.text(facet.get("integration"))).toUpperCase(Locale.ROOT);
            if (upper.contains("TRAIN") || upper.equals("FIT")) {
                return "training";
            }
            if (upper.contains("EVAL")) {
                return "evaluation";
            }
            if (upper.contains("INGEST") || upper.contains("EXTRACT") || upper.equals("IMPORT")) {
                return "ingest";
            }
            if (upper.contains("TRANSFORM") || upper.equals("QUERY") || upper.equals("SQL")
                    || (upper.equals("MODEL") && integration.equals("DBT"))) {
                return "transform";
            }
            return "other";
        }
    }

    private static final class DatasetNode {
        private final String id;
        private final String name;
        private final String namespace;
        private final SourceLocation where;
        private String uri;
        private String owner;
        private String version;
        private String documentation;
        private String schema;
        private String columnLineage;

        DatasetNode(String id, String name, String namespace, SourceLocation where) {
            this.id = id;
            this.name = name;
            this.namespace = namespace;
            this.where = where;
        }

        void fill(JsonNode facets) {
            uri = or(uri, OpenLineageEvent.text(usable(facets.path("dataSource")).get("uri")));
            owner = or(owner, owners(facets.path("ownership")));
            version = or(version, OpenLineageEvent.text(usable(facets.path("version")).get("datasetVersion")));
            documentation = or(documentation, OpenLineageEvent.text(usable(facets.path("documentation")).get("description")));
            schema = or(schema, schema(usable(facets.path("schema"))));
            columnLineage = or(columnLineage, columnLineage(usable(facets.path("columnLineage"))));
        }

        LineageDataset toDataset() {
            return new LineageDataset(id, name, or(uri, namespace), owner, null, null, version,
                    digest(version, "sha256", 64), description(), null, null, null, digest(version, "md5", 32));
        }

        /**
         * The digest a version facet states as {@code <algorithm>:<hex digits>} ({@code sha256:9f86...}, as OCI
         * and most artifact stores write one), in lower case; null for any other version ({@code 2}, a date, a bare
         * hexadecimal id such as an MLflow run id), which names a snapshot without saying what its bytes are.
         */
        private static String digest(String version, String algorithm, int digits) {
            if (version == null) {
                return null;
            }
            String written = version.strip();
            String prefix = algorithm + ":";
            if (written.length() != prefix.length() + digits
                    || !written.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return null;
            }
            String hex = written.substring(prefix.length()).toLowerCase(Locale.ROOT);
            return hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f') ? hex : null;
        }

        /** The documentation facet's text, then the schema and the column lineage, summarised. */
        private String description() {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {documentation, schema, columnLineage}) {
                if (part == null) {
                    continue;
                }
                if (!text.isEmpty()) {
                    char last = text.charAt(text.length() - 1);
                    text.append(last == '.' || last == '!' || last == '?' ? " " : ". ");
                }
                text.append(part);
            }
            return text.isEmpty() ? null : text.toString();
        }

        /** {@code Schema: id (BIGINT), name (VARCHAR).} */
        private static String schema(JsonNode facet) {
            JsonNode fields = facet.path("fields");
            List<String> columns = new ArrayList<>();
            for (int i = 0; fields.isArray() && i < fields.size(); i++) {
                String column = OpenLineageEvent.text(fields.get(i).get("name"));
                String type = OpenLineageEvent.text(fields.get(i).get("type"));
                if (column != null) {
                    columns.add(type == null ? column : column + " (" + type + ")");
                }
            }
            return columns.isEmpty() ? null : "Schema: " + shortened(columns, ", ") + ".";
        }

        /** {@code Column lineage: NAME from CUSTOMERS.NAME; AMOUNT_OFF from DISCOUNTS.AMOUNT_OFF.} */
        private static String columnLineage(JsonNode facet) {
            JsonNode fields = facet.path("fields");
            List<String> columns = new ArrayList<>();
            if (fields.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> column = it.next();
                    List<String> inputs = new ArrayList<>();
                    JsonNode inputFields = column.getValue().path("inputFields");
                    for (int i = 0; inputFields.isArray() && i < inputFields.size(); i++) {
                        String dataset = OpenLineageEvent.text(inputFields.get(i).get("name"));
                        String field = OpenLineageEvent.text(inputFields.get(i).get("field"));
                        String input = dataset == null ? field : field == null ? dataset : dataset + "." + field;
                        if (input != null && !inputs.contains(input)) {
                            inputs.add(input);
                        }
                    }
                    columns.add(inputs.isEmpty() ? column.getKey() : column.getKey() + " from " + shortened(inputs, ", "));
                }
            }
            return columns.isEmpty() ? null : "Column lineage: " + shortened(columns, "; ") + ".";
        }
    }
}
