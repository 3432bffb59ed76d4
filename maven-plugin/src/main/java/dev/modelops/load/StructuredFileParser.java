package dev.modelops.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses a YAML or JSON file into a {@link LocatedDocument}, recording the line and column of every node.
 * Limits protect the build from hostile input: alias bombs, deep nesting and huge documents are refused.
 * Duplicate keys are refused too, since a silently ignored key is a silently ignored declaration.
 * Thread-safe: the factories are immutable once built.
 */
public final class StructuredFileParser {

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
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
        yamlLimits.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        yamlLimits.setNestingDepthLimit(MAX_NESTING_DEPTH);
        yamlLimits.setCodePointLimit(MAX_DOCUMENT_CHARS);
        yamlLimits.setAllowDuplicateKeys(false);
        this.yamlFactory = YAMLFactory.builder()
                .loaderOptions(yamlLimits)
                .streamReadConstraints(constraints)
                .build();
    }

    /** True for the extensions this parser reads: .yaml, .yml and .json. */
    public static boolean isStructured(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Parses {@code file}, shown in messages as {@code displayPath}. YAML for .yaml/.yml, JSON otherwise.
     *
     * @throws InvalidInputException when the file is not well-formed, not UTF-8, empty, or over a limit
     */
    public LocatedDocument parse(Path file, String displayPath) {
        String text = readUtf8(file, displayPath);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        return parse(text, displayPath, yaml);
    }

    /** Parses text already in memory; {@code yaml} chooses the syntax. */
    public LocatedDocument parse(String text, String displayPath, boolean yaml) {
        String syntax = yaml ? "YAML" : "JSON";
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        try (JsonParser parser = yaml ? yamlFactory.createParser(text) : jsonFactory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                        "the file is empty", "a " + syntax + " document"));
            }
            JsonNode root = readNode(parser, "", displayPath, locations);
            return new LocatedDocument(root, displayPath, locations);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            SourceLocation location = where == null
                    ? SourceLocation.of(displayPath)
                    : new SourceLocation(displayPath, where.getLineNr(), where.getColumnNr(), "");
            throw new InvalidInputException(new InputProblem(location,
                    "malformed " + syntax + ": " + firstLine(e.getOriginalMessage()), "well-formed " + syntax));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readNode(JsonParser parser, String pointer, String file, Map<String, SourceLocation> locations)
            throws IOException {
        JsonToken token = parser.currentToken();
        locations.putIfAbsent(pointer, locationOf(parser.currentTokenLocation(), file, pointer));
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escapePointer(name);
                    SourceLocation keyLocation = locationOf(parser.currentTokenLocation(), file, child);
                    if (object.has(name)) {
                        throw new InvalidInputException(new InputProblem(keyLocation,
                                "the key '" + name + "' appears twice", "each key once"));
                    }
                    locations.put(child, keyLocation);
                    parser.nextToken();
                    object.set(name, readNode(parser, child, file, locations));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readNode(parser, pointer + "/" + index++, file, locations));
                }
                return array;
            }
            case VALUE_STRING:
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

    private static SourceLocation locationOf(JsonLocation where, String file, String pointer) {
        return new SourceLocation(file, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0), pointer);
    }

    static String escapePointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String readUtf8(Path file, String displayPath) {
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_CHARS) {
                throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                        "the file has " + size + " bytes", "at most " + MAX_DOCUMENT_CHARS + " bytes"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                    "bytes that are not UTF-8", "a UTF-8 text file"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + displayPath, e);
        }
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
