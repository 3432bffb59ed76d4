package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Approval;
import dev.modelops.model.ModelMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding normally sees schema-checked trees; these cover what slips past a schema or a relaxed validator. */
class JsonBindingTest {

    private final StructuredFileParser parser = new StructuredFileParser();

    @Test
    void anImpossibleDateIsALocatedProblem() {
        LocatedDocument document = parser.parse("by: P\ndate: 2026-02-30\ndecision: approved\n", "a.yaml", true);
        assertThat(problemsOf(() -> JsonBinding.INSTANCE.bind(document.root(), Approval.class, document, ""))).containsExactly(
                "a.yaml:2:7: at /date: found '2026-02-30', expected a real calendar date written YYYY-MM-DD");
    }

    @Test
    void aPropertyTheRecordDoesNotHaveIsALocatedProblem() {
        LocatedDocument document = parser.parse("by: P\nwhen: today\n", "a.yaml", true);
        assertThat(problemsOf(() -> JsonBinding.INSTANCE.bind(document.root(), Approval.class, document, "")))
                .singleElement().asString().startsWith("a.yaml:2:1: at /when: an unknown property 'when', expected one of ");
    }

    @Test
    void aValueOfTheWrongKindIsALocatedProblem() {
        LocatedDocument document = parser.parse("id: m\npeople: {name: A}\n", "m.yaml", true);
        assertThat(problemsOf(() -> JsonBinding.INSTANCE.bind(document.root(), ModelMetadata.class, document, "")))
                .containsExactly("m.yaml:2:9: at /people: found an object, expected a list");
    }

    @Test
    void freeDataBecomesSortedPlainValues() {
        LocatedDocument document = parser.parse("extensions: {b: [1, 2.5, true, ~], a: {z: x, y: 10000000000}}\n", "m.yaml", true);
        ModelMetadata metadata = JsonBinding.INSTANCE.bind(document.root(), ModelMetadata.class, document, "");
        assertThat(metadata.extensions().keySet()).containsExactly("a", "b");
        assertThat(metadata.extensions().get("a")).isEqualTo(Map.of("y", 10000000000L, "z", "x"));
        assertThat(List.copyOf(((Map<?, ?>) metadata.extensions().get("a")).keySet())).isEqualTo(List.of("y", "z"));
        assertThat(metadata.extensions().get("b")).isEqualTo(java.util.Arrays.asList(1, 2.5, true, null));
    }
}
