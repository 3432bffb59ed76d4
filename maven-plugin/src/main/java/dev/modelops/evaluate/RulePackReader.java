package dev.modelops.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a rule pack document, already valid against {@code rule-pack.schema.json}, to a {@link RulePack},
 * remembering where each rule and each of its keys is so that later problems point at the right line.
 */
final class RulePackReader {

    private RulePackReader() {
    }

    /** The pack in {@code document}, whose file's bytes have the digest {@code sha256}. */
    static RulePack read(LocatedDocument document, String sha256) {
        JsonNode root = document.root();
        String pack = text(root, "pack");
        List<Rule> rules = new ArrayList<>();
        JsonNode ruleNodes = root.path("rules");
        for (int index = 0; index < ruleNodes.size(); index++) {
            rules.add(rule(document, ruleNodes.get(index), "/rules/" + index, pack));
        }
        return new RulePack(pack, text(root, "version"), text(root, "title"), text(root, "description"),
                document.file(), sha256, rules);
    }

    private static Rule rule(LocatedDocument document, JsonNode node, String pointer, String pack) {
        Map<String, SourceLocation> keyLocations = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(key -> keyLocations.put(key, document.locate(pointer + "/" + key)));
        String severity = text(node, "severity");
        return new Rule(
                text(node, "id"),
                text(node, "title"),
                text(node, "description"),
                Severity.parse(severity).orElseThrow(() -> new IllegalStateException(
                        "The rule pack schema let through the severity '" + severity + "'")),
                text(node, "when"),
                text(node, "expr"),
                text(node, "message"),
                text(node, "field"),
                references(node.path("references")),
                pack,
                document.locate(pointer),
                keyLocations,
                text(node, "locate"));
    }

    private static List<Reference> references(JsonNode nodes) {
        List<Reference> references = new ArrayList<>();
        for (JsonNode node : nodes) {
            references.add(new Reference(text(node, "framework"), text(node, "clause")));
        }
        return references;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
