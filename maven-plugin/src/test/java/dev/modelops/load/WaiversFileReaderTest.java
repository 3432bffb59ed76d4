package dev.modelops.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversFileReaderTest {

    @TempDir
    Path project;

    @Test
    void readsEachWaiverAtItsLineWithTheFileAsEvidence() throws Exception {
        Path file = write("""
                # Approved exceptions
                waivers:
                  - rule: core.slice-thresholds-met
                    model: churn-prediction
                    modelVersion: "2.1.0"
                    justification: Small-business recall is monitored monthly.
                    approver: {name: Jonathan Achebe, email: jonathan.achebe@example.com}
                    ticket: MRM-F-2026-044
                    expires: 2027-03-31
                  - rule: core.owner-present
                    model: credit-scoring
                    justification: Owner leaves; successor named in the ticket.
                    approver: {name: Priya Raman}
                    ticket: MRM-2
                    expires: 2026-12-31
                """);

        WaiversFile read = new WaiversFileReader().read(file, project, true);

        assertThat(read.waivers()).hasSize(2);
        Waiver first = read.waivers().get(0);
        assertThat(first.ruleId()).isEqualTo("core.slice-thresholds-met");
        assertThat(first.modelVersion()).isEqualTo("2.1.0");
        assertThat(first.approverText()).isEqualTo("Jonathan Achebe <jonathan.achebe@example.com>");
        assertThat(first.expires()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(first.location().toString()).isEqualTo("src/main/modelops/waivers.yaml:3:5");
        assertThat(read.waivers().get(1).modelVersion()).isNull();
        assertThat(read.waivers().get(1).approverEmail()).isNull();
        assertThat(read.waivers().get(1).location().line()).isEqualTo(10);
        assertThat(read.file().path()).isEqualTo("src/main/modelops/waivers.yaml");
        assertThat(read.file().kind()).isEqualTo("waivers");
        assertThat(read.file().sha256()).hasSize(64);
    }

    @Test
    void schemaViolationsAreReportedAllAtOnceAtTheirLines() throws Exception {
        Path file = write("""
                waivers:
                  - rule: core.owner-present
                    model: credit-scoring
                    justification: "  "
                    approver: {email: nobody}
                    expires: 2027-02-30
                    reason: typo
                """);

        assertThatThrownBy(() -> new WaiversFileReader().read(file, project, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe)
                        .anySatisfy(p -> assertThat(p).contains("waivers.yaml:2", "ticket"))
                        .anySatisfy(p -> assertThat(p).contains("waivers.yaml:4", "a justification that is not blank"))
                        .anySatisfy(p -> assertThat(p).contains("waivers.yaml:5", "name"))
                        .anySatisfy(p -> assertThat(p).contains("waivers.yaml:6", "2027-02-30"))
                        .anySatisfy(p -> assertThat(p).contains("waivers.yaml:7", "reason")));
    }

    @Test
    void theDefaultFileMayBeAbsentButAConfiguredOneMustExist() {
        Path missing = project.resolve("src/main/modelops/waivers.yaml");

        assertThat(new WaiversFileReader().read(missing, project, false)).isEqualTo(WaiversFile.NONE);
        assertThatThrownBy(() -> new WaiversFileReader().read(missing, project, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("src/main/modelops/waivers.yaml: the waivers file does not exist");
    }

    private Path write(String text) throws Exception {
        Path file = project.resolve("src/main/modelops/waivers.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
