package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.runtime.CelEvaluationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationErrorsTest {

    @Test
    void celPositionBecomesACharacterNumber() {
        CelEvaluationException error = new CelEvaluationException("evaluation error at expr:12: / by zero");

        assertThat(EvaluationErrors.describe(error)).isEqualTo("division by zero (at character 13)");
    }

    @Test
    void anEngineFailureWithoutMessageNamesItsCause() {
        CelEvaluationException error = new CelEvaluationException("evaluation error at expr:5: ",
                new NullPointerException());

        assertThat(EvaluationErrors.describe(error)).isEqualTo("NullPointerException (at character 6)");
    }

    @Test
    void aCauseAlreadyInTheMessageIsNotRepeated() {
        CelEvaluationException error = new CelEvaluationException("evaluation error at expr:1: bad value.",
                new IllegalArgumentException("bad value"));

        assertThat(EvaluationErrors.describe(error)).isEqualTo("bad value (at character 2)");
    }

    @Test
    void aPlainRuntimeExceptionIsNamed() {
        assertThat(EvaluationErrors.describe(new IllegalStateException("broken"))).isEqualTo(
                "IllegalStateException: broken");
    }

    @Test
    void celTypeNames() {
        assertThat(EvaluationErrors.celTypeName("a")).isEqualTo("string");
        assertThat(EvaluationErrors.celTypeName(1L)).isEqualTo("int");
        assertThat(EvaluationErrors.celTypeName(1.5)).isEqualTo("double");
        assertThat(EvaluationErrors.celTypeName(Instant.EPOCH)).isEqualTo("timestamp");
        assertThat(EvaluationErrors.celTypeName(List.of())).isEqualTo("list");
        assertThat(EvaluationErrors.celTypeName(Map.of())).isEqualTo("map");
        assertThat(EvaluationErrors.celTypeName(null)).isEqualTo("null");
    }
}
