package dev.modelops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.GovernedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticModelsTest {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyGeneratedModelIsValidInputForTheLoader(@TempDir Path project) {
        Path models = project.resolve("src/main/models");
        SyntheticModels.write(models, 300, 42L);

        List<GovernedModel> loaded = new ModelInventoryLoader(project).load(models);

        assertThat(loaded).hasSize(300);
        assertThat(loaded).allSatisfy(model -> assertThat(model.evaluations()).isNotEmpty());
    }

    @Test
    void writesThreeModelsInTheNativeFormats(@TempDir Path models) throws IOException {
        SyntheticModels.write(models, 3, 42L);

        try (Stream<Path> folders = Files.list(models)) {
            assertThat(folders.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("model-0001", "model-0002", "model-0003");
        }
        for (String id : List.of("model-0001", "model-0002", "model-0003")) {
            Path folder = models.resolve(id);
            Path modelFile = folder.resolve("model.yaml");
            Path lineageFile = folder.resolve("lineage.yaml");
            Path jsonFile = folder.resolve("evaluations/holdout.json");
            Path csvFile = folder.resolve("evaluations/slices.csv");
            assertThat(modelFile).isRegularFile();
            assertThat(lineageFile).isRegularFile();
            assertThat(jsonFile).isRegularFile();
            assertThat(csvFile).isRegularFile();

            JsonNode model = yaml.readTree(modelFile.toFile());
            assertThat(model.path("id").asText()).isEqualTo(id);
            assertThat(model.path("name").isTextual()).isTrue();
            assertThat(model.path("version").isTextual()).isTrue();

            JsonNode lineage = yaml.readTree(lineageFile.toFile());
            assertThat(lineage.path("datasets").size()).isBetween(3, 6);
            assertThat(lineage.path("jobs").size()).isEqualTo(2);
            Set<String> nodes = new HashSet<>(Set.of("model-artifact"));
            lineage.path("datasets").forEach(d -> nodes.add(d.path("id").asText()));
            lineage.path("jobs").forEach(j -> nodes.add(j.path("id").asText()));
            lineage.path("edges").forEach(e -> {
                assertThat(nodes).contains(e.path("from").asText(), e.path("to").asText());
            });
            model.path("datasets").forEach(d -> assertThat(nodes).contains(d.path("lineageRef").asText()));

            JsonNode evaluation = json.readTree(jsonFile.toFile());
            assertThat(evaluation.path("results").size()).isBetween(5, 10);
            evaluation.path("results").forEach(r -> {
                assertThat(r.path("metric").isTextual()).isTrue();
                assertThat(r.path("value").isNumber()).isTrue();
            });

            List<String> lines = Files.readAllLines(csvFile);
            assertThat(lines.get(0)).isEqualTo(SyntheticModels.CSV_HEADER);
            assertThat(lines.subList(1, lines.size())).hasSizeBetween(5, 10)
                    .allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(10));

            // The plugin's own parser is stricter than plain Jackson (duplicate keys, limits).
            StructuredFileParser parser = new StructuredFileParser();
            for (Path file : List.of(modelFile, lineageFile, jsonFile)) {
                assertThat(parser.parse(file, file.toString()).root().isObject()).isTrue();
            }
        }
    }

    @Test
    void formatsNumbersLikeARootLocaleFormat() {
        for (double value : new double[] {0, 0.00004, 0.00005, 0.1, 0.8123456, 1.0, 3.99995, 1234.56789, -0.25}) {
            assertThat(SyntheticModels.num(value)).isEqualTo(String.format(Locale.ROOT, "%.4f", value));
        }
    }

    @Test
    void isDeterministicForASeed(@TempDir Path first, @TempDir Path second) throws IOException {
        SyntheticModels.write(first, 5, 7L);
        SyntheticModels.write(second, 5, 7L);
        for (String file : List.of("model.yaml", "lineage.yaml", "evaluations/holdout.json", "evaluations/slices.csv")) {
            Path a = first.resolve("model-0004").resolve(file);
            Path b = second.resolve("model-0004").resolve(file);
            assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        }
    }
}
