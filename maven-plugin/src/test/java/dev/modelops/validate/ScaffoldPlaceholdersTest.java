package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.load.LocatedDocument;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholders left by modelops:init are input problems, one per placeholder, wherever they are. */
class ScaffoldPlaceholdersTest {

    private final SchemaValidator validator = new SchemaValidator();
    private final StructuredFileParser parser = new StructuredFileParser();

    private List<String> modelProblems(String yaml) {
        LocatedDocument document = parser.parse(yaml, "model.yaml", true);
        return validator.validate(document, SchemaValidator.MODEL).stream().map(InputProblem::describe).toList();
    }

    @Test
    void aPlaceholderInFreeTextIsAProblemThoughTheSchemaAcceptsAnyText() {
        assertThat(modelProblems("""
                id: fraud-score
                name: Fraud score
                people:
                  - {name: "REPLACE: the owner's full name", role: owner}
                """)).containsExactly("model.yaml:4:12: at /people/0/name: found the placeholder 'REPLACE: the owner's"
                + " full name' (written by modelops:init), expected the value it asks for in place of the placeholder");
    }

    @Test
    void aPlaceholderTheSchemaRefusesTooIsReportedOnceAsAPlaceholder() {
        assertThat(modelProblems("""
                id: fraud-score
                name: Fraud score
                riskTier: "REPLACE: low, medium, high or critical"
                artifact: {path: m.onnx, sha256: "REPLACE: the file's SHA-256"}
                """)).hasSize(2).allSatisfy(problem -> assertThat(problem).contains("found the placeholder 'REPLACE: "))
                .anySatisfy(problem -> assertThat(problem).contains("at /riskTier: "))
                .anySatisfy(problem -> assertThat(problem).contains("at /artifact/sha256: "));
    }

    @Test
    void otherProblemsOfTheFileAreStillReported() {
        assertThat(modelProblems("""
                id: fraud-score
                name: Fraud score
                status: live
                description: "REPLACE: what the model does"
                """)).hasSize(2).anySatisfy(problem -> assertThat(problem).contains("at /status: found 'live'"))
                .anySatisfy(problem -> assertThat(problem).contains("at /description: found the placeholder"));
    }

    @Test
    void keysAreEscapedInThePointerAndTextMerelyMentioningTheMarkerIsFine() {
        LocatedDocument document = parser.parse("""
                id: fraud-score
                name: "Replaces the REPLACE: rules of the old scorer"
                extensions: {"a/b": "REPLACE: a value", "c~d": ["REPLACE: another"]}
                """, "model.yaml", true);

        assertThat(ScaffoldPlaceholders.find(document)).containsOnlyKeys("/extensions/a~1b", "/extensions/c~0d/0");
    }
}
