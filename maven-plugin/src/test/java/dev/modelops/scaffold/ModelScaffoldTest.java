package dev.modelops.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.pipeline.GovernanceCheck;
import dev.modelops.render.ReportOptions;
import dev.modelops.validate.ScaffoldPlaceholders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaffold modelops:init writes: refused while unfilled, passing {@code core} once filled in. */
class ModelScaffoldTest {

    /** What a user writes in place of each placeholder, as the invoker IT init-scaffolds-model does too. */
    static final Map<String, String> FILLED_IN = new LinkedHashMap<>();

    static {
        Map<String, String> f = FILLED_IN;
        f.put("the model's name as people know it, such as Card fraud scorer", "\"Card payment fraud score\"");
        f.put("the version, such as 1.0.0", "\"1.0.0\"");
        f.put("classifier, regression, llm, ranking, rules or other", "classifier");
        f.put("what the model does and how it works", "\"Gradient-boosted trees scoring card payments for fraud.\"");
        f.put("proprietary or a licence id such as Apache-2.0", "proprietary");
        f.put("low, medium, high or critical", "high");
        f.put("development, validation, production or retired", "validation");
        f.put("the owner's full name", "\"Alex Moreau\"");
        f.put("the owner's e-mail address", "alex.moreau@example.com");
        f.put("the owner's team or department", "\"Fraud Analytics\"");
        f.put("the developer's full name", "\"Sam Okafor\"");
        f.put("the developer's e-mail address", "sam.okafor@example.com");
        f.put("the developer's team", "\"Fraud Analytics\"");
        f.put("the validator's full name (not the owner, not the developer)", "\"Rita Novak\"");
        f.put("the validator's e-mail address", "rita.novak@example.com");
        f.put("the validator's team, such as Model Validation", "\"Model Validation\"");
        f.put("the use the model was built and validated for", "\"Rank card payments for review by fraud analysts.\"");
        f.put("a use the model must not be put to", "\"Blocking cards without human review.\"");
        f.put("a known limitation of the model", "\"Not validated on business cards.\"");
        f.put("an ethical consideration and how it was addressed", "\"Alert rates are reviewed per region.\"");
        f.put("the training dataset's name and period", "\"Card payments 2024-2025\"");
        f.put("the test dataset's name and period", "\"Card payments 2026 Q1\"");
        f.put("the model file, relative to this folder or a URI, such as artifacts/model.onnx", "artifacts/fraud-score.onnx");
        f.put("the file's SHA-256, 64 lower-case hexadecimal digits",
                "3f4c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b");
        f.put("onnx, pickle, safetensors, pmml or other", "onnx");
        f.put("the day the evaluation was run, as YYYY-MM-DD", "\"2026-04-20\"");
        f.put("the AUC measured on the test data, a number such as 0.87", "0.91");
        f.put("the lowest acceptable AUC, fixed before testing, a number such as 0.8", "0.85");
        f.put("the training dataset's name", "\"Card payments 2024-2025\"");
        f.put("where the data comes from, such as jdbc:postgresql://lake/cards/transactions",
                "\"jdbc:postgresql://lake/cards/payments\"");
        f.put("the team accountable for the data", "\"Card Data Office\"");
        f.put("the test dataset's name", "\"Card payments 2026 Q1\"");
        f.put("where the test data comes from", "\"jdbc:postgresql://lake/cards/payments\"");
        f.put("the team accountable for the test data", "\"Card Data Office\"");
        f.put("what the training job is called", "\"Train the fraud score\"");
        f.put("who runs the training", "\"Sam Okafor\"");
        f.put("the training code's repository and commit, such as git+https://git.example.com/team/model.git@4be1f09",
                "\"git+https://git.example.com/fraud/score.git@4be1f09\"");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\"" + ScaffoldPlaceholders.MARKER + " ([^\"]*)\"");

    @TempDir
    Path project;

    private Path models() {
        return project.resolve("src/main/models");
    }

    @Test
    void writesTheThreeFilesWithTheIdInPlace() throws Exception {
        List<Path> created = new ModelScaffold().create(models(), "fraud-score", project);

        Path folder = models().resolve("fraud-score");
        assertThat(created).containsExactly(folder.resolve("model.yaml"), folder.resolve("evaluations/example.json"),
                folder.resolve("lineage.yaml"));
        assertThat(Files.readString(folder.resolve("model.yaml"))).contains("id: \"fraud-score\"\n")
                .contains("core.owner-present").doesNotContain("{{");
        assertThat(Files.readString(folder.resolve("lineage.yaml"))).contains("id: train-fraud-score\n")
                .contains("to: model-artifact").doesNotContain("{{");
        try (Stream<Path> files = Files.list(models())) {
            assertThat(files).as("no staging folder left").containsExactly(folder);
        }
    }

