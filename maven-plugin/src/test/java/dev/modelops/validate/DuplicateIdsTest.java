package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.InputProblem;
import dev.modelops.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIdsTest {

    @Test
    void eachRepeatNamesTheFirstDeclaration() {
        SourceLocation first = new SourceLocation("a/model.yaml", 1, 5, "/id");
        SourceLocation second = new SourceLocation("b/model.yaml", 2, 5, "/id");
        SourceLocation third = new SourceLocation("c/model.json", 3, 9, "/id");
        List<InputProblem> problems = DuplicateIds.find(List.of(new DuplicateIds.Occurrence("m", first),
                new DuplicateIds.Occurrence("other", new SourceLocation("d/model.yaml", 1, 5, "/id")),
                new DuplicateIds.Occurrence("m", second), new DuplicateIds.Occurrence("m", third)),
                "model id", "an id unique in the project");
        assertThat(problems).extracting(InputProblem::describe).containsExactly(
                "b/model.yaml:2:5: at /id: the model id 'm', already declared at a/model.yaml:1:5, expected an id unique in the project",
                "c/model.json:3:9: at /id: the model id 'm', already declared at a/model.yaml:1:5, expected an id unique in the project");
    }

    @Test
    void distinctIdsAreFine() {
        assertThat(DuplicateIds.find(List.of(new DuplicateIds.Occurrence("a", SourceLocation.of("x")),
                new DuplicateIds.Occurrence("b", SourceLocation.of("y"))), "model id", "unique")).isEmpty();
    }
}
