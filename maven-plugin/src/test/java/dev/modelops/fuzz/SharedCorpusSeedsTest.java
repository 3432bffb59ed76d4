package dev.modelops.fuzz;

import dev.modelops.load.imports.Corpus;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared corpus of files written by other tools ({@code ../shared/corpus}), read in place since it is too large to
 * copy as seeds: every file of an importer's folder through that importer's fuzz target, in every surefire run.
 */
class SharedCorpusSeedsTest {

    private static final Map<String, Consumer<byte[]>> TARGETS = new TreeMap<>(Map.of(
            "huggingface", new HuggingFaceCardFuzzTest()::fuzz,
            "model-card-toolkit", new ModelCardToolkitFuzzTest()::fuzz,
            "cyclonedx", new CycloneDxFuzzTest()::fuzz,
            "openlineage", new OpenLineageJsonFuzzTest()::fuzz,
            "mlflow", new MlflowModelFuzzTest()::fuzz));

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("sharedCorpus")
    void sharedCorpusFileGivesAModelOrInvalidInput(String folder, String file) throws Exception {
        TARGETS.get(folder).accept(Files.readAllBytes(Corpus.file(folder + "/" + file)));
    }

    static Stream<Arguments> sharedCorpus() {
        return TARGETS.keySet().stream().flatMap(folder -> Corpus.folder(folder).stream()
                .map(file -> Arguments.of(folder, file.getFileName().toString())));
    }
}
