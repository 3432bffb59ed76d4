package dev.modelops.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a YAML or JSON file into a {@link LocatedDocument}, recording the line and column of every node.
 * Limits protect the build from hostile input: deep nesting and huge documents are refused. YAML aliases are
 * refused outright: the streaming parser would hand back the alias name instead of the anchored value, so
 * accepting them would silently change what the author declared (and it also rules out alias bombs).
 * Duplicate keys, a second YAML document and trailing content are refused too, since each would be a silently
 * ignored declaration. Thread-safe: the factories are immutable once built.
 */
public final class StructuredFileParser {

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_DOCUMENT_CHARS = SourceFile.MAX_FILE_BYTES;
    static final int MAX_YAML_ALIASES = 50;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private final JsonFactory jsonFactory;
    private final YAMLFactory yamlFactory;

    public StructuredFileParser() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .maxStringLength(MAX_DOCUMENT_CHARS)
                .build();
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions yamlLimits = new LoaderOptions();
        // Defence in depth: aliases are refused while reading, but the scanner never gets to expand many.
        yamlLimits.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        yamlLimits.setNestingDepthLimit(MAX_NESTING_DEPTH);
        yamlLimits.setCodePointLimit(MAX_DOCUMENT_CHARS);
        this.yamlFactory = YAMLFactory.builder()
                .loaderOptions(yamlLimits)
                .streamReadConstraints(constraints)
                .build();
    }

    /** True for the extensions this parser reads: .yaml, .yml and .json. */
    public static boolean isStructured(Path file) {
        return isYaml(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** True for .yaml and .yml files. */
    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Parses {@code file}, shown in messages as {@code displayPath}. YAML for .yaml/.yml, JSON otherwise.
     *
     * @throws InvalidInputException when the file is not well-formed, not UTF-8, empty, or over a limit
     */
    public LocatedDocument parse(Path file, String displayPath) {
        return parse(new SourceFile(file, displayPath));
    }

    /**
     * Parses a file already opened as a {@link SourceFile}. YAML for .yaml/.yml, JSON otherwise.
     *
     * @throws InvalidInputException when the file is not well-formed, not UTF-8, empty, or over a limit
     */
    public LocatedDocument parse(SourceFile file) {
        return parse(file.text(), file.displayPath(), isYaml(file.path()));
    }

    /** Parses text already in memory; {@code yaml} chooses the syntax. */
    public LocatedDocument parse(String text, String displayPath, boolean yaml) {
        String syntax = yaml ? "YAML" : "JSON";
        Map<String, SourceLocation> keys = new HashMap<>();
        Map<String, SourceLocation> values = new HashMap<>();
        try (JsonParser parser = yaml ? yamlFactory.createParser(text) : jsonFactory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                        "the file is empty", "a " + syntax + " document"));
            }
            JsonNode root = readNode(parser, "", displayPath, keys, values);
            if (parser.nextToken() != null) {
                SourceLocation extra = locationOf(parser.currentTokenLocation(), displayPath, "");
                throw new InvalidInputException(new InputProblem(extra,
                        yaml ? "a second YAML document" : "more content after the end of the JSON value",
                        yaml ? "one document per file" : "a single JSON value"));
            }
            return new LocatedDocument(root, displayPath, keys, values);
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(new InputProblem(locationOf(e.getLocation(), displayPath, ""),
                    "a document over the parser's safety limits: " + firstLine(e.getOriginalMessage()),
                    "at most " + MAX_NESTING_DEPTH + " levels of nesting and " + MAX_DOCUMENT_CHARS + " characters"));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(e, displayPath, syntax));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + displayPath, e);
        }
    }

    private JsonNode readNode(JsonParser parser, String pointer, String file,
            Map<String, SourceLocation> keys, Map<String, SourceLocation> values) throws IOException {
        JsonToken token = parser.currentToken();
        SourceLocation here = locationOf(parser.currentTokenLocation(), file, pointer);
        keys.putIfAbsent(pointer, here);
        values.put(pointer, here);
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escapePointer(name);
                    SourceLocation keyLocation = locationOf(parser.currentTokenLocation(), file, child);
                    if (object.has(name)) {
                        SourceLocation first = keys.get(child);
                        throw new InvalidInputException(new InputProblem(keyLocation,
                                "the key '" + name + "' appears a second time (first on line " + first.line() + ")",
                                "each key once"));
                    }
                    keys.put(child, keyLocation);
                    parser.nextToken();
                    object.set(name, readNode(parser, child, file, keys, values));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readNode(parser, pointer + "/" + index++, file, keys, values));
                }
                return array;
            }
            case VALUE_STRING:
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new InvalidInputException(new InputProblem(here,
                            "found the YAML alias '*" + parser.getText() + "'",
                            "the value written out in full (anchors and aliases are not supported)"));
                }
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // YAML binary (!!binary) and other embedded values: keep their text form.
                return NODES.textNode(parser.getText());
        }
    }

    /**
     * The parser's complaint in one line, at the place it concerns. SnakeYAML puts the useful part (what it
     * found) after a multi-line excerpt, and Jackson reports the context mark rather than the problem mark,
     * so YAML errors are taken apart here.
     */
    private static InputProblem malformed(JsonProcessingException e, String displayPath, String syntax) {
        String expected = "well-formed " + syntax;
        if (e.getCause() instanceof MarkedYAMLException yamlError && yamlError.getProblemMark() != null) {
            Mark mark = yamlError.getProblemMark();
            String context = yamlError.getContext();
            String problem = firstLine(yamlError.getProblem());
            String text = context == null || context.isBlank() ? problem : context.strip() + ": " + problem;
            return new InputProblem(new SourceLocation(displayPath, mark.getLine() + 1, mark.getColumn() + 1, ""),
                    "malformed YAML, " + text + yamlHint(problem), expected);
        }
        return new InputProblem(locationOf(e.getLocation(), displayPath, ""),
                "malformed " + syntax + ", " + firstLine(e.getOriginalMessage()), expected);
    }

    /** SnakeYAML names the grammar, not the usual cause; these two causes cover most hand-edited files. */
    private static String yamlHint(String problem) {
        if (problem.contains("expected <block end>")) {
            return " (is this line indented like the lines around it?)";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return " (a value that contains ': ' must be quoted)";
        }
        return "";
    }

    private static SourceLocation locationOf(JsonLocation where, String file, String pointer) {
        if (where == null) {
            return new SourceLocation(file, 0, 0, pointer);
        }
        return new SourceLocation(file, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0), pointer);
    }

    static String escapePointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
