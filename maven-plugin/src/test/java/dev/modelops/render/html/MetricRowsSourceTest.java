package dev.modelops.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How the metrics table names its sources: within the folder they share, long run ids cut, never lost. */
class MetricRowsSourceTest {

    private static MetricResult at(String file) {
        return new MetricResult("auc", 0.8, new TreeMap<>(), null, null, null, null, new SourceLocation(file, 3, 0, ""));
    }

    @Test
    void theFolderIsTheOneEveryFileIsIn() {
        assertThat(MetricRows.sourceFolder(List.of(at("src/main/models/m/evaluations/a.json"),
                at("src/main/models/m/evaluations/b.csv")))).isEqualTo("src/main/models/m/evaluations/");
        assertThat(MetricRows.sourceFolder(List.of(at("src/main/models/m/evaluations/a.json"),
                at("src/main/models/m/mlruns/1/x/metrics/auc")))).isEqualTo("src/main/models/m/");
        assertThat(MetricRows.sourceFolder(List.of(at("src/main/models/m/evaluations-2026/a.json"),
                at("src/main/models/m/evaluations/a.json")))).as("a common prefix that is not a folder")
                .isEqualTo("src/main/models/m/");
        assertThat(MetricRows.sourceFolder(List.of(at("a.json"), at("src/b.json")))).isEmpty();
        assertThat(MetricRows.sourceFolder(List.of())).isEmpty();
    }

    @Test
    void aSourceIsNamedWithinTheFolderWithLongRunIdsCut() {
        assertThat(MetricRows.within("src/main/models/m/evaluations/holdout.json:5", "src/main/models/m/evaluations/"))
                .isEqualTo("holdout.json:5");
        assertThat(MetricRows.within(
                "src/main/models/m/mlruns/284671935102846713/b7e2c41d9f0a4e8c8a1f3d5e6c7b9a20/metrics/roc_auc:3",
                "src/main/models/m/")).isEqualTo("mlruns/284671\u20266713/b7e2c4\u20269a20/metrics/roc_auc:3");
        assertThat(MetricRows.within("other/place/a-very-long-file-name-kept-whole.json:2", "src/main/"))
                .isEqualTo("other/place/a-very-long-file-name-kept-whole.json:2");
        assertThat(MetricRows.within("\u2014", "src/main/")).isEqualTo("\u2014");
    }
}