    @Test
    void anUnfilledScaffoldFailsTheCheckNamingEveryPlaceholderWithItsLine() throws Exception {
        new ModelScaffold().create(models(), "fraud-score", project);

        assertThatThrownBy(() -> check())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(FILLED_IN.size())
                            .allSatisfy(problem -> assertThat(problem.found()).startsWith("found the placeholder 'REPLACE: "));
                    assertThat(e.problems()).extracting(InputProblem::describe).contains(
                            "src/main/models/fraud-score/model.yaml:23:11: at /riskTier: found the placeholder 'REPLACE: "
                                    + "low, medium, high or critical' (written by modelops:init), expected the value it "
                                    + "asks for in place of the placeholder")
                            .anySatisfy(line -> assertThat(line).startsWith(
                                    "src/main/models/fraud-score/model.yaml:32:").contains("at /people/0/name: "))
                            .anySatisfy(line -> assertThat(line).startsWith(
                                    "src/main/models/fraud-score/evaluations/example.json:").contains("at /results/0/value: "))
                            .anySatisfy(line -> assertThat(line).startsWith(
                                    "src/main/models/fraud-score/lineage.yaml:").contains("at /datasets/0/owner: "));
                });
    }

    @Test
    void aScaffoldFilledInPassesCore() throws Exception {
        new ModelScaffold().create(models(), "fraud-score", project);
        fillIn(models().resolve("fraud-score"));

        CheckOutcome outcome = check();

        assertThat(outcome.result().models()).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo("fraud-score"));
        assertThat(outcome.verdict().blocksRelease()).isFalse();
        assertThat(outcome.result().findings()).as("no core rule fails, not even below the threshold")
                .noneMatch(finding -> finding.status().isViolation())
                .extracting(Finding::status).contains(FindingStatus.PASSED);
    }

    @Test
    void aPartlyFilledScaffoldStillFailsOnTheFreeTextLeft() throws Exception {
        new ModelScaffold().create(models(), "fraud-score", project);
        Path folder = models().resolve("fraud-score");
        fillIn(folder);
        Path model = folder.resolve("model.yaml");
        Files.writeString(model, Files.readString(model).replace("name: \"Rita Novak\"",
                "name: \"REPLACE: the validator's full name\""));

        assertThatThrownBy(() -> check()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.location().pointer()).isEqualTo("/people/2/name");
                    assertThat(problem.found()).contains("REPLACE: the validator's full name");
                }));
    }

    @Test
    void anIdThatIsNotAModelIdIsRefusedBeforeAnythingIsWritten() {
        for (String id : List.of("Fraud Score", "../escape", "", "-leading", "fraud/score", "fraud\"score", "a\nb")) {
            assertThatThrownBy(() -> new ModelScaffold().create(models(), id, project))
                    .as(id).isInstanceOf(ScaffoldRefusedException.class)
                    .hasMessageContaining("modelops.model is '" + id + "', which is not a model id; expected an id of "
                            + "lower-case letters, digits, '.', '_' and '-' that starts with a letter or digit");
        }
        assertThat(models()).doesNotExist();
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws Exception {
        Path folder = Files.createDirectories(models().resolve("fraud-score"));
        Files.writeString(folder.resolve("model.yaml"), "id: fraud-score\nname: Mine\n");

        assertThatThrownBy(() -> new ModelScaffold().create(models(), "fraud-score", project))
                .isInstanceOf(ScaffoldRefusedException.class)
                .hasMessage("The model folder src/main/models/fraud-score already exists; modelops:init never overwrites"
                        + " a model. Choose another id, or edit the files there");
        assertThat(Files.readString(folder.resolve("model.yaml"))).isEqualTo("id: fraud-score\nname: Mine\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    private CheckOutcome check() throws IOException {
        return new GovernanceCheck().run(new CheckSettings("Scaffold", project, models(), List.of("core"), List.of(),
                Severity.HIGH, Instant.parse("2026-11-20T00:00:00Z"), project.resolve("target/modelops"), List.of(),
                null, false, List.of(), new ReportOptions(false, null)));
    }

    /** Replaces every placeholder by its value in {@link #FILLED_IN}, failing on one the map does not know. */
    static void fillIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                StringBuilder filled = new StringBuilder();
                while (placeholder.find()) {
                    String value = FILLED_IN.get(placeholder.group(1));
                    assertThat(value).as("a value for the placeholder '%s' of %s", placeholder.group(1), file).isNotNull();
                    placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
                }
                placeholder.appendTail(filled);
                Files.writeString(file, filled);
                assertThat(PLACEHOLDER.matcher(filled).find()).as("a placeholder left in %s", file).isFalse();
            }
        }
    }
}
