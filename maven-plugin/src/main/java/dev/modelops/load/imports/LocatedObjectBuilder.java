package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a document in the native layout ({@code /artifact/path}, {@code /extensions/mlflow/params/alpha}) from
 * values read in other files, each value located where it was written: the line of a key in an {@code MLmodel},
 * the first line of an MLflow parameter file. Objects on the way to a value are created as needed and located
 * where their first value is. Not thread-safe; one builder per file read.
 */
final class LocatedObjectBuilder {

    private final String file;
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final Map<String, SourceLocation> valueLocations = new HashMap<>();

    /** A builder of the document read from {@code file} (its display path). */
    LocatedObjectBuilder(String file) {
        this.file = file;
    }

    /** The JSON pointer of {@code tokens}, each escaped: {@code pointer("extensions", "mlflow", "a/b")}. */
    static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** True when a value is set at {@code pointer}. */
    boolean has(String pointer) {
        return !root.at(pointer).isMissingNode();
    }

    /** Sets the text {@code value} at {@code pointer}, located at {@code where}. */
    void put(String pointer, String value, SourceLocation where) {
        put(pointer, JsonNodeFactory.instance.textNode(value), where, where);
    }

    /** Sets {@code value} at {@code pointer}, its key at {@code key} and its value at {@code value}. */
    void put(String pointer, JsonNode value, SourceLocation key, SourceLocation valueWhere) {
        ObjectNode parent = parentOf(pointer, key);
        parent.set(lastToken(pointer), value);
        locations.put(pointer, key);
        valueLocations.put(pointer, valueWhere);
    }

    /**
     * Copies the node at {@code sourcePointer} of {@code source} to {@code pointer}, with the locations of it and
     * of everything below it.
     */
    void copy(String pointer, LocatedDocument source, String sourcePointer) {
        JsonNode node = source.root().at(sourcePointer);
        if (node.isMissingNode()) {
            return;
        }
        put(pointer, node.deepCopy(), source.locate(sourcePointer), source.locateValue(sourcePointer));
        String prefix = sourcePointer + "/";
        source.locations().forEach((at, where) -> {
            if (at.startsWith(prefix)) {
                locations.put(pointer + at.substring(sourcePointer.length()), where);
            }
        });
        source.valueLocations().forEach((at, where) -> {
            if (at.startsWith(prefix)) {
                valueLocations.put(pointer + at.substring(sourcePointer.length()), where);
            }
        });
    }

    /** The document, empty when nothing was set; its root is located at the start of the file. */
    LocatedDocument build() {
        Map<String, SourceLocation> keys = new HashMap<>(locations);
        keys.putIfAbsent("", new SourceLocation(file, 1, 1, ""));
        return new LocatedDocument(root.deepCopy(), file, keys, valueLocations);
    }

    private ObjectNode parentOf(String pointer, SourceLocation where) {
        ObjectNode current = root;
        int start = 1;
        int slash;
        while ((slash = pointer.indexOf('/', start)) > 0) {
            String token = unescape(pointer.substring(start, slash));
            String at = pointer.substring(0, slash);
            JsonNode child = current.get(token);
            if (!(child instanceof ObjectNode)) {
                child = current.putObject(token);
                locations.putIfAbsent(at, where);
                valueLocations.putIfAbsent(at, where);
            }
            current = (ObjectNode) child;
            start = slash + 1;
        }
        return current;
    }

    private static String lastToken(String pointer) {
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
