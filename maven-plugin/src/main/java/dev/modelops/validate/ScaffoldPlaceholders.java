package dev.modelops.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.InputProblem;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the placeholders {@code modelops:init} writes into a new model folder ({@code "REPLACE: the owner's full
 * name"}) and that are still there. A placeholder is an input mistake like any other, reported with its file, line
 * and JSON pointer: a governance check must not pass a model whose owner is called "REPLACE: …", nor let a
 * placeholder in a free-text field slip through where the schema accepts any text.
 */
public final class ScaffoldPlaceholders {

    /** How every placeholder starts. */
    public static final String MARKER = "REPLACE:";

    private ScaffoldPlaceholders() {
    }

    /** The placeholders of {@code document}, by JSON pointer, in document order, with their text. */
    public static Map<String, String> find(LocatedDocument document) {
        Map<String, String> found = new LinkedHashMap<>();
        walk(document.root(), "", found);
        return found;
    }

    /** The problem a placeholder at {@code pointer} is. */
    public static InputProblem problem(LocatedDocument document, String pointer, String text) {
        return new InputProblem(document.locateValue(pointer),
                "found the placeholder '" + text.strip() + "' (written by modelops:init)",
                "the value it asks for in place of the placeholder");
    }

    private static void walk(JsonNode node, String pointer, Map<String, String> found) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            if (node.asText().strip().startsWith(MARKER)) {
                found.put(pointer, node.asText());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey().replace("~", "~0").replace("/", "~1");
                walk(field.getValue(), pointer + "/" + key, found);
            }
        }
    }
}
