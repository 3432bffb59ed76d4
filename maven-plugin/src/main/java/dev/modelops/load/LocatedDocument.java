package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.SourceLocation;
import java.util.Map;

/**
 * A parsed YAML or JSON document together with where each of its nodes starts: a map from JSON pointer
 * ({@code ""} for the root, {@code /people/0/name} for a nested field) to file, line and column. Schema and
 * binding errors report JSON pointers; this map turns them into lines a user can jump to.
 */
public record LocatedDocument(JsonNode root, String file, Map<String, SourceLocation> locations) {

    public LocatedDocument {
        locations = Map.copyOf(locations);
    }

    /** The location of the node at {@code pointer}, or of its nearest located ancestor, or the file itself. */
    public SourceLocation locate(String pointer) {
        String current = pointer == null ? "" : pointer;
        while (true) {
            SourceLocation found = locations.get(current);
            if (found != null) {
                return found.withPointer(pointer == null ? "" : pointer, found.line(), found.column());
            }
            if (current.isEmpty()) {
                return new SourceLocation(file, 0, 0, pointer == null ? "" : pointer);
            }
            int slash = current.lastIndexOf('/');
            current = slash <= 0 ? "" : current.substring(0, slash);
        }
    }
}
