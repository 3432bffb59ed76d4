package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.SourceLocation;
import java.util.Map;

/**
 * A parsed YAML or JSON document together with where each of its nodes starts: a map from JSON pointer
 * ({@code ""} for the root, {@code /people/0/name} for a nested field) to file, line and column. Schema and
 * binding errors report JSON pointers; this map turns them into lines a user can jump to.
 *
 * <p>For an object member, {@link #locations()} holds where its key is (the line a finding about the field
 * should point at) and {@link #valueLocations()} where its value starts (the column a "wrong value" message
 * should point at). Array elements and the root have the same location in both.
 */
public record LocatedDocument(
        JsonNode root,
        String file,
        Map<String, SourceLocation> locations,
        Map<String, SourceLocation> valueLocations) {

    public LocatedDocument {
        locations = Map.copyOf(locations);
        valueLocations = Map.copyOf(valueLocations);
    }

    /** A document whose values are located where their keys are (for callers that only know one place). */
    public LocatedDocument(JsonNode root, String file, Map<String, SourceLocation> locations) {
        this(root, file, locations, Map.of());
    }

    /** The location of the node at {@code pointer} (its key, for a member), or of its nearest located ancestor, or the file itself. */
    public SourceLocation locate(String pointer) {
        return nearest(locations, pointer);
    }

    /** Like {@link #locate}, but where the value starts: for {@code riskTier: extreme}, at {@code extreme}. */
    public SourceLocation locateValue(String pointer) {
        String wanted = pointer == null ? "" : pointer;
        SourceLocation value = valueLocations.get(wanted);
        return value != null ? value.withPointer(wanted, value.line(), value.column()) : locate(wanted);
    }

    private SourceLocation nearest(Map<String, SourceLocation> known, String pointer) {
        String wanted = pointer == null ? "" : pointer;
        String current = wanted;
        while (true) {
            SourceLocation found = known.get(current);
            if (found != null) {
                return found.withPointer(wanted, found.line(), found.column());
            }
            if (current.isEmpty()) {
                return new SourceLocation(file, 0, 0, wanted);
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "" : current.substring(0, slash);
        }
    }
}
