package dev.modelops.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.Enforcement;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a rule pack document, already valid against {@code rule-pack.schema.json}, to a {@link RulePack},
 * remembering where each rule and each of its keys is so that later problems point at the right line.
 */
final class RulePackReader {

    private RulePackReader() {
    }

    /**
     * The pack in {@code document}, whose file's bytes have the digest {@code sha256}.
     *
     * @throws InvalidInputException when a parameter's default is not of its declared type
     */
    static RulePack read(LocatedDocument document, String sha256) {
        JsonNode root = document.root();
        String pack = text(root, "pack");
        String packWhen = text(root, "when");
        SourceLocation packWhenAt = packWhen == null ? null : document.locate("/when");
        List<Rule> rules = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        JsonNode ruleNodes = root.path("rules");
        for (int index = 0; index < ruleNodes.size(); index++) {
            rules.add(rule(document, ruleNodes.get(index), "/rules/" + index, pack, packWhen, packWhenAt, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> extendsPacks = new ArrayList<>();
        root.path("extends").forEach(entry -> extendsPacks.add(entry.asText()));
        return new RulePack(pack, text(root, "version"), text(root, "title"), text(root, "description"),
                document.file(), sha256, extendsPacks, packWhen, rules);
    }

    private static Rule rule(LocatedDocument document, JsonNode node, String pointer, String pack, String packWhen,
            SourceLocation packWhenAt, List<InputProblem> problems) {
        Map<String, SourceLocation> keyLocations = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(key -> keyLocations.put(key, document.locate(pointer + "/" + key)));
        if (packWhenAt != null) {
            keyLocations.put(Rule.PACK_WHEN_KEY, packWhenAt);
        }
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
                text(node, "locate"),
                Enforcement.parse(text(node, "enforcement")).orElse(Enforcement.FAIL),
                params(document, node.path("params"), pointer + "/params", text(node, "id"), problems),
                packWhen);
    }

    private static Map<String, RuleParameter> params(LocatedDocument document, JsonNode nodes, String pointer,
            String ruleId, List<InputProblem> problems) {
        Map<String, RuleParameter> params = new LinkedHashMap<>();
        nodes.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode declared = entry.getValue();
            String typeName = text(declared, "type");
            RuleParameter.Type type = RuleParameter.Type.parse(typeName).orElseThrow(() -> new IllegalStateException(
                    "The rule pack schema let through the parameter type '" + typeName + "'"));
            JsonNode defaultNode = declared.path("default");
            Optional<Object> value = defaultValue(type, defaultNode);
            if (value.isEmpty()) {
                String at = pointer + "/" + escape(name) + "/default";
                problems.add(new InputProblem(document.locate(at),
                        "rule " + ruleId + ": the default of parameter " + name + " is " + defaultNode
                                + ", not of its type " + type.label(),
                        type.expected()));
                return;
            }
            params.put(name, new RuleParameter(name, type, value.get(), text(declared, "description")));
        });
        return params;
    }

    /** A default as written in the rule file: JSON numbers for numbers, booleans, texts for strings and durations. */
    private static Optional<Object> defaultValue(RuleParameter.Type type, JsonNode node) {
        return switch (type) {
            case INTEGER -> node.isIntegralNumber() && node.canConvertToLong() ? Optional.of(node.longValue())
                    : Optional.empty();
            case NUMBER -> node.isNumber() && Double.isFinite(node.doubleValue()) ? Optional.of(node.doubleValue())
                    : Optional.empty();
            case BOOLEAN -> node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
            case STRING -> node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
            case DURATION -> node.isTextual() ? type.fromText(node.textValue()) : Optional.empty();
        };
    }

    private static List<Reference> references(JsonNode nodes) {
        List<Reference> references = new ArrayList<>();
        for (JsonNode node : nodes) {
            references.add(new Reference(text(node, "framework"), text(node, "clause")));
        }
        return references;
    }

    /** One JSON pointer reference token, escaped (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
