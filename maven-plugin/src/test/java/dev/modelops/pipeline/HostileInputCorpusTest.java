package dev.modelops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelops.FileTrees;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * A corpus of hostile and broken inputs, each with the exact outcome a user should see: an input problem at a
 * file and line with a key phrase, a finding, or a clean pass. Each case is the small, valid project in
 * {@code src/test/resources/hostile/base} with one thing broken (the table in {@link #corpus()}). For every
 * case, also: nothing but {@link InvalidInputException} escapes, no problem text leaks a parser's own words or
 * a stack trace, a failed run leaves neither an output nor a staging folder and does not touch the previous
 * report, and nothing is written outside the project nor into its inputs.
 */
class HostileInputCorpusTest {

    private static final Path BASE = Path.of("src/test/resources/hostile/base");
    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    private static final String MODELS = "src/main/models";
    private static final String FOLDER = MODELS + "/scorer/";
    private static final String MODEL = FOLDER + "model.yaml";
    private static final String HOLDOUT = FOLDER + "evaluations/holdout.json";
    private static final String SLICES = FOLDER + "evaluations/slices.csv";
    private static final String LINEAGE = FOLDER + "lineage.yaml";
    private static final String RULES = "src/main/modelops/team-rules.yaml";
    private static final String WAIVERS = "src/main/modelops/waivers.yaml";
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    /** Every free-text field of model.yaml, each carrying script, an event handler and a javascript: URL. */
    private static final String INJECTION = "<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>"
            + " [click](javascript:alert(1)) javascript:alert(1)";

    /** A report of the base project, published before each case so that a failed run can be shown to keep it. */
    @TempDir
    static Path previous;

    private static Path previousReport;

    @BeforeAll
    static void publishAPreviousReport() throws IOException {
        Path project = previous.resolve("project");
        FileTrees.copy(BASE, project);
        new GovernanceCheck().run(settings(project));
        previousReport = project.resolve("target/modelops");
    }

    static Stream<Case> corpus() {
        return Stream.of(
                // Malformed syntax
                problem("yaml-unclosed-quote", replace(MODEL, "name: Retail credit scorer", "name: \"Retail credit scorer"),
                        MODEL, 25, "started on line 2"),
                problem("yaml-tab-indentation", replace(MODEL, "  - {name: Priya Raman", "\t- {name: Priya Raman"),
                        MODEL, 12, "cannot start any token"),
                problem("yaml-trailing-garbage", append(MODEL, "---\nid: second\n"), MODEL, 26, "a second YAML document"),
                problem("yaml-duplicate-key", append(MODEL, "riskTier: low\n"), MODEL, 25, "appears a second time"),
                problem("json-trailing-garbage", append(HOLDOUT, "}\n"), HOLDOUT, 8, "unexpected close marker '}'"),
                problem("json-unclosed-string", replace(HOLDOUT, "\"holdout\"", "\"holdout"), HOLDOUT, 2,
                        "malformed JSON, Illegal unquoted character"),
                problem("json-truncated", write(HOLDOUT, "{\"dataset\": \"holdout\", \"results\": ["), HOLDOUT, 1,
                        "expected close marker for Array (opened on line 1, column 35)"),
                problem("csv-too-many-columns", append(SLICES, "auc,0.7,age_band=26-40,holdout,2026-09-01,extra\n"), SLICES, 3,
                        "found 6 fields, expected 5 fields"),
                problem("csv-too-few-columns", append(SLICES, "auc,0.7\n"), SLICES, 3, "found 2 fields, expected 5 fields"),
                problem("csv-unclosed-quote", append(SLICES, "auc,0.7,\"age_band=26-40,holdout,2026-09-01\n"), SLICES, 3,
                        "a quoted field that is never closed"),
                passes("csv-with-byte-order-mark", prepend(SLICES, "\uFEFF"), outcome -> assertThat(
                        outcome.result().models().get(0).evaluations()).hasSize(2)),
                passes("yaml-with-byte-order-mark", prepend(MODEL, "\uFEFF"), outcome -> assertThat(
                        outcome.result().models().get(0).id()).isEqualTo("scorer")),
                problem("empty-model-yaml", write(MODEL, ""), MODEL, 0, "the file is empty"),
                problem("comment-only-model-yaml", write(MODEL, "# nothing yet\n"), MODEL, 0, "the file is empty"),
                problem("empty-evaluation-json", write(HOLDOUT, ""), HOLDOUT, 0, "the file is empty"),
                problem("empty-csv", write(SLICES, ""), SLICES, 0, "the file is empty, expected a header row"),
                problem("model-yaml-is-a-list", write(MODEL, "- id: scorer\n- name: Retail credit scorer\n"), MODEL, 1,
                        "found a list of 2 items, expected an object (key: value pairs)"),
                problem("model-yaml-is-a-scalar", write(MODEL, "scorer\n"), MODEL, 1, "found 'scorer', expected an object (key: value pairs)"),
                problem("evaluation-json-is-a-list", write(HOLDOUT, "[{\"metric\": \"auc\", \"value\": 0.8}]"), HOLDOUT, 1,
                        "found a list of 1 item, expected an object"),
                problem("waivers-file-is-a-list", write(WAIVERS, "- rule: team.auc-floor\n"), WAIVERS, 1,
                        "found a list of 1 item, expected an object"),
                problem("rule-file-is-a-scalar", write(RULES, "just some text\n"), RULES, 1,
                        "found 'just some text', expected an object"),
                // Wrong types
                problem("risk-tier-a-list", replace(MODEL, "riskTier: high", "riskTier: [high, low]"), MODEL, 8,
                        "found a list of 2 items, expected one of low, medium, high, critical"),
                problem("metric-value-not-applicable-json", replace(HOLDOUT, "0.812", "\"n/a\""), HOLDOUT, 5,
                        "found 'n/a', expected a number"),
                problem("metric-value-not-applicable-csv", replace(SLICES, "0.771", "n/a"), SLICES, 2,
                        "found 'n/a' in column value, expected a number"),
                problem("date-not-a-date", replace(MODEL, "date: 2026-09-14", "date: last Tuesday"), MODEL, 21,
                        "found 'last Tuesday', expected a date written YYYY-MM-DD"),
                problem("date-not-on-the-calendar", replace(HOLDOUT, "2026-09-01", "2026-02-30"), HOLDOUT, 3,
                        "found '2026-02-30', expected a real calendar date"),
                problem("version-a-number", replace(MODEL, "version: 1.0.0", "version: 1.10"), MODEL, 3, "found the number 1.1, expected a text"),
                // Parser limits
                problem("yaml-alias-bomb", write(MODEL, billionLaughs()), MODEL, 5, "found the YAML alias '*a0'"),
                problem("yaml-10000-nested-lists", write(MODEL, "id: scorer\nname: x\nextensions: {deep: "
                        + "[".repeat(10_000) + "]".repeat(10_000) + "}\n"), MODEL, 3,
                        "nested more than 64 levels deep"),
                problem("yaml-10000-nested-maps", write(MODEL, "id: scorer\nname: x\nextensions: "
                        + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"), MODEL, 3,
                        "nested more than 64 levels deep"),
                problem("json-10000-nested-lists", write(HOLDOUT, "{\"dataset\": \"holdout\", \"results\": "
                        + "[".repeat(10_000) + "]".repeat(10_000) + "}"), HOLDOUT, 1,
                        "nested more than 64 levels deep"),
                problem("json-10000-nested-maps", write(HOLDOUT, "{\"dataset\": \"holdout\", \"x\": "
                        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}"), HOLDOUT, 1,
                        "nested more than 64 levels deep"),
                problem("evaluation-file-of-200-mb", sparse(HOLDOUT, TWO_HUNDRED_MB), HOLDOUT, 0, "a file of 209715200 bytes (200.0 MB), too large"),
                problem("model-yaml-of-200-mb", sparse(MODEL, TWO_HUNDRED_MB), MODEL, 0,
                        "at most 16777216 bytes (16.0 MB)"),
                // Paths that leave the project
                problem("evaluation-file-escapes-the-project",
                        replace(MODEL, "evaluations/holdout.json", "../../../../../../../etc/passwd"), MODEL, 23,
                        "leads out of the model folder"),
                problem("lineage-file-escapes-the-project", replace(MODEL, "lineageFiles: [lineage.yaml]",
                        "lineageFiles: [../../../../../../../etc/passwd]"), MODEL, 24,
                        "leads out of the model folder"),
                problem("evaluation-file-an-absolute-path", replace(MODEL, "evaluations/holdout.json", "/etc/passwd"),
                        MODEL, 23, "found '/etc/passwd', an absolute path"),
                passes("artifact-path-escapes-the-project-is-never-read",
                        replace(MODEL, "artifacts/scorer-1.0.0.onnx", "../../../../etc/passwd"),
                        outcome -> assertThat(outcome.result().models().get(0).inputs())
                                .noneMatch(input -> input.path().contains("passwd"))),
                problem("evaluation-file-a-link-out-of-the-project", linkOut(HOLDOUT, "secret.json"), MODEL, 23,
                        "outside the project"),
                problem("model-yaml-a-link-out-of-the-project", linkOut(MODEL, "secret.yaml"), MODEL, 0,
                        "is a link to"),
                problem("model-folder-a-link-out-of-the-project", linkOut(MODELS + "/elsewhere", "."),
                        MODELS + "/elsewhere", 0, "outside the project"),
                // Script and HTML in free text
                passes("html-and-script-in-every-free-text-field", write(MODEL, injectedModel()),
                        HostileInputCorpusTest::assertNoLiveMarkup),
                passes("javascript-urls-in-lineage", replace(LINEAGE, "\"jdbc:postgresql://lake/loans\"",
                        "\"javascript:alert(1)\"")
                        .and(replace(LINEAGE, "type: training,", "type: training, codeRef: \"javascript:alert(document.cookie)\",")),
                        HostileInputCorpusTest::assertNoLiveMarkup),
                // Rule expressions that cannot finish or cannot be computed
                passes("rule-loops-a-million-times", rule("[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b,"
                        + " [0,1,2,3,4,5,6,7,8,9].all(c, [0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e,"
                        + " [0,1,2,3,4,5,6,7,8,9].all(f, true))))))"), ruleError("iteration")),
                passes("rule-divides-by-zero", rule("1 / (size(evaluations) - size(evaluations)) == 0"),
                        ruleError("division by zero (at character 3)")),
                problem("rule-expression-too-long", rule("true" + " && true".repeat(2_000)), RULES, 13,
                        "expr is 16,004 characters long"),
                problem("rule-file-with-an-unknown-key", replace(RULES, "    severity: high", "    severity: high\n    sevrity: low"),
                        RULES, 8, "an unknown property 'sevrity'"),
                // References to nothing
                problem("waiver-for-an-unknown-rule", write(WAIVERS, waiver("team.no-such-rule", "scorer")), WAIVERS, 2,
                        "the rule 'team.no-such-rule', which is not a rule in force"),
                problem("waiver-for-an-unknown-model", write(WAIVERS, waiver("team.auc-floor", "no-such-model")), WAIVERS, 2,
                        "the model 'no-such-model', which is not in the model inventory"),
                problem("duplicate-model-ids", copyTree(FOLDER, MODELS + "/scorer-copy"),
                        MODELS + "/scorer-copy/model.yaml", 1,
                        "the model id 'scorer', already declared at src/main/models/scorer/model.yaml:1:5"),
                problem("lineage-edge-to-an-unknown-node", append(LINEAGE, "  - {from: train, to: nowhere}\n"), LINEAGE, 8,
                        "an edge to 'nowhere'"),
                problem("evaluation-file-listed-but-missing", replace(MODEL, "evaluations/holdout.json", "evaluations/gone.json"),
                        MODEL, 23,
                        "evaluations/gone.json does not exist"),
                // Encoding and odd bytes
                problem("latin-1-model-yaml", bytes(MODEL, ("id: scorer\nname: Mod\u00e8le de cr\u00e9dit\n")
                        .getBytes(StandardCharsets.ISO_8859_1)), MODEL, 2,
                        "bytes that are not UTF-8 (was the file saved as Latin-1"),
                problem("nul-byte-in-model-yaml", replace(MODEL, "name: Retail credit scorer", "name: Retail\0 scorer"),
                        MODEL, 2, "the control character U+0000 (a NUL byte)"),
                problem("nul-byte-in-csv", replace(SLICES, "holdout", "hold\0out"), SLICES, 2,
                        "the control character U+0000 (a NUL byte)"),
                problem("escaped-nul-in-json", replace(HOLDOUT, "\"holdout\"", "\"hold\\u0000out\""), HOLDOUT, 2,
                        "control character U+0000"),
                problem("escaped-nul-in-yaml", replace(MODEL, "name: Retail credit scorer", "name: \"Retail\\0 scorer\""),
                        MODEL, 2, "control character U+0000"),
                passes("file-named-with-spaces-and-unicode",
                        rename(HOLDOUT, FOLDER + "evaluations/holdout r\u00e9sum\u00e9 \u6d4b\u8bd5.json")
                                .and(replace(MODEL, "evaluations/holdout.json",
                                        "\"evaluations/holdout r\u00e9sum\u00e9 \u6d4b\u8bd5.json\"")),
                        outcome -> assertThat(outcome.result().models().get(0).inputs())
                                .anyMatch(input -> input.path().endsWith("holdout r\u00e9sum\u00e9 \u6d4b\u8bd5.json"))),
                // Project layout
                problem("model-json-and-model-yaml-both-present", write(FOLDER + "model.json", "{\"id\": \"scorer\"}"),
                        MODELS + "/scorer", 0, "several model files"),
                passes("empty-models-directory", deleteTree(FOLDER),
                        outcome -> assertThat(outcome.result().models()).isEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputHasItsExactOutcome(Case hostile, @TempDir Path root) throws IOException {
        Path project = root.resolve("project");
        Path outside = root.resolve("outside");
        FileTrees.copy(BASE, project);
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.json"), "{\"dataset\": \"secret\", \"results\": []}\n");
        Files.writeString(outside.resolve("secret.yaml"), "id: secret\nname: Not part of the project\n");
        hostile.setup().apply(project, outside);
        Map<String, String> inputs = tree(project);
        Map<String, String> outsideBefore = tree(outside);

        if (hostile.expected() instanceof Expected.Problem expected) {
            // Without a previous report: nothing at all is written.
            assertProblem(catchThrowable(() -> new GovernanceCheck().run(settings(project))), expected);
            assertThat(project.resolve("target")).doesNotExist();
            // With one: it is left exactly as it was, and no staging folder remains next to it.
            FileTrees.copy(previousReport, project.resolve("target/modelops"));
            Map<String, String> report = tree(project.resolve("target/modelops"));
            assertProblem(catchThrowable(() -> new GovernanceCheck().run(settings(project))), expected);
            assertThat(tree(project.resolve("target/modelops"))).isEqualTo(report);
            assertThat(names(project.resolve("target"))).containsExactly("modelops");
        } else if (hostile.expected() instanceof Expected.Passes expected) {
            FileTrees.copy(previousReport, project.resolve("target/modelops"));
            CheckOutcome outcome = new GovernanceCheck().run(settings(project));
            assertThat(outcome.renderSkipped()).isFalse();
            assertThat(names(project.resolve("target"))).containsExactly("modelops");
            expected.check().accept(outcome);
        }

        assertThat(withoutOutput(tree(project))).as("the project's inputs are untouched").isEqualTo(withoutOutput(inputs));
        assertThat(tree(outside)).as("nothing outside the project changed").isEqualTo(outsideBefore);
        assertThat(names(root)).as("nothing was written next to the project").containsExactly("outside", "project");
    }

    private static void assertProblem(Throwable thrown, Expected.Problem expected) {
        assertThat(thrown).as("only InvalidInputException may escape").isExactlyInstanceOf(InvalidInputException.class);
        List<InputProblem> problems = ((InvalidInputException) thrown).problems();
        assertThat(problems).as("problems").isNotEmpty();
        for (InputProblem problem : problems) {
            assertThat(problem.describe()).as("no parser's own words or stack trace")
                    .doesNotContain("Exception", "com.fasterxml", "org.yaml", "[Source:", "\tat ", "\n");
        }
        assertThat(problems).as("a problem at %s line %d mentioning '%s'", expected.file(), expected.line(), expected.phrase())
                .anySatisfy(problem -> {
                    assertThat(problem.location().file()).isEqualTo(expected.file());
                    assertThat(problem.location().line()).isEqualTo(expected.line());
                    assertThat(problem.describe().toLowerCase(Locale.ROOT))
                            .contains(expected.phrase().toLowerCase(Locale.ROOT));
                });
    }

    /** No script element, no event-handler attribute and no javascript: link in any rendered HTML page. */
    private static void assertNoLiveMarkup(CheckOutcome outcome) {
        Path output = outcome.settings().outputDirectory();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(output)) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(pages).isNotEmpty();
        boolean shown = false;
        for (Path page : pages) {
            Document document = parse(page);
            NodeList scripts = document.getElementsByTagNameNS("*", "script");
            for (int i = 0; i < scripts.getLength(); i++) {
                Element script = (Element) scripts.item(i);
                assertThat(script.getTextContent()).as("the page's own script in %s", page).doesNotContain("alert(");
                assertThat(script.hasAttribute("src")).as("a script loaded from elsewhere in %s", page).isFalse();
            }
            NodeList elements = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                assertThat(element.getLocalName()).as("in %s", page).isNotEqualTo("img").isNotEqualTo("iframe");
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Attr attribute = (Attr) attributes.item(a);
                    String name = attribute.getName().toLowerCase(Locale.ROOT);
                    assertThat(name).as("event handler in %s", page).doesNotStartWith("on");
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value).as("%s of <%s> in %s", name, element.getLocalName(), page)
                            .doesNotStartWith("javascript:");
                }
            }
            shown |= document.getDocumentElement().getTextContent().contains("alert(1)");
        }
        assertThat(shown).as("the injected text is shown, as text").isTrue();
    }

    private static Document parse(Path page) {
        try (InputStream in = Files.newInputStream(page)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XHTML: " + page, e);
        }
    }

    private static java.util.function.Consumer<CheckOutcome> ruleError(String phrase) {
        return outcome -> assertThat(outcome.result().findings())
                .filteredOn(finding -> finding.ruleId().equals("team.hostile"))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.status()).isEqualTo(FindingStatus.ERROR);
                    assertThat(finding.message().toLowerCase(Locale.ROOT)).contains(phrase);
                });
    }

    // --- the cases ---

    /** One row of the corpus; shown by its name. */
    record Case(String name, Setup setup, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a case expects. */
    sealed interface Expected {
        /** The check refuses the input with a problem at {@code file}, {@code line} (0: no line) naming {@code phrase}. */
        record Problem(String file, int line, String phrase) implements Expected {
        }

        /** The check runs and publishes its reports; {@code check} looks at what it produced. */
        record Passes(java.util.function.Consumer<CheckOutcome> check) implements Expected {
        }
    }

    /** How a case breaks the base project. */
    @FunctionalInterface
    interface Setup {
        void apply(Path project, Path outside) throws IOException;

        default Setup and(Setup next) {
            return (project, outside) -> {
                apply(project, outside);
                next.apply(project, outside);
            };
        }
    }

    private static Case problem(String name, Setup setup, String file, int line, String phrase) {
        return new Case(name, setup, new Expected.Problem(file, line, phrase));
    }

    private static Case passes(String name, Setup setup, java.util.function.Consumer<CheckOutcome> check) {
        return new Case(name, setup, new Expected.Passes(check));
    }

    private static Setup write(String file, String text) {
        return bytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Setup bytes(String file, byte[] content) {
        return (project, outside) -> {
            Path target = project.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        };
    }

    private static Setup replace(String file, String from, String to) {
        return (project, outside) -> {
            Path target = project.resolve(file);
            String text = Files.readString(target);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + " does not contain " + from);
            }
            Files.writeString(target, text.replace(from, to));
        };
    }

    private static Setup append(String file, String text) {
        return (project, outside) -> Files.writeString(project.resolve(file), Files.readString(project.resolve(file)) + text);
    }

    private static Setup prepend(String file, String text) {
        return (project, outside) -> Files.writeString(project.resolve(file), text + Files.readString(project.resolve(file)));
    }

    private static Setup copyTree(String from, String to) {
        return (project, outside) -> FileTrees.copy(project.resolve(from), project.resolve(to));
    }

    private static Setup rename(String from, String to) {
        return (project, outside) -> Files.move(project.resolve(from), project.resolve(to));
    }

    private static Setup deleteTree(String folder) {
        return (project, outside) -> {
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        };
    }

    /** A file of {@code size} bytes that takes no disk space and is never held in memory here. */
    private static Setup sparse(String file, long size) {
        return (project, outside) -> {
            try (RandomAccessFile raf = new RandomAccessFile(project.resolve(file).toFile(), "rw")) {
                raf.setLength(size);
            }
        };
    }

    /** Replaces {@code file} with a symbolic link to {@code target} in the folder outside the project. */
    private static Setup linkOut(String file, String target) {
        return (project, outside) -> {
            Path link = project.resolve(file);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, outside.resolve(target).normalize());
        };
    }

    private static Setup rule(String expression) {
        return append(RULES, """
                  - id: team.hostile
                    title: A rule that cannot be evaluated
                    severity: low
                    expr: '%s'
                    message: "Hostile rule on {{ model.id }}"
                """.formatted(expression.replace("'", "''")));
    }

    private static String waiver(String rule, String model) {
        return """
                waivers:
                  - rule: %s
                    model: %s
                    justification: Accepted until the next release.
                    approver: {name: Priya Raman}
                    ticket: MRM-1
                    expires: 2027-03-31
                """.formatted(rule, model);
    }

    /** The "billion laughs": nine levels of ten aliases each, a billion strings once expanded. */
    private static String billionLaughs() {
        StringBuilder text = new StringBuilder("id: scorer\nname: x\nextensions:\n  a0: &a0 [\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            text.append("  a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                text.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            text.append("]\n");
        }
        return text.toString();
    }

    private static String injectedModel() {
        String v = INJECTION;
        return """
                id: scorer
                name: "Scorer %1$s"
                version: 1.0.0
                type: classifier
                task: binary-classification
                description: "%1$s"
                license: "%1$s"
                riskTier: high
                status: production
                people:
                  - {name: "Dana %1$s", email: dana.whitfield@example.com, role: owner, organization: "%1$s"}
                  - {name: Priya Raman, role: validator}
                intendedUse: "%1$s"
                outOfScopeUses: ["%1$s"]
                limitations: ["%1$s"]
                ethicalConsiderations: ["%1$s"]
                recommendations: ["%1$s"]
                datasets:
                  - {name: "%1$s", role: training, lineageRef: loan-applications, description: "%1$s"}
                artifact: {path: "javascript:alert(1)", format: "%1$s"}
                approvals:
                  - {by: Priya Raman, role: validator, date: 2026-09-14, decision: approved, comment: "%1$s"}
                monitoring: {frequency: P30D, metrics: [auc], owner: "%1$s", description: "%1$s"}
                evaluationFiles: [evaluations/holdout.json, evaluations/slices.csv]
                lineageFiles: [lineage.yaml]
                extensions:
                  note: "%1$s"
                  "%1$s": "%1$s"
                """.formatted(v);
    }

    // --- helpers ---

    private static CheckSettings settings(Path project) {
        return new CheckSettings("Hostile", project, project.resolve(MODELS), List.of("core"),
                List.of(project.resolve(RULES)), Severity.HIGH, AS_OF, project.resolve("target/modelops"), List.of(),
                project.resolve(WAIVERS), false, List.of(), new ReportOptions(false, null));
    }

    /** Every file and link below {@code root}, by relative path, with the SHA-256 of its content or link target. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    files.put(name, Files.size(path) > 64L * 1024 * 1024 ? "large:" + Files.size(path) : sha256(path));
                } else {
                    files.put(name + "/", "");
                }
            }
        }
        return files;
    }

    private static Map<String, String> withoutOutput(Map<String, String> tree) {
        Map<String, String> inputs = new TreeMap<>(tree);
        inputs.keySet().removeIf(name -> name.startsWith("target/") || name.equals("target/"));
        return inputs;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
