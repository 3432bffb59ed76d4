package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLineageImporterTest {

    private static final String SCHEDULER = "my-scheduler-namespace";
    private static final String SOURCE = "my-datasource-namespace";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenLineageImporter importer = new OpenLineageImporter();

    @TempDir
    Path dir;

    /** Reads a corpus file in place, its folder being the model folder. */
    private ImportedModel readCorpus(String name) {
        Path file = Corpus.file("openlineage/" + name);
        ImportContext context = ImportContext.of(file.getParent(), file.getParent());
        assertThat(importer.canRead(file, context)).as("canRead " + name).isTrue();
        return importer.read(new SourceFile(file, context.display(file)), context);
    }

    private ImportedModel read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        ImportContext context = ImportContext.of(dir, dir);
        return importer.read(new SourceFile(file, context.display(file)), context);
    }

    private static List<String> described(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::describe).toList();
    }

    @Nested
    class TheCorpus {

        @Test
        void eventSimpleGivesTheJobItsDatasetsAndTheEdgesBetweenThem() {
            ImportedModel model = readCorpus("event_simple.json");
            Lineage lineage = model.lineage().lineage();
            assertThat(model.describesModel()).isFalse();
            assertThat(model.warnings()).isEmpty();
            assertThat(lineage.jobs()).containsExactly(new LineageJob(SCHEDULER + "/myjob", "myjob", null,
                    "41fb5137-f0fd-4ee5-ba5c-56f8571d1bd7", null, null));
            assertThat(lineage.datasets()).extracting(LineageDataset::id, LineageDataset::name, LineageDataset::source)
                    .containsExactly(
                            tuple(SOURCE + "/instance.schema.input-1", "instance.schema.input-1", SOURCE),
                            tuple(SOURCE + "/instance.schema.input-2", "instance.schema.input-2", SOURCE),
                            tuple(SOURCE + "/instance.schema.output-1", "instance.schema.output-1", SOURCE));
            assertThat(lineage.edges()).containsExactly(
                    new LineageEdge(SOURCE + "/instance.schema.input-1", SCHEDULER + "/myjob"),
                    new LineageEdge(SOURCE + "/instance.schema.input-2", SCHEDULER + "/myjob"),
                    new LineageEdge(SCHEDULER + "/myjob", SOURCE + "/instance.schema.output-1"));
            assertThat(model.lineage().locate("/jobs/0")).isEqualTo(
                    new SourceLocation("event_simple.json", 7, 10, "/jobs/0"));
            assertThat(model.lineage().locate("/datasets/2/id")).isEqualTo(
                    new SourceLocation("event_simple.json", 22, 5, "/datasets/2/id"));
            assertThat(model.lineage().locate("/edges/2").line()).isEqualTo(22);
        }

        @Test
        void eventFullGivesCodeRefDocumentationSourceAndSchema() {
            ImportedModel model = readCorpus("event_full.json");
            Lineage lineage = model.lineage().lineage();
            String job = SCHEDULER + "/myjob.mytask";
            String table = SOURCE + "/instance.schema.table";
            assertThat(model.warnings()).isEmpty();
            assertThat(lineage.jobs()).containsExactly(new LineageJob(job, "myjob.mytask", null,
                    "ea041791-68bc-4ae1-bd89-4c8106a157e4", null, "http://example.com"));
            // The same table is read and written: one node, an edge each way.
            assertThat(lineage.datasets()).containsExactly(new LineageDataset(table, "instance.schema.table",
                    "string", null, null, null, null, null,
                    "canonical representation of entity Foo. Schema: column1 (VARCHAR)."));
            assertThat(lineage.edges()).containsExactly(new LineageEdge(table, job), new LineageEdge(job, table));
            assertThat(model.lineage().locate("/edges/1").line()).isEqualTo(151);
        }

        @Test
        void exampleFullEventGivesTheJobAndTheSchemaOfItsTable() {
            ImportedModel model = readCorpus("example_full_event.json");
            Lineage lineage = model.lineage().lineage();
            assertThat(model.warnings()).isEmpty();
            assertThat(lineage.jobs()).extracting(LineageJob::id, LineageJob::runId, LineageJob::codeRef)
                    .containsExactly(tuple(SCHEDULER + "/myjob.mytask", "ea041791-68bc-4ae1-bd89-4c8106a157e4", null));
            assertThat(lineage.datasets()).extracting(LineageDataset::id, LineageDataset::source,
                    LineageDataset::description).containsExactly(
                    tuple(SOURCE + "/instance.schema.table", SOURCE, "Schema: column1 (VARCHAR)."));
            assertThat(lineage.edges()).hasSize(2);
        }

        @Test
        void anEventWithoutRunIdStillGivesItsJobAndDatasetsWithAWarning() {
            ImportedModel model = readCorpus("event_no_run_id.json");
            Lineage lineage = model.lineage().lineage();
            assertThat(lineage.jobs()).containsExactly(
                    new LineageJob(SCHEDULER + "/myjob", "myjob", null, null, null, null));
            assertThat(lineage.datasets()).extracting(LineageDataset::id).containsExactly(
                    SOURCE + "/instance.schema.input-1", SOURCE + "/instance.schema.input-2",
                    SOURCE + "/instance.schema.output-1");
            assertThat(lineage.edges()).hasSize(3);
            assertThat(described(model.warnings())).containsExactly("event_no_run_id.json:4:3: at /run/runId: "
                    + "'runId' is missing, expected the run's id, a UUID (required by the OpenLineage spec in a RunEvent)");
        }

        @Test
        void anOwnerWithoutNameIsAWarningAtItsPointerAndTheDatasetIsKept() {
            ImportedModel model = readCorpus("event_invalid_dataset_facet.json");
            Lineage lineage = model.lineage().lineage();
            assertThat(lineage.datasets()).containsExactly(new LineageDataset(SOURCE + "/instance.schema.output-1",
                    "instance.schema.output-1", SOURCE, null, null, null, null, null, null));
            assertThat(lineage.edges()).containsExactly(
                    new LineageEdge(SCHEDULER + "/myjob", SOURCE + "/instance.schema.output-1"));
            assertThat(model.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.location()).isEqualTo(new SourceLocation("event_invalid_dataset_facet.json", 21, 13,
                        "/outputs/0/facets/ownership/owners/0/name"));
                assertThat(warning.found()).isEqualTo("'name' is missing (the object has: no-name)");
                assertThat(warning.expected()).startsWith("the owner's name");
            });
        }

        @Test
        void singleFacetsAreNotTakenForEventsAndAreRejectedWhenReadAnyway() {
            List<Path> facets = Corpus.folder("openlineage").stream()
                    .filter(file -> file.getFileName().toString().startsWith("facet-")).toList();
            assertThat(facets).hasSize(4);
            for (Path file : facets) {
                ImportContext context = ImportContext.of(file.getParent(), file.getParent());
                assertThat(importer.canRead(file, context)).as(file.getFileName().toString()).isFalse();
                assertThatThrownBy(() -> importer.read(new SourceFile(file, context.display(file)), context))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(described(e.problems()))
                                .singleElement().asString()
                                .startsWith(file.getFileName() + ":1:1: found a single facet, '")
                                .contains("not an event, expected an OpenLineage event"));
            }
        }

        @Test
        void everyEventFileOfTheCorpusIsClaimed() {
            Path folder = Corpus.root().resolve("openlineage");
            ImportContext context = ImportContext.of(folder, folder);
            assertThat(Corpus.folder("openlineage")).filteredOn(file -> importer.canRead(file, context))
                    .extracting(file -> file.getFileName().toString())
                    .containsExactly("event_full.json", "event_invalid_dataset_facet.json", "event_no_run_id.json",
                            "event_simple.json", "example_full_event.json");
        }
    }

    /** The corpus's single facet examples, put into an event, are read into the graph. */
    @Nested
    class FacetsInAnEvent {

        private ImportedModel withFacet(String facetFile, String where) throws IOException {
            return inEvent(JSON.readTree(Corpus.file("openlineage/" + facetFile).toFile()), where);
        }

        private ImportedModel inEvent(JsonNode facet, String where) throws IOException {
            ObjectNode event = (ObjectNode) JSON.readTree("""
                    {"eventType": "COMPLETE", "eventTime": "2024-05-01T12:00:00Z",
                     "run": {"runId": "3f5e83fa-3480-44ff-99c5-ff943904e5e8"},
                     "job": {"namespace": "jobs", "name": "build_discounts", "facets": {}},
                     "inputs": [], "outputs": [{"namespace": "snowflake://acme", "name": "DISCOUNTS_BY_CUSTOMER",
                                                "facets": {}}],
                     "producer": "https://example.com/producer",
                     "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}
                    """);
            ObjectNode facets = "job".equals(where) ? (ObjectNode) event.get("job").get("facets")
                    : (ObjectNode) event.get("outputs").get(0).get("facets");
            facets.setAll((ObjectNode) facet);
            return read("event.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event));
        }

        @Test
        void ownershipGivesTheDatasetOwner() throws IOException {
            ImportedModel model = withFacet("facet-OwnershipDatasetFacet.json", "dataset");
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::owner).containsExactly("owner");
        }

        @Test
        void datasetVersionGivesTheVersion() throws IOException {
            ImportedModel model = withFacet("facet-DatasetVersionDatasetFacet.json", "dataset");
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::version).containsExactly("2");
        }

        @Test
        void aVersionThatStatesADigestIsAlsoTheDatasetsDigest() throws IOException {
            String sha256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
            assertThat(digestsOf(" sha256:" + sha256 + " "))
                    .containsExactly("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", null);
            assertThat(digestsOf("md5:098f6bcd4621d373cade4e832627b4f6"))
                    .containsExactly(null, "098f6bcd4621d373cade4e832627b4f6");
        }

        @Test
        void aVersionThatIsNotAStatedDigestIsNoDigest() throws IOException {
            for (String version : List.of("2", "0123456789abcdef0123456789abcdef", "sha256:9f86d0818",
                    "md5:098f6bcd4621d373cade4e832627b4fz", "sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")) {
                assertThat(digestsOf(version)).as(version).containsExactly(null, null);
            }
        }

        /** The sha256 and md5 of the output dataset of an event whose version facet says {@code version}. */
        private List<String> digestsOf(String version) throws IOException {
            ObjectNode facet = JSON.createObjectNode();
            facet.putObject("version").put("_producer", "https://example.com/p")
                    .put("_schemaURL", "https://openlineage.io/spec/facets/1-0-0/DatasetVersionDatasetFacet.json")
                    .put("datasetVersion", version);
            LineageDataset dataset = inEvent(facet, "dataset").lineage().lineage().datasets().get(0);
            assertThat(dataset.version()).isEqualTo(version);
            return Arrays.asList(dataset.sha256(), dataset.md5());
        }

        @Test
        void sourceCodeLocationGivesTheCodeRef() throws IOException {
            ImportedModel model = withFacet("facet-SourceCodeLocationJobFacet.json", "job");
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().jobs()).extracting(LineageJob::codeRef)
                    .containsExactly("http://example.com");
        }

        @Test
        void columnLineageIsSummarisedInTheDescription() throws IOException {
            ImportedModel model = withFacet("facet-ColumnLineageDatasetFacet.json", "dataset");
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::description).containsExactly(
                    "Column lineage: NAME from CUSTOMERS.NAME, CUSTOMERS.ID, DISCOUNTS.CUSTOMERS_ID; "
                            + "AMOUNT_OFF from DISCOUNTS.AMOUNT_OFF, CUSTOMERS.ID, DISCOUNTS.CUSTOMERS_ID; "
                            + "STARTS_AT from DISCOUNTS.STARTS_AT, CUSTOMERS.ID, DISCOUNTS.CUSTOMERS_ID; "
                            + "ENDS_AT from DISCOUNTS.ENDS_AT, CUSTOMERS.ID, DISCOUNTS.CUSTOMERS_ID.");
        }
    }

    @Nested
    class Detection {

        private boolean claims(String name, String content) throws IOException {
            Path file = Files.writeString(dir.resolve(name), content);
            return importer.canRead(file, ImportContext.of(dir, dir));
        }

        @Test
        void eventLinesAreClaimedByTheirFirstLine() throws IOException {
            String event = "{\"eventType\":\"START\",\"eventTime\":\"2024-05-01T12:00:00Z\",\"run\":{\"runId\":\"x\"},"
                    + "\"job\":{\"namespace\":\"n\",\"name\":\"j\"}}\n";
            assertThat(claims("events.ndjson", event + event)).isTrue();
            assertThat(claims("events.jsonl", "\n" + event)).isTrue();
            assertThat(claims("events.ndjson", "{\"metric\":\"auc\"}\n" + event)).isFalse();
            assertThat(claims("events.txt", event)).isFalse();
        }

        @Test
        void otherJsonFilesAreNotClaimed() throws IOException {
            assertThat(claims("lineage-extra.json", "{\"datasets\": [{\"id\": \"raw\"}], \"jobs\": [{\"id\": \"train\"}]}"))
                    .isFalse();
            assertThat(claims("metrics.json", "{\"dataset\": \"holdout\", \"results\": []}")).isFalse();
            assertThat(claims("empty.json", "")).isFalse();
            assertThat(claims("binary.json", "\u0000\u0001")).isFalse();
        }

        @Test
        void aMissingFileIsNotClaimedAndCanReadDoesNotThrow() {
            assertThat(importer.canRead(dir.resolve("gone.json"), ImportContext.of(dir, dir))).isFalse();
        }
    }

    @Nested
    class ManyEventsInOneFile {

        private static String event(String type, String time, String runId, String extraJob) {
            return ("{\"eventType\":\"%s\",\"eventTime\":\"%s\",\"run\":{\"runId\":\"%s\"},"
                    + "\"job\":{\"namespace\":\"airflow\",\"name\":\"train\"%s},"
                    + "\"inputs\":[{\"namespace\":\"s3://raw\",\"name\":\"loans\"}],"
                    + "\"outputs\":[{\"namespace\":\"file\",\"name\":\"/models/scorer.onnx\"}],"
                    + "\"producer\":\"https://example.com/p\",\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json\"}")
                    .formatted(type, time, runId, extraJob);
        }

        private static final String RUN_1 = "3f5e83fa-3480-44ff-99c5-ff943904e5e1";
        private static final String RUN_2 = "3f5e83fa-3480-44ff-99c5-ff943904e5e2";

        @Test
        void theLatestRunGivesTheRunIdAndAFailedLatestRunIsAWarning() throws IOException {
            ImportedModel model = read("events.ndjson", String.join("\n",
                    event("START", "2024-05-02T10:00:00Z", RUN_2, ""),
                    "",
                    event("START", "2024-05-01T10:00:00Z", RUN_1, ""),
                    event("COMPLETE", "2024-05-01T11:00:00Z", RUN_1, ""),
                    event("FAIL", "2024-05-02T10:30:00+02:00", RUN_2, "")) + "\n");
            Lineage lineage = model.lineage().lineage();
            // 10:30+02:00 is 08:30Z, before the START at 10:00Z: that START is the latest event.
            assertThat(lineage.jobs()).extracting(LineageJob::runId).containsExactly(RUN_2);
            assertThat(model.warnings()).isEmpty();
            assertThat(lineage.datasets()).extracting(LineageDataset::id)
                    .containsExactly("s3://raw/loans", "file/models/scorer.onnx");
            assertThat(lineage.edges()).containsExactly(new LineageEdge("s3://raw/loans", "airflow/train"),
                    new LineageEdge("airflow/train", "file/models/scorer.onnx"));

            ImportedModel failed = read("failed.ndjson", String.join("\n",
                    event("START", "2024-05-01T10:00:00Z", RUN_1, ""),
                    event("COMPLETE", "2024-05-01T11:00:00Z", RUN_1, ""),
                    event("START", "2024-05-02T10:00:00Z", RUN_2, ""),
                    event("FAIL", "2024-05-02T10:30:00Z", RUN_2, "")));
            assertThat(failed.lineage().lineage().jobs()).extracting(LineageJob::runId).containsExactly(RUN_2);
            assertThat(failed.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.location().file()).isEqualTo("failed.ndjson");
                assertThat(warning.location().line()).isEqualTo(4);
                assertThat(warning.location().pointer()).isEqualTo("/eventType");
                assertThat(warning.found()).isEqualTo("the latest run " + RUN_2
                        + " of job 'airflow/train' ended FAIL at 2024-05-02T10:30:00Z");
            });
        }

        @Test
        void eachFieldComesFromTheLatestEventThatGivesIt() throws IOException {
            String owner = ",\"facets\":{\"ownership\":{\"_producer\":\"https://example.com/p\","
                    + "\"_schemaURL\":\"https://openlineage.io/spec/facets/1-0-1/OwnershipJobFacet.json\","
                    + "\"owners\":[{\"name\":\"team:%s\"}]}}";
            String code = ",\"facets\":{\"sourceCodeLocation\":{\"_producer\":\"https://example.com/p\","
                    + "\"_schemaURL\":\"https://openlineage.io/spec/facets/1-0-0/SourceCodeLocationJobFacet.json\","
                    + "\"type\":\"git\",\"url\":\"https://git.example.com/scoring.git\",\"version\":\"%s\"},"
                    + "\"jobType\":{\"_producer\":\"https://example.com/p\",\"_schemaURL\":\"https://example.com/s\","
                    + "\"processingType\":\"BATCH\",\"integration\":\"PYTHON\",\"jobType\":\"MODEL_TRAINING\"}}";
            ImportedModel model = read("events.ndjson", String.join("\n",
                    event("START", "2024-05-02T10:00:00Z", RUN_2, code.formatted("bbbbbbb")),
                    event("START", "2024-05-01T10:00:00Z", RUN_1, owner.formatted("old")),
                    event("START", "2024-05-01T09:00:00Z", RUN_1, code.formatted("aaaaaaa")),
                    event("COMPLETE", "2024-05-02T11:00:00Z", RUN_2, owner.formatted("new"))));
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().jobs()).containsExactly(new LineageJob("airflow/train", "train",
                    "training", RUN_2, "team:new", "https://git.example.com/scoring.git@bbbbbbb"));
        }

        @Test
        void anArrayOfEventsIsMergedAndANonEventElementIsSkippedWithAWarning() throws IOException {
            ImportedModel model = read("events.json", "[\n" + event("START", "2024-05-01T10:00:00Z", RUN_1, "")
                    + ",\n  {\"columnLineage\": {\"_producer\": \"p\", \"fields\": {}}},\n"
                    + event("COMPLETE", "not a time", "run-42", "") + "\n]");
            assertThat(model.lineage().lineage().jobs()).extracting(LineageJob::runId).containsExactly(RUN_1);
            assertThat(described(model.warnings())).containsExactly(
                    "events.json:3:3: at /1: found a single facet, 'columnLineage', not an event (skipped), expected "
                            + "an OpenLineage event: an object with eventTime, producer, schemaURL, run and job (a "
                            + "RunEvent), or job alone (a JobEvent), or dataset (a DatasetEvent)",
                    "events.json:4:37: at /2/eventTime: found 'not a time', which is not a date-time with offset, "
                            + "expected the time of the event, an RFC 3339 date-time with offset such as "
                            + "2024-05-01T12:00:00.000Z (required by the OpenLineage spec)",
                    "events.json:4:65: at /2/run/runId: found the runId 'run-42', which is not a UUID, expected a UUID "
                            + "such as 3f5e83fa-3480-44ff-99c5-ff943904e5e8");
        }

        @Test
        void anUnreadableLineIsSkippedWithAWarning() throws IOException {
            ImportedModel model = read("events.jsonl", event("START", "2024-05-01T10:00:00Z", RUN_1, "")
                    + "\r\n{\"eventType\": \"COMPLETE\", \r\n" + event("COMPLETE", "2024-05-01T11:00:00Z", RUN_1, ""));
            assertThat(model.lineage().lineage().jobs()).hasSize(1);
            assertThat(model.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.location().file()).isEqualTo("events.jsonl");
                assertThat(warning.location().line()).isEqualTo(2);
                assertThat(warning.found()).startsWith("malformed JSON").endsWith("(line skipped)");
            });
        }
    }

    @Nested
    class LenientChecks {

        @Test
        void everyMissingRequiredPartIsAWarningAndTheRestIsRead() throws IOException {
            ImportedModel model = read("sloppy.json", """
                    {
                      "eventType": "DONE",
                      "run": {"runId": 17, "facets": {"parent": {"job": {"name": "dag"}}}},
                      "job": {"name": "nightly",
                              "facets": {"jobType": {"_producer": "p", "_schemaURL": "s", "jobType": "QUERY"},
                                         "documentation": "text"}},
                      "inputs": [{"name": "raw.loans"}, {"namespace": "s3://raw"}, "loans"],
                      "outputs": {"namespace": "x", "name": "y"},
                      "producer": "not a uri"
                    }
                    """);
            assertThat(model.lineage().lineage().jobs()).containsExactly(
                    new LineageJob("nightly", "nightly", "transform", null, null, null));
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::id, LineageDataset::source)
                    .containsExactly(tuple("raw.loans", null));
            assertThat(model.lineage().lineage().edges()).containsExactly(new LineageEdge("raw.loans", "nightly"));
            assertThat(model.warnings()).extracting(warning -> warning.location().pointer(), InputProblem::found)
                    .containsExactly(
                            tuple("/eventTime", "'eventTime' is missing (the object has: eventType, run, job, inputs, "
                                    + "outputs, producer)"),
                            tuple("/producer", "found 'not a uri', which is not an absolute URI"),
                            tuple("/schemaURL", "'schemaURL' is missing (the object has: eventType, run, job, inputs, "
                                    + "outputs, producer)"),
                            tuple("/eventType", "found the event type 'DONE'"),
                            tuple("/run/runId", "found the runId the number 17, which is not a UUID"),
                            tuple("/run/facets/parent/_producer", "'_producer' is missing (the object has: job)"),
                            tuple("/run/facets/parent/_schemaURL", "'_schemaURL' is missing (the object has: job)"),
                            tuple("/job/namespace", "'namespace' is missing (the object has: name, facets)"),
                            tuple("/job/facets/jobType/processingType",
                                    "'processingType' is missing (the object has: _producer, _schemaURL, jobType)"),
                            tuple("/job/facets/jobType/integration",
                                    "'integration' is missing (the object has: _producer, _schemaURL, jobType)"),
                            tuple("/job/facets/documentation", "found 'text'"),
                            tuple("/inputs/0/namespace", "'namespace' is missing (the object has: name)"),
                            tuple("/inputs/1/name", "'name' is missing (the object has: namespace)"),
                            tuple("/inputs/2", "found 'loans'"),
                            tuple("/outputs", "found an object"));
            assertThat(model.warnings().get(4).location()).isEqualTo(new SourceLocation("sloppy.json", 3, 20,
                    "/run/runId"));
        }

        @Test
        void aJobAndADatasetWithTheSameIdAreAWarning() throws IOException {
            ImportedModel model = read("clash.json", """
                    {"eventType": "COMPLETE", "eventTime": "2024-05-01T12:00:00Z",
                     "run": {"runId": "3f5e83fa-3480-44ff-99c5-ff943904e5e8"},
                     "job": {"namespace": "ns", "name": "t"},
                     "outputs": [{"namespace": "ns", "name": "t"}],
                     "producer": "https://example.com/p", "schemaURL": "https://example.com/s"}
                    """);
            assertThat(model.lineage().lineage().edges()).isEmpty();
            assertThat(described(model.warnings())).containsExactly("clash.json:3:9: at /job: the job id 'ns/t', "
                    + "which is also the id of a dataset, expected jobs and datasets in different namespaces: "
                    + "datasets and jobs share one set of lineage ids");
        }

        @Test
        void jobAndDatasetEventsGiveTheirNodes() throws IOException {
            ImportedModel model = read("static.ndjson", """
                    {"eventTime": "2024-05-01T12:00:00Z", "job": {"namespace": "dbt", "name": "marts.loans"}, "inputs": [{"namespace": "pg://lake", "name": "raw.loans"}], "producer": "https://example.com/p", "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent"}
                    {"eventTime": "2024-05-01T12:00:00Z", "dataset": {"namespace": "pg://lake", "name": "raw.loans", "facets": {"version": {"_producer": "https://example.com/p", "_schemaURL": "https://example.com/s", "datasetVersion": "42"}}}, "producer": "https://example.com/p", "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent"}
                    """);
            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().jobs()).extracting(LineageJob::id).containsExactly("dbt/marts.loans");
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::id, LineageDataset::version)
                    .containsExactly(tuple("pg://lake/raw.loans", "42"));
            assertThat(model.lineage().lineage().edges())
                    .containsExactly(new LineageEdge("pg://lake/raw.loans", "dbt/marts.loans"));
        }
    }

    @Nested
    class UnusableFiles {

        @Test
        void aFileThatIsNotJsonIsAnError() throws IOException {
            Path file = Files.writeString(dir.resolve("events.json"), "{\"eventType\": \"START\",\n  run: {}}");
            ImportContext context = ImportContext.of(dir, dir);
            assertThatThrownBy(() -> importer.read(new SourceFile(file, "events.json"), context))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(described(e.problems()))
                            .singleElement().asString().startsWith("events.json:2:3: malformed JSON"));
        }

        @Test
        void aFileWithoutAnyEventIsAnError() throws IOException {
            assertThatThrownBy(() -> read("none.json", "[]")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(described(e.problems())).singleElement().asString()
                            .startsWith("none.json: no OpenLineage event in the file, expected an OpenLineage event"));
            assertThatThrownBy(() -> read("none.ndjson", "not json\n\n{\"a\": 1}\n"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(described(e.problems()))
                            .hasSize(3)
                            .satisfies(problems -> assertThat(problems.get(0)).startsWith("none.ndjson:1:"))
                            .satisfies(problems -> assertThat(problems.get(1)).startsWith(
                                    "none.ndjson:3:1: found an object with the keys a, not an event (line skipped)"))
                            .satisfies(problems -> assertThat(problems.get(2)).startsWith(
                                    "none.ndjson: no OpenLineage event in the file")));
            assertThatThrownBy(() -> read("number.json", "42")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(described(e.problems())).singleElement().asString()
                            .startsWith("number.json:1:1: found the number 42, expected an OpenLineage event"));
        }
    }

    /** A model folder whose lineage was recorded by OpenLineage, next to the team's model.yaml and lineage.yaml. */
    @Nested
    class InAModelFolder {

        private static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");
        private static final String TABLE = "postgres://lake.example.com:5432/credit.public.loan_applications";
        private static final String ARTIFACT = "file/srv/ci/credit-scoring/artifacts/credit-scoring-3.2.0.onnx";

        private Path project() {
            try {
                return Path.of(OpenLineageImporterTest.class.getClassLoader()
                        .getResource("imports/openlineage/project").toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private GovernedModel load(Path base) {
            List<GovernedModel> models = new ModelInventoryLoader(base, List.of(new OpenLineageImporter()))
                    .load(base.resolve("src/main/models"));
            assertThat(models).hasSize(1);
            return models.get(0);
        }

        @Test
        void eventFilesJoinTheNativeLineageWhichWinsFieldByField() {
            GovernedModel model = load(project());
            String folder = "src/main/models/credit-scoring/";
            assertThat(model.id()).isEqualTo("credit-scoring");
            assertThat(model.inputs()).extracting(InputFile::path, InputFile::kind).containsExactly(
                    tuple(folder + "model.yaml", "model"),
                    tuple(folder + "openlineage/ingest.ndjson", "openlineage"),
                    tuple(folder + "openlineage/train.json", "openlineage"),
                    tuple(folder + "lineage.yaml", "lineage"));
            assertThat(model.inputWarnings()).isEmpty();
            Lineage lineage = model.lineage();
            assertThat(lineage.datasets()).extracting(LineageDataset::id)
                    .containsExactly(TABLE, "s3://bank-raw/applications/2024q4", ARTIFACT);
            LineageDataset table = lineage.dataset(TABLE).orElseThrow();
            assertThat(table.owner()).isEqualTo("Credit Data Office");
            assertThat(table.name()).isEqualTo("Loan applications");
            assertThat(table.pii()).isEqualTo("personal");
            assertThat(table.source()).isEqualTo("postgres://lake.example.com:5432");
            assertThat(table.version()).isEqualTo("2024-12-31");
            assertThat(table.description()).isEqualTo("Schema: application_id (BIGINT), income (NUMERIC), "
                    + "defaulted_12m (BOOLEAN).");
            assertThat(lineage.dataset("s3://bank-raw/applications/2024q4").orElseThrow().owner())
                    .isEqualTo("team:origination");
            assertThat(lineage.jobs()).containsExactly(
                    new LineageJob("airflow-credit/load_applications.copy_to_lake", "load_applications.copy_to_lake",
                            "other", "0193c5a0-8c11-7d2e-9a41-3f6b2d7e1a01", "team:credit-data", null),
                    new LineageJob("credit-ml/train_credit_scorer", "train_credit_scorer", "training",
                            "0199a1f2-4b7c-7e10-8d25-6c1e9f0b3a77", "Dana Whitfield",
                            "https://git.example.com/credit/scoring.git@9f1c2e7"));
            assertThat(lineage.edges()).containsExactly(
                    new LineageEdge("s3://bank-raw/applications/2024q4", "airflow-credit/load_applications.copy_to_lake"),
                    new LineageEdge("airflow-credit/load_applications.copy_to_lake", TABLE),
                    new LineageEdge(TABLE, "credit-ml/train_credit_scorer"),
                    new LineageEdge("credit-ml/train_credit_scorer", ARTIFACT),
                    new LineageEdge(ARTIFACT, "model-artifact"));
        }

        @Test
        void theCoreRulesRunOnTheImportedLineage() {
            List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                    .evaluate(load(project()), AS_OF);
            assertThat(findings).filteredOn(f -> f.status() == FindingStatus.ERROR).isEmpty();
            assertThat(findings).filteredOn(f -> List.of("core.training-data-traced", "core.data-sources-owned",
                            "core.inputs-read-completely").contains(f.ruleId()))
                    .extracting(Finding::ruleId, Finding::status).containsExactlyInAnyOrder(
                            tuple("core.training-data-traced", FindingStatus.PASSED),
                            tuple("core.data-sources-owned", FindingStatus.PASSED),
                            tuple("core.inputs-read-completely", FindingStatus.PASSED));
        }

        @Test
        void warningsOfAnEventFileBecomeAFindingOfTheModel() throws IOException {
            Path models = Files.createDirectories(dir.resolve("src/main/models/scorer/openlineage"));
            Files.writeString(models.getParent().resolve("model.yaml"), """
                    id: scorer
                    name: Scorer
                    version: 1.0.0
                    """);
            Files.copy(Corpus.file("openlineage/event_no_run_id.json"), models.resolve("event_no_run_id.json"));
            GovernedModel model = load(dir);
            assertThat(model.lineage().jobs()).extracting(LineageJob::id).containsExactly(SCHEDULER + "/myjob");
            assertThat(described(model.inputWarnings())).containsExactly("src/main/models/scorer/openlineage/"
                    + "event_no_run_id.json:4:3: at /run/runId: 'runId' is missing, expected the run's id, a UUID "
                    + "(required by the OpenLineage spec in a RunEvent)");
            List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                    .evaluate(model, AS_OF);
            assertThat(findings).filteredOn(f -> f.ruleId().equals("core.inputs-read-completely")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.status()).isEqualTo(FindingStatus.FAILED);
                        assertThat(f.message()).contains("event_no_run_id.json:4 at /run/runId");
                    });
        }

        @Test
        void eventsAloneDoNotMakeAModel() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("src/main/models/orphan"));
            Files.writeString(folder.resolve("events.ndjson"), Files.readString(
                    Corpus.file("openlineage/event_simple.json")).replaceAll("\\s*\n\\s*", "") + "\n");
            assertThatThrownBy(() -> load(dir)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(described(e.problems())).singleElement().asString()
                            .startsWith("src/main/models/orphan: no model.yaml in folder src/main/models/orphan")
                            .contains("OpenLineage events"));
        }
    }
}
