package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.SourceLocation;
import org.junit.jupiter.api.Test;

class MetadataMergeTest {

    private final StructuredFileParser parser = new StructuredFileParser();

    private LocatedDocument yaml(String file, String text) {
        return parser.parse(text, file, true);
    }

    @Test
    void theFirstSourceWinsKeyByKeyAndExtensionsAreMergedKeyByKey() {
        LocatedDocument model = yaml("models/sentiment/model.yaml",
                "id: sentiment\nversion: 2.0.0\nextensions:\n  inventoryNumber: MRM-2026-0001\n");
        LocatedDocument card = yaml("models/sentiment/README.md",
                "name: Review sentiment\nversion: 9.9.9\nlicense: apache-2.0\nextensions:\n  inventoryNumber: other\n"
                        + "  huggingface:\n    tags: [text-classification]\n");

        LocatedDocument merged = MetadataMerge.merge(java.util.List.of(model, card), "sentiment",
                SourceLocation.of("models/sentiment"));

        assertThat(merged.root().get("version").asText()).isEqualTo("2.0.0");
        assertThat(merged.root().get("name").asText()).isEqualTo("Review sentiment");
        assertThat(merged.root().at("/extensions/inventoryNumber").asText()).isEqualTo("MRM-2026-0001");
        assertThat(merged.root().at("/extensions/huggingface/tags/0").asText()).isEqualTo("text-classification");
        assertThat(merged.locate("/version")).hasToString("models/sentiment/model.yaml:2:1");
        assertThat(merged.locate("/license")).hasToString("models/sentiment/README.md:3:1");
        assertThat(merged.locate("/extensions/huggingface/tags")).hasToString("models/sentiment/README.md:7:5");
        assertThat(merged.file()).isEqualTo("models/sentiment/model.yaml");
    }

    @Test
    void withoutAnIdTheModelTakesItsFolderName() {
        LocatedDocument card = yaml("models/churn-gbm/README.md", "name: Churn GBM\n");

        LocatedDocument merged = MetadataMerge.merge(java.util.List.of(card), "churn-gbm",
                SourceLocation.of("models/churn-gbm"));

        assertThat(merged.root().get("id").asText()).isEqualTo("churn-gbm");
        assertThat(merged.locate("/id").file()).isEqualTo("models/churn-gbm");
    }
}
