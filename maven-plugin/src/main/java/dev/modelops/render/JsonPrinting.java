package dev.modelops.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * How the JSON outputs (results.json, the ML-BOMs) are printed: two-space indentation, {@code \n} line endings
 * whatever the platform, {@code "key": value}, and {@code []} / {@code {}} for empty containers, so that the same
 * content always gives the same bytes and diffs read well.
 */
final class JsonPrinting {

    private JsonPrinting() {
    }

    /** A thread-safe writer printing that way. */
    static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper().writer(printer);
    }
}
