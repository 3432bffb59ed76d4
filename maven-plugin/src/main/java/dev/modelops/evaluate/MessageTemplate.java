package dev.modelops.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A finding message as written in a rule, split into literal text and {@code {{ expression }}} placeholders.
 * A placeholder ends at the first {@code }}}; an expression that needs two closing braces in a row writes them
 * with a space ({@code } }}). There is no escape for a literal {@code {{}: messages do not need one.
 */
record MessageTemplate(List<Part> parts) {

    static final String OPEN = "{{";
    static final String CLOSE = "}}";

    MessageTemplate {
        parts = List.copyOf(parts);
    }

    /** Literal text, or the CEL source of a placeholder (trimmed; {@code number} counts placeholders from 1). */
    record Part(String text, boolean placeholder, int number) {
    }

    /** The template, or what is wrong with it (an unclosed or empty placeholder). */
    static Parsed parse(String message) {
        List<Part> parts = new ArrayList<>();
        int position = 0;
        int placeholders = 0;
        while (position < message.length()) {
            int open = message.indexOf(OPEN, position);
            if (open < 0) {
                parts.add(new Part(message.substring(position), false, 0));
                break;
            }
            if (open > position) {
                parts.add(new Part(message.substring(position, open), false, 0));
            }
            placeholders++;
            int close = message.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                return Parsed.failure("placeholder " + placeholders + " opened with {{ at character " + (open + 1)
                        + " is never closed with }}");
            }
            String expression = message.substring(open + OPEN.length(), close).strip();
            if (expression.isEmpty()) {
                return Parsed.failure("placeholder " + placeholders + " at character " + (open + 1) + " is empty");
            }
            parts.add(new Part(expression, true, placeholders));
            position = close + CLOSE.length();
        }
        return new Parsed(new MessageTemplate(parts), null);
    }

    /** The outcome of {@link #parse}: a template, or an explanation of why there is none. */
    record Parsed(MessageTemplate template, String problem) {
        static Parsed failure(String problem) {
            return new Parsed(null, problem);
        }

        Optional<String> error() {
            return Optional.ofNullable(problem);
        }
    }
}
