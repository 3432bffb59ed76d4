package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.PublishedResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading a published {@code results.json} back for an inventory: a good file (written by the check, see
 * {@code PublishedResultsRoundTripTest} for every field), and each kind of file that must be refused with its
 * name, place and what was expected.
 */
class PublishedResultsReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/load/published-results");

    private final PublishedResultsReader reader = new PublishedResultsReader();

    @Test
    void readsAResultsFileTheCheckWrote() {
        PublishedResults results = reader.read(FIXTURES.resolve("results.json"), "team-a/results.json");

        assertThat(results.project()).isEqualTo("Retail credit models");
        assertThat(results.models()).hasSize(3);
        assertThat(results.findings()).hasSize(15);
        assertThat(results.sha256()).hasSize(64);
    }

    @Test
    void aFileThatIsNotWellFormedJsonIsRefusedAtItsLine() {
        InputProblem problem = problem("truncated.json");

        assertThat(problem.location().file()).isEqualTo("truncated.json");
        assertThat(problem.location().line()).isGreaterThan(1);
        assertThat(problem.expected()).contains("well-formed JSON");
    }

    @Test
    void aCycloneDxBomUnderTheWrongClassifierIsNamedAsSuch() {
        InputProblem problem = problem("cyclonedx-bom.json");

        assertThat(problem.describe()).isEqualTo("cyclonedx-bom.json:1:1: found a CycloneDX document without "
                + "formatVersion, not a modelops results file, expected the results.json of a modelops:check run "
                + "(results format 1, described by modelops/schemas/results.schema.json)");
    }

    @Test
    void aListIsNotAResultsFile() {
        assertThat(problem("list-at-top.json").describe()).startsWith("list-at-top.json:1:1: found an empty list at the top "
                + "of the file, expected the results.json of a modelops:check run");
    }

    @Test
    void aNewerFormatVersionIsRefusedAtTheVersionSayingWhichPluginWroteIt() {
        InputProblem problem = problem("format-version-2.json");

        assertThat(problem.describe()).isEqualTo("format-version-2.json:2:20: at /formatVersion: found formatVersion 2 "
                + "(the file was written by a newer modelops plugin; inventory it with that version), "
                + "expected formatVersion 1");
    }

    @Test
    void aValueTheSchemaDoesNotAllowIsRefusedAtItsLineAndPointer() {
        InputProblem problem = problem("finding-status-unknown.json");

        assertThat(problem.location().line()).isEqualTo(622);
        assertThat(problem.location().pointer()).isEqualTo("/findings/7/status");
        assertThat(problem.found()).isEqualTo("found 'skipped'");
        assertThat(problem.expected()).isEqualTo("one of passed, failed, not-applicable, error, waived");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(problem("no-such-results.json").describe()).isEqualTo("no-such-results.json: the file does not exist, "
                + "expected the results.json of a modelops:check run (results format 1, described by "
                + "modelops/schemas/results.schema.json)");
    }

    private InputProblem problem(String fixture) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read(FIXTURES.resolve(fixture), fixture));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        List<InputProblem> problems = ((InvalidInputException) thrown).problems();
        assertThat(problems).as(fixture).hasSize(1);
        return problems.get(0);
    }
}
