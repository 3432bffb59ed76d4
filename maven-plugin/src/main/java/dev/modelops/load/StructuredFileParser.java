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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses a YAML or JSON file into a {@link LocatedDocument}, recording the line and column of every node.
 * Limits protect the build from hostile input: deep nesting and huge documents are refused. YAML aliases are
 * refused outright: the streaming parser would hand back the alias name instead of the anchored value, so
 * accepting them would silently change what the author declared (and it also rules out alias bombs).
 * Duplicate keys, a second YAML document and trailing content are refused too, since each would be a silently
 * ignored declaration. Thread-safe: the factories are immutable once built.
 */
public final class StructuredFileParser {

    // The parser limits of every YAML and JSON input (model, evaluation, lineage, rule and waivers files and the
    // importers' files), set here and nowhere else; a breach is an InputProblem naming the file, the place and
    // the limit. The file size itself is limited before parsing, by SourceFile.MAX_FILE_BYTES.

    /** Lists and objects inside each other; real model files nest 5 or 6 levels, a hostile one thousands. */
    static final int MAX_NESTING_DEPTH = 64;
    /** The longest document and the longest single text value, in characters: no more than a file may hold. */
    static final int MAX_DOCUMENT_CHARS = SourceFile.MAX_FILE_BYTES;
    /** Aliases are refused anyway (see below); SnakeYAML's own ceiling is kept low in case it expands any. */
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
            try {
                return readDocument(parser, displayPath, yaml, syntax, keys, values);
            } catch (StreamConstraintsException e) {
                // Jackson's own location for these is often missing: the parser knows where it stopped.
                throw new InvalidInputException(overLimit(e, locationOf(parser.currentLocation(), displayPath, "")));
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(malformed(e, displayPath, syntax));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + displayPath, e);
        }
    }

    private LocatedDocument readDocument(JsonParser parser, String displayPath, boolean yaml, String syntax,
            Map<String, SourceLocation> keys, Map<String, SourceLocation> values) throws IOException {
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
    }

    /**
     * Which safety limit a document broke, in words, with the limit: Jackson's text names its own Java methods.
     * SnakeYAML's limits are the same numbers, so a breach reads the same whichever parser noticed it first.
     */
    private static InputProblem overLimit(Exception e, SourceLocation where) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return new InputProblem(where, "lists and objects nested more than " + MAX_NESTING_DEPTH
                    + " levels deep (the parser's nesting limit)", "at most " + MAX_NESTING_DEPTH + " levels of nesting");
        }
        if (message.contains("aliases")) {
            return new InputProblem(where, "more than " + MAX_YAML_ALIASES + " YAML aliases (the parser's alias limit)",
                    "the values written out in full (anchors and aliases are not supported)");
        }
        return new InputProblem(where, "a document or text value longer than " + MAX_DOCUMENT_CHARS
                + " characters (the parser's size limit)", "at most " + MAX_DOCUMENT_CHARS + " characters");
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
                return NODES.textNode(withoutControlCharacters(parser.getText(), here));
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
     * An escaped control character ("\\u0000" in JSON, "\\0" in YAML) is refused like a raw one ({@link SourceFile}):
     * no report format can carry it.
     */
    private static String withoutControlCharacters(String text, SourceLocation here) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidInputException(new InputProblem(here,
                        String.format(Locale.ROOT, "a text holding the control character U+%04X", (int) c),
                        "text without control characters other than tabs and line breaks"));
            }
        }
        return text;
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
            // An unclosed quote or bracket is found at the end of the file; where it was opened is what to fix.
            Mark opened = yamlError.getContextMark();
            if (opened != null && opened.getLine() != mark.getLine()) {
                text = text + " (started on line " + (opened.getLine() + 1) + ")";
            }
            return new InputProblem(new SourceLocation(displayPath, mark.getLine() + 1, mark.getColumn() + 1, ""),
                    "malformed YAML, " + text + yamlHint(problem), expected);
        }
        if (e.getCause() instanceof YAMLException limit && limit.getMessage() != null
                && SNAKEYAML_LIMITS.matcher(limit.getMessage()).find()) {
            return overLimit(limit, locationOf(e.getLocation(), displayPath, ""));
        }
        return new InputProblem(locationOf(e.getLocation(), displayPath, ""),
                "malformed " + syntax + ", " + withoutSourceExcerpt(firstLine(e.getOriginalMessage())), expected);
    }

    /** SnakeYAML's words for its own limits (nestingDepthLimit, maxAliasesForCollections, codePointLimit). */
    private static final Pattern SNAKEYAML_LIMITS = Pattern.compile("(?i)nesting depth|number of aliases|code point limit");

    /** Jackson's "(start marker at [Source: (String)"{...; line: 1, column: 35])" quotes the document itself. */
    private static final Pattern SOURCE_EXCERPT = Pattern.compile(
            "\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);

    private static String withoutSourceExcerpt(String message) {
        Matcher excerpt = SOURCE_EXCERPT.matcher(message);
        String text = excerpt.replaceAll(" (opened on line $1, column $2)");
        int source = text.indexOf("[Source:");
        return source < 0 ? text : text.substring(0, source).strip();
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
