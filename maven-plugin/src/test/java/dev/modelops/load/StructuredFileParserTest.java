package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredFileParserTest {

    private final StructuredFileParser parser = new StructuredFileParser();

    @Test
    void locatesKeysAndValuesOfYaml() {
        LocatedDocument document = parser.parse("id: churn\nriskTier: extreme\npeople:\n  - {name: A, role: owner}\n",
                "model.yaml", true);
        assertThat(document.locate("/riskTier")).isEqualTo(new SourceLocation("model.yaml", 2, 1, "/riskTier"));
        assertThat(document.locateValue("/riskTier")).isEqualTo(new SourceLocation("model.yaml", 2, 11, "/riskTier"));
        assertThat(document.locate("/people/0/role")).isEqualTo(new SourceLocation("model.yaml", 4, 15, "/people/0/role"));
        assertThat(document.locate("/people/0/missing").line()).isEqualTo(4);
        assertThat(document.locate("/absent")).isEqualTo(new SourceLocation("model.yaml", 1, 1, "/absent"));
    }

    @Test
    void locatesValuesOfJson() {
        LocatedDocument document = parser.parse("{\n  \"results\": [\n    {\"metric\": \"auc\"}\n  ]\n}", "e.json", false);
        assertThat(document.locate("/results/0")).isEqualTo(new SourceLocation("e.json", 3, 5, "/results/0"));
        assertThat(document.locateValue("/results/0/metric").column()).isEqualTo(16);
    }

    @Test
    void unquotedYamlDatesStayText() {
        LocatedDocument document = parser.parse("date: 2026-09-14\n", "a.yaml", true);
        assertThat(document.root().get("date").isTextual()).isTrue();
        assertThat(document.root().get("date").asText()).isEqualTo("2026-09-14");
    }

    @Test
    void duplicateYamlKeyIsRefusedNamingBothLines() {
        assertThat(problemsOf(() -> parser.parse("id: a\nname: A\nid: b\n", "model.yaml", true))).containsExactly(
                "model.yaml:3:1: at /id: the key 'id' appears a second time (first on line 1), expected each key once");
    }

    @Test
    void duplicateJsonKeyIsRefused() {
        assertThat(problemsOf(() -> parser.parse("{\"a\": 1,\n \"a\": 2}", "x.json", false))).containsExactly(
                "x.json:2:2: at /a: the key 'a' appears a second time (first on line 1), expected each key once");
    }

    @Test
    void malformedYamlIsReportedWhereTheProblemIs() {
        assertThat(problemsOf(() -> parser.parse("a: 1\nb:\n\tc: 2\n", "x.yaml", true))).singleElement().asString()
                .startsWith("x.yaml:3:1: malformed YAML, while scanning for the next token: found character '\\t(TAB)'")
                .endsWith("expected well-formed YAML");
    }

    @Test
    void aMisindentedLineGetsAHintAboutIndentation() {
        assertThat(problemsOf(() -> parser.parse("people:\n  - name: Ada\n    role: owner\n   email: a@example.com\n",
                "model.yaml", true))).singleElement().asString()
                .startsWith("model.yaml:4:4: malformed YAML, ")
                .contains("(is this line indented like the lines around it?)");
    }

    @Test
    void anUnquotedColonGetsAHintAboutQuoting() {
        assertThat(problemsOf(() -> parser.parse("intendedUse: Rank loans: retail only\n", "model.yaml", true)))
                .singleElement().asString()
                .contains("mapping values are not allowed here (a value that contains ': ' must be quoted)");
    }

    @Test
    void malformedJsonIsReportedWhereTheProblemIs() {
        assertThat(problemsOf(() -> parser.parse("{\n  \"a\": 1,\n  \"b\": \n}", "x.json", false))).containsExactly(
                "x.json:4:1: malformed JSON, Unexpected character ('}' (code 125)): expected a value, expected well-formed JSON");
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            bomb.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = name;
        }
        assertThat(problemsOf(() -> parser.parse(bomb.toString(), "bomb.yaml", true))).containsExactly(
                "bomb.yaml:2:8: at /b/0: found the YAML alias '*a', "
                        + "expected the value written out in full (anchors and aliases are not supported)");
    }

    @Test
    void aliasesAndMergeKeysAreRefusedRatherThanReadAsTheirNames() {
        assertThat(problemsOf(() -> parser.parse("base: &b {x: 1}\nc:\n  <<: *b\n", "m.yaml", true)))
                .singleElement().asString().startsWith("m.yaml:3:7: at /c/<<: found the YAML alias '*b'");
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        assertThat(problemsOf(() -> parser.parse("a: 1\n---\nb: 2\n", "m.yaml", true))).containsExactly(
                "m.yaml:3:1: a second YAML document, expected one document per file");
    }

    @Test
    void contentAfterTheJsonValueIsRefused() {
        assertThat(problemsOf(() -> parser.parse("{\"a\": 1}\n{\"b\": 2}", "m.json", false))).containsExactly(
                "m.json:2:1: more content after the end of the JSON value, expected a single JSON value");
    }

    @Test
    void deepNestingIsRefusedWhereTheParserStopped() {
        String deep = "[".repeat(StructuredFileParser.MAX_NESTING_DEPTH + 1) + "]".repeat(StructuredFileParser.MAX_NESTING_DEPTH + 1);
        assertThat(problemsOf(() -> parser.parse(deep, "deep.json", false))).singleElement().asString()
                .isEqualTo("deep.json:1:66: lists and objects nested more than 64 levels deep (the parser's nesting limit),"
                        + " expected at most 64 levels of nesting");
    }

    @Test
    void emptyAndCommentOnlyFilesAreRefused() {
        assertThat(problemsOf(() -> parser.parse("# nothing yet\n", "m.yaml", true)))
                .containsExactly("m.yaml: the file is empty, expected a YAML document");
        assertThat(problemsOf(() -> parser.parse("  ", "m.json", false)))
                .containsExactly("m.json: the file is empty, expected a JSON document");
    }

    @Test
    void nonUtf8BytesAreRefusedAtTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.yaml");
        byte[] latin1 = "id: x\nname: Caf\u00e9 scorer\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertThat(problemsOf(() -> parser.parse(file, "model.yaml"))).containsExactly(
                "model.yaml:2:10: bytes that are not UTF-8 (was the file saved as Latin-1 or Windows-1252?), "
                        + "expected a UTF-8 text file");
    }

    @Test
    void aByteOrderMarkIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        Files.write(file, "\uFEFF{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(parser.parse(file, "model.json").root().get("id").asText()).isEqualTo("x");
    }

    @Test
    void markupIsKeptVerbatim() {
        assertThat(parser.parse("d: \"<script>alert('x')</script> & more\"\n", "m.yaml", true).root().get("d").asText())
                .isEqualTo("<script>alert('x')</script> & more");
    }
}
