package dev.modelops.load;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Test fixtures under src/test/resources/load, and a shortcut to the problems an input raises. */
final class Fixtures {

    private Fixtures() {
    }

    /** The folder of fixture {@code name}, as copied to the test classpath. */
    static Path project(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("load/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No fixture load/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems of the InvalidInputException {@code call} must throw, as printed. */
    static List<String> problemsOf(ThrowingCallable call) {
        List<String> described = new java.util.ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> e.problems().stream().map(InputProblem::describe).forEach(described::add));
        return described;
    }

    /** The InvalidInputException's problems themselves. */
    static List<InputProblem> problemRecordsOf(ThrowingCallable call) {
        List<InputProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> problems.addAll(e.problems()));
        return problems;
    }
}
