package dev.modelops.model;

import java.util.List;

/**
 * A governance rule as declared in a rule pack, before compilation: what it checks ({@code expr}, a CEL
 * expression that must be true), when it applies ({@code when}, CEL, null for always), the message shown when
 * it fails (with {@code {{ cel }}} placeholders), the frameworks it evidences, and the metadata field it
 * concerns ({@code field}, a JSON pointer into model.yaml, for locating findings).
 */
public record Rule(
        String id,
        String title,
        String description,
        Severity severity,
        String when,
        String expr,
        String message,
        String field,
        List<Reference> references,
        String pack,
        SourceLocation source) {

    public Rule {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
