package dev.modelops.load;

import dev.modelops.model.Lineage;
import dev.modelops.model.SourceLocation;
import java.util.Map;

/**
 * The lineage read from one file, and where its parts are, so that checks on the merged graph of a model
 * (duplicate ids, edges to nowhere) can point at lines. Locations are keyed by pointers into the native
 * layout, whatever the file's format: {@code /datasets/0}, {@code /jobs/2/id}, {@code /edges/1/from}. A reader
 * that cannot locate a part leaves it out; messages then name the file only.
 */
public record LineageDocument(String file, Lineage lineage, Map<String, SourceLocation> locations) {

    public LineageDocument {
        lineage = lineage == null ? Lineage.EMPTY : lineage;
        locations = Map.copyOf(locations);
    }

    /** The location of a part, or of its nearest located ancestor, or the file. */
    public SourceLocation locate(String pointer) {
        String current = pointer;
        while (true) {
            SourceLocation found = locations.get(current);
            if (found != null) {
                return found.withPointer(pointer, found.line(), found.column());
            }
            if (current.isEmpty()) {
                return new SourceLocation(file, 0, 0, pointer);
            }
            current = current.substring(0, Math.max(current.lastIndexOf('/'), 0));
        }
    }
}
