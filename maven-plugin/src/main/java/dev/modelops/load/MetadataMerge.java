package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.SourceLocation;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String pointer = "/" + escape(key);
                if (!merged.has(key)) {
                    merged.set(key, field.getValue().deepCopy());
                    copyLocations(source, pointer, locations, valueLocations);
                } else if (EXTENSIONS.equals(key) && merged.get(key) instanceof ObjectNode known
                        && field.getValue() instanceof ObjectNode more) {
                    for (Iterator<Map.Entry<String, JsonNode>> extra = more.fields(); extra.hasNext();) {
                        Map.Entry<String, JsonNode> extension = extra.next();
                        if (!known.has(extension.getKey())) {
                            known.set(extension.getKey(), extension.getValue().deepCopy());
                            copyLocations(source, pointer + "/" + escape(extension.getKey()), locations, valueLocations);
                        }
                    }
                }
            }
        }
        if (!merged.has("id")) {
            merged.put("id", folderName);
            locations.put("/id", folderLocation.withPointer("/id", folderLocation.line(), folderLocation.column()));
        }
        String file = sources.isEmpty() ? folderLocation.file() : sources.get(0).file();
        locations.put("", sources.isEmpty() ? SourceLocation.of(file) : sources.get(0).locate(""));
        return new LocatedDocument(merged, file, locations, valueLocations);
    }

    /** The locations of the node at {@code pointer} and of everything below it. */
    private static void copyLocations(LocatedDocument source, String pointer, Map<String, SourceLocation> locations,
            Map<String, SourceLocation> valueLocations) {
        source.locations().forEach((at, where) -> {
            if (at.equals(pointer) || at.startsWith(pointer + "/")) {
                locations.put(at, where);
            }
        });
        source.valueLocations().forEach((at, where) -> {
            if (at.equals(pointer) || at.startsWith(pointer + "/")) {
                valueLocations.put(at, where);
            }
        });
        if (!locations.containsKey(pointer)) {
            locations.put(pointer, source.locate(pointer));
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
