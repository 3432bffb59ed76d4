package dev.modelops.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A governance rule as declared in a rule pack, before compilation: what it checks ({@code expr}, a CEL
 * expression that must be true), when it applies ({@code when}, CEL, null for always), the message shown when
 * it fails (with {@code {{ cel }}} placeholders), the frameworks it evidences, and the metadata field it
 * concerns ({@code field}, a JSON pointer into model.yaml, for locating findings). {@code source} is where the
 * rule starts in its pack file; {@code keyLocations} is where each of its keys ({@code expr}, {@code when},
 * {@code message} ...) is, so that a rule that does not compile is reported at the line of the faulty key.
 * {@code locate} (CEL, optional) picks, when the rule fails, the evaluation results or lineage entries the
 * violation is about; the finding then points at the first one's file and line instead of at {@code field}.
 * {@code enforcement} says what a violation does ({@link Enforcement#FAIL} unless declared or overridden);
 * {@code params} are the parameters the rule declares, by name in declaration order, each with its value in force.
 * {@code packWhen} is its pack's {@code when} (CEL, null when the pack applies to every model): the rule applies
 * only where both it and the rule's own {@code when} hold; its place in the pack file is the key location
 * {@value #PACK_WHEN_KEY}.
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
        SourceLocation source,
        Map<String, SourceLocation> keyLocations,
        String locate,
        Enforcement enforcement,
        Map<String, RuleParameter> params,
        String packWhen) {

    /** The key under which {@link #keyLocations()} holds where the pack's {@code when} is written. */
    public static final String PACK_WHEN_KEY = "pack when";

    public Rule {
        references = references == null ? List.of() : List.copyOf(references);
        keyLocations = keyLocations == null ? Map.of() : Map.copyOf(keyLocations);
        enforcement = enforcement == null ? Enforcement.FAIL : enforcement;
        // Declaration order is kept: reports list parameters as the rule author wrote them.
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A rule of a pack that applies to every model. */
    public Rule(String id, String title, String description, Severity severity, String when, String expr,
            String message, String field, List<Reference> references, String pack, SourceLocation source,
            Map<String, SourceLocation> keyLocations, String locate, Enforcement enforcement,
            Map<String, RuleParameter> params) {
        this(id, title, description, severity, when, expr, message, field, references, pack, source, keyLocations,
                locate, enforcement, params, null);
    }

    /** A rule enforced as {@code fail}, without parameters. */
    public Rule(String id, String title, String description, Severity severity, String when, String expr,
            String message, String field, List<Reference> references, String pack, SourceLocation source,
            Map<String, SourceLocation> keyLocations, String locate) {
        this(id, title, description, severity, when, expr, message, field, references, pack, source, keyLocations,
                locate, Enforcement.FAIL, Map.of(), null);
    }

    /** A rule whose keys are not located individually (built in code, or in tests): they all point at {@code source}. */
    public Rule(String id, String title, String description, Severity severity, String when, String expr,
            String message, String field, List<Reference> references, String pack, SourceLocation source) {
        this(id, title, description, severity, when, expr, message, field, references, pack, source, Map.of(), null);
    }

    /** A rule located key by key, without a {@code locate} expression. */
    public Rule(String id, String title, String description, Severity severity, String when, String expr,
            String message, String field, List<Reference> references, String pack, SourceLocation source,
            Map<String, SourceLocation> keyLocations) {
        this(id, title, description, severity, when, expr, message, field, references, pack, source, keyLocations,
                null);
    }

    /** This rule with another severity, enforcement and parameter values (a project's override). */
    public Rule overridden(Severity newSeverity, Enforcement newEnforcement, Map<String, RuleParameter> newParams) {
        return new Rule(id, title, description, newSeverity, when, expr, message, field, references, pack, source,
                keyLocations, locate, newEnforcement, newParams, packWhen);
    }

    /** The parameter values as CEL reads them in {@code params}. */
    public Map<String, Object> paramValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((name, parameter) -> values.put(name, parameter.value()));
        return Collections.unmodifiableMap(values);
    }

    /** Where the rule's key {@code key} (e.g. {@code expr}) is in its file; the rule's own location when unknown. */
    public SourceLocation locate(String key) {
        SourceLocation located = keyLocations.get(key);
        if (located != null) {
            return located;
        }
        return source == null ? SourceLocation.of("") : source;
    }
}
