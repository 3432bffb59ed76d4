package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInImportersTest {

    @Test
    void everyImporterIsInForceUnlessTheConfigurationNamesSome() {
        assertThat(BuiltInImporters.names()).containsExactly("cyclonedx", "model-card-toolkit", "openlineage",
                "mlflow", "dvc", "huggingface");
        assertThat(BuiltInImporters.named(List.of())).extracting(ModelImporter::name)
                .containsExactlyElementsOf(BuiltInImporters.names());
        assertThat(BuiltInImporters.named(List.of(" HuggingFace ", "openlineage", "huggingface")))
                .extracting(ModelImporter::name).containsExactly("openlineage", "huggingface");
        assertThat(BuiltInImporters.named(List.of("none"))).isEmpty();
    }

    @Test
    void anUnknownImporterIsNamedWithTheClosestAndTheAvailableOnes() {
        assertThat(problemsOf(() -> BuiltInImporters.named(List.of("hugginface", "mlflow")))).containsExactly(
                "modelops.importers: an unknown importer 'hugginface' (did you mean huggingface?), expected importers "
                        + "among cyclonedx, model-card-toolkit, openlineage, mlflow, dvc, huggingface, or none");
    }
}
