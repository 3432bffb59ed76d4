package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.LineageEdge;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLineageReaderTest {

    @TempDir
    Path dir;

    private final NativeLineageReader reader = new NativeLineageReader(new StructuredFileParser(), new SchemaValidator());

    @Test
    void readsDatasetsJobsAndEdgesWithTheirLocations() throws IOException {
        Path file = Files.writeString(dir.resolve("lineage.yaml"), """
                datasets:
                  - {id: raw, pii: sensitive, version: 2024-12-31}
                jobs:
                  - id: train
                    type: training
                edges:
                  - {from: raw, to: train}
                """);
        LineageDocument document = reader.read(new SourceFile(file, "lineage.yaml"));
        assertThat(document.lineage().datasets().get(0).pii()).isEqualTo("sensitive");
        assertThat(document.lineage().datasets().get(0).version()).isEqualTo("2024-12-31");
        assertThat(document.lineage().jobs().get(0).type()).isEqualTo("training");
        assertThat(document.lineage().edges()).containsExactly(new LineageEdge("raw", "train"));
        assertThat(document.locate("/jobs/0/id")).isEqualTo(new SourceLocation("lineage.yaml", 4, 9, "/jobs/0/id"));
        assertThat(document.locate("/edges/0/to").line()).isEqualTo(7);
        assertThat(document.locate("/nowhere")).isEqualTo(new SourceLocation("lineage.yaml", 1, 1, "/nowhere"));
    }

    @Test
    void schemaViolationsAreLocated() throws IOException {
        Path file = Files.writeString(dir.resolve("lineage.json"), """
                {
                  "datasets": [{"id": "raw", "pii": "secret"}],
                  "jobs": [{"id": "train", "type": "fit"}],
                  "edges": [{"from": "raw"}]
                }
                """);
        assertThat(problemsOf(() -> reader.read(new SourceFile(file, "lineage.json")))).containsExactly(
                "lineage.json:2:37: at /datasets/0/pii: found 'secret', expected one of none, pseudonymized, personal, sensitive",
                "lineage.json:3:36: at /jobs/0/type: found 'fit', expected one of ingest, transform, training, evaluation, other",
                "lineage.json:4:13: at /edges/0: the required property 'to' is missing, "
                        + "expected a value for 'to' (Id of the node the edge ends at: a dataset, a job, or model-artifact)");
    }

    @Test
    void anEmptyLineageIsValid() throws IOException {
        Path file = Files.writeString(dir.resolve("lineage.yaml"), "{}\n");
        assertThat(reader.read(new SourceFile(file, "lineage.yaml")).lineage().datasets()).isEmpty();
    }
}
