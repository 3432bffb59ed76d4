package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.SourceLocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges what a model folder's sources say about the model into one document in the native layout, checked and
 * bound like a {@code model.yaml}: the native file first, then each imported file in path order. A key keeps the
 * value of the first source that gives it, so the team's own {@code model.yaml} can correct or complete a card
 * written by another tool; {@code extensions} are merged key by key. Every value stays located in the file it
 * came from. Without any id the model takes its folder's name.
 */
final class MetadataMerge {

    private static final String EXTENSIONS = "extensions";

    private MetadataMerge() {
    }

    /**
     * @param sources the documents in order of precedence (the native file first), each an object
     * @param folderName the model folder's name, the id when no source gives one
     * @param folderLocation where the folder is, for an id taken from its name
     */
    static LocatedDocument merge(List<LocatedDocument> sources, String folderName, SourceLocation folderLocation) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        Map<String, SourceLocation> locations = new HashMap<>();
        Map<String, SourceLocation> valueLocations = new HashMap<>();
        for (LocatedDocument source : sources) {
            if (!(source.root() instanceof ObjectNode root)) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            Set<String> takenExtensions = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (!merged.has(key)) {
                    merged.set(key, field.getValue().deepCopy());
                    taken.add(escape(key));
                } else if (EXTENSIONS.equals(key) && merged.get(key) instanceof ObjectNode known
                        && field.getValue() instanceof ObjectNode more) {
                    for (Iterator<Map.Entry<String, JsonNode>> extra = more.fields(); extra.hasNext();) {
                        Map.Entry<String, JsonNode> extension = extra.next();
                        if (!known.has(extension.getKey())) {
                            known.set(extension.getKey(), extension.getValue().deepCopy());
                            takenExtensions.add(escape(extension.getKey()));
                        }
                    }
                }
            }
            copyLocations(source, taken, takenExtensions, locations, valueLocations);
        }
        if (!merged.has("id")) {
            merged.put("id", folderName);
            locations.put("/id", folderLocation.withPointer("/id", folderLocation.line(), folderLocation.column()));
        }
        String file = sources.isEmpty() ? folderLocation.file() : sources.get(0).file();
        locations.put("", sources.isEmpty() ? SourceLocation.of(file) : sources.get(0).locate(""));
        return new LocatedDocument(merged, file, locations, valueLocations);
    }

    /**
     * The locations of the members {@code taken} from {@code source} (top-level keys, escaped as in a pointer) and
     * of its {@code takenExtensions} (keys of {@code extensions}), and of everything below them. One pass over the
     * source's locations, however many keys it gives: an imported card has hundreds of located nodes.
     */
    private static void copyLocations(LocatedDocument source, Set<String> taken, Set<String> takenExtensions,
            Map<String, SourceLocation> locations, Map<String, SourceLocation> valueLocations) {
        if (taken.isEmpty() && takenExtensions.isEmpty()) {
            return;
        }
        source.locations().forEach((at, where) -> {
            if (isBelow(at, taken, takenExtensions)) {
                locations.put(at, where);
            }
        });
        source.valueLocations().forEach((at, where) -> {
            if (isBelow(at, taken, takenExtensions)) {
                valueLocations.put(at, where);
            }
        });
        for (String key : taken) {
            locations.computeIfAbsent("/" + key, source::locate);
        }
        for (String key : takenExtensions) {
            locations.computeIfAbsent("/" + EXTENSIONS + "/" + key, source::locate);
        }
    }

    /** True when {@code pointer} is a taken member, or below one. */
    private static boolean isBelow(String pointer, Set<String> taken, Set<String> takenExtensions) {
        if (pointer.isEmpty()) {
            return false;
        }
        int end = pointer.indexOf('/', 1);
        String top = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
        if (taken.contains(top)) {
            return true;
        }
        if (end < 0 || takenExtensions.isEmpty() || !EXTENSIONS.equals(top)) {
            return false;
        }
        int next = pointer.indexOf('/', end + 1);
        return takenExtensions.contains(next < 0 ? pointer.substring(end + 1) : pointer.substring(end + 1, next));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
