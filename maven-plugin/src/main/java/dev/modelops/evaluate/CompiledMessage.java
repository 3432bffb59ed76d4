package dev.modelops.evaluate;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.List;

/**
 * A finding message ready to render: literal text and compiled placeholders. A placeholder that cannot be
 * evaluated on a model renders as {@code <error: ...>} so that the finding still says what it can.
 */
final class CompiledMessage {

    /** A literal ({@code program == null}) or a compiled placeholder. */
    record Segment(String text, CelRuntime.Program program) {
    }

    private final List<Segment> segments;

    CompiledMessage(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    String render(CelVariableResolver variables) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.program() == null) {
                text.append(segment.text());
            } else {
                text.append(placeholder(segment, variables));
            }
        }
        return text.toString();
    }

    private static String placeholder(Segment segment, CelVariableResolver variables) {
        try {
            return ValueText.of(segment.program().eval(variables));
        } catch (CelEvaluationException | RuntimeException e) {
            // A runtime exception is the expression engine failing on this value: say so, keep the finding.
            return "<error: " + EvaluationErrors.describe(e) + ">";
        }
    }
}
