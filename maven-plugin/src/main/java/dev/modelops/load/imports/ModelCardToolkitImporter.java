package dev.modelops.load.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Graphic;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Google Model Card Toolkit model card ({@code model_card.json}, JSON schema v0.0.2, and the v0.0.1
 * shapes where they differ) into the native shape.
 *
 * <p>A {@code .json} file of the model folder is taken for such a card when its top-level object has a
 * {@code model_details} object, or a {@code schema_version} of the form {@code 0.0.x} next to one of the other
 * sections ({@code model_parameters}, {@code quantitative_analysis}, {@code considerations}). Only top-level keys
 * count, so the toolkit's own JSON Schema (which names {@code model_details} under {@code properties}) is not
 * taken for a card.
 *
 * <p>What is mapped where:
 * <ul>
 *   <li>{@code model_details}: {@code name} to {@code name}; {@code overview} to {@code description}
 *       ({@code documentation} too when there is no overview, otherwise a section "Documentation");
 *       {@code owners[]} to {@code people} with role {@code owner}, {@code contact} to {@code email} when it is
 *       an e-mail address; {@code version.name} to {@code version}, and with {@code version.date} (YYYY-MM-DD or
 *       YYYY/MM/DD) and {@code version.diff} a {@code changeLog} entry; {@code licenses[]} (v0.0.1:
 *       {@code license}) to {@code license}, identifiers or custom texts joined by ", ";</li>
 *   <li>{@code model_parameters.data[]} (v0.0.1: {@code data.train}, {@code data.eval}) to {@code datasets}, the
 *       role told by the dataset's name (or description) alone: "train" is training, "val"/"validation"/"dev"
 *       validation, "test"/"eval"/"holdout" test; no cue or several cues, no role (never a guessed one);</li>
 *   <li>{@code quantitative_analysis.performance_metrics[]} to evaluation results: {@code type} the metric,
 *       {@code value} parsed from its text, {@code confidence_interval} the interval (level not stated), a
 *       {@code slice} "feature=value" the slice, "overall" or none the whole dataset, any other slice name (such
 *       as "cat" or "age>40") kept as written under the slice feature {@value #SLICE_FEATURE}. The toolkit's
 *       {@code threshold} is the decision threshold the metric was computed at, not an acceptance bound: it is
 *       kept with its metric entry under {@code extensions}, never turned into a threshold;</li>
 *   <li>{@code graphics.collection[]} (of the analysis and of each dataset) to graphics, when the image is base64
 *       of a complete PNG, JPEG or GIF;</li>
 *   <li>{@code considerations}: {@code use_cases} to {@code intendedUse}, {@code limitations} to
 *       {@code limitations}, {@code ethical_considerations} to {@code ethicalConsiderations} ("name:
 *       mitigation strategy"), {@code users} and {@code tradeoffs} to sections "Intended users" and
 *       "Tradeoffs".</li>
 * </ul>
 * Everything else (schema version, references, citations, path, architecture, input and output formats, dataset
 * links and sensitivity, graphic descriptions, metric entries with a decision threshold or a value that could not
 * be read, unknown keys) is kept as written under {@code extensions.model-card-toolkit}, mirroring the card's
 * own layout: owners, licenses and performance metrics with something left are kept whole, datasets and graphics
 * with their name and what is left, so that each can be told apart. Base64 images are never copied there: an
 * image that is not usable is reported instead. Values of the wrong shape are reported and kept.
 */
public final class ModelCardToolkitImporter implements ModelImporter {

    /** The importer's name, the input kind and the {@code extensions} key. */
    public static final String NAME = "model-card-toolkit";

    /** The slice feature a slice name that is not {@code feature=value} is kept under. */
    public static final String SLICE_FEATURE = "slice";

    private static final Set<String> SCHEMA_VERSIONS = Set.of("0.0.1", "0.0.2");
    private static final Pattern TOOLKIT_VERSION = Pattern.compile("0\\.0\\.[0-9]+");
    private static final Set<String> SECTIONS = Set.of("model_parameters", "quantitative_analysis", "considerations");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern SINGLE_FEATURE = Pattern.compile("([^=<>!]+)=([^=<>!]+)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>(),;]+@[^@\\s<>(),;]+\\.[^@\\s<>(),;]+");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})[-/]([0-9]{2})[-/]([0-9]{2})");
    private static final Pattern DATA_URL = Pattern.compile("data:image/[a-z+.-]+;base64,", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> ROLE_WORDS = roleWords();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EXTENSION_POINTER = "/extensions/" + NAME;

    private static final JsonFactory SNIFFER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formatDescription() {
        return "Google Model Card Toolkit model cards (a .json file such as model_card.json with a top-level"
                + " model_details object, schema 0.0.1 or 0.0.2)";
    }

    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            Path name = file.getFileName();
            return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    && looksLikeModelCard(context.head(file));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * True when the first bytes of a JSON file open an object whose top-level keys are those of a card. Stops at
     * the end of the text, which may cut the document anywhere: what was seen until then decides.
     */
    static boolean looksLikeModelCard(String head) {
        boolean toolkitVersion = false;
        boolean section = false;
        try (JsonParser json = SNIFFER.createParser(head)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                JsonToken value = json.nextToken();
                if ("model_details".equals(key) && value == JsonToken.START_OBJECT) {
                    return true;
                }
                if ("schema_version".equals(key) && value == JsonToken.VALUE_STRING) {
                    toolkitVersion = TOOLKIT_VERSION.matcher(json.getText().strip()).matches();
                }
                section |= SECTIONS.contains(key) && value == JsonToken.START_OBJECT;
                if (toolkitVersion && section) {
                    return true;
                }
                json.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // The head ends in the middle of the document, or it is not JSON.
            return toolkitVersion && section;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        LocatedDocument document = parser.parse(file);
        JsonNode root = document.root();
        String expected = "a Model Card Toolkit model card: a JSON object with a model_details object"
                + " (schema 0.0.1 or 0.0.2)";
        if (!root.isObject()) {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "a JSON " + root.getNodeType().toString().toLowerCase(Locale.ROOT), expected));
        }
        if (SECTIONS.stream().noneMatch(key -> root.path(key).isObject()) && !root.path("model_details").isObject()) {
            String found = root.has("$schema") && root.has("properties")
                    ? "a JSON Schema (it has $schema and properties), not a model card"
                    : "a JSON object without model_details, model_parameters, quantitative_analysis or considerations";
            throw new InvalidInputException(new InputProblem(document.locate(""), found, expected));
        }
        return new Reading(document).read((ObjectNode) root);
    }

    private static Map<String, String> roleWords() {
        Map<String, String> words = new HashMap<>();
        for (String word : List.of("train", "training", "trainset", "trn")) {
            words.put(word, "training");
        }
        for (String word : List.of("val", "valid", "validation", "validate", "dev")) {
            words.put(word, "validation");
        }
        for (String word : List.of("test", "testing", "testset", "eval", "evaluation", "holdout")) {
            words.put(word, "test");
        }
        return Map.copyOf(words);
    }

    /** The role of a dataset told by the words of a text; null without a cue, or with cues for several roles. */
    static String roleFromWords(String text) {
        if (text == null) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            String role = ROLE_WORDS.get(word);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles.size() == 1 ? roles.iterator().next() : null;
    }

    /** A slice name of the toolkit as a slice: empty for the whole dataset. */
    static SortedMap<String, String> slice(String written) {
        SortedMap<String, String> slice = new TreeMap<>();
        String text = written == null ? "" : written.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("overall")) {
            return slice;
        }
        Matcher single = SINGLE_FEATURE.matcher(text);
        if (single.matches() && !single.group(1).isBlank() && !single.group(2).isBlank()) {
            slice.put(single.group(1).strip(), single.group(2).strip());
        } else {
            slice.put(SLICE_FEATURE, written);
        }
        return slice;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** One file being read: the native document, results, sections, graphics and warnings it gives. */
    private static final class Reading {

        private final LocatedDocument document;
        private final ObjectNode metadata = NODES.objectNode();
        private final ObjectNode kept = NODES.objectNode();
        private final Map<String, SourceLocation> locations = new HashMap<>();
        private final Map<String, SourceLocation> valueLocations = new HashMap<>();
        private final List<MetricResult> evaluations = new ArrayList<>();
        private final List<DocumentationSection> documentation = new ArrayList<>();
        private final List<Graphic> graphics = new ArrayList<>();
        private final List<InputProblem> warnings = new ArrayList<>();

        Reading(LocatedDocument document) {
            this.document = document;
        }

        ImportedModel read(ObjectNode root) {
            locations.put("", document.locate(""));
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String at = "/" + escape(key);
                switch (key) {
                    case "schema_version" -> {
                        keep(kept, key, value, EXTENSION_POINTER + at, at);
                        if (!value.isTextual() || !SCHEMA_VERSIONS.contains(value.asText().strip())) {
                            warn(at, "the schema version " + shown(value)
                                    + " (read with the mapping of version 0.0.2; check the extensions)",
                                    "a Model Card Toolkit schema version this plugin reads: 0.0.1 or 0.0.2");
                        }
                    }
                    case "model_details" -> section(key, value, this::modelDetails);
                    case "model_parameters" -> section(key, value, this::modelParameters);
                    case "quantitative_analysis" -> section(key, value, this::quantitativeAnalysis);
                    case "considerations" -> section(key, value, this::considerations);
                    default -> keep(kept, key, value, EXTENSION_POINTER + at, at);
                }
            }
            if (kept.size() > 0) {
                ObjectNode extensions = NODES.objectNode();
                extensions.set(NAME, kept);
                metadata.set("extensions", extensions);
                locations.put("/extensions", document.locate(""));
                locations.put(EXTENSION_POINTER, document.locate(""));
            }
            LocatedDocument nativeShape = new LocatedDocument(metadata, document.file(), locations, valueLocations);
            return new ImportedModel(nativeShape, evaluations, ImportedModel.noLineage(document.file()), documentation,
                    graphics, warnings);
        }

        private interface SectionReader {
            void read(ObjectNode section, String at, ObjectNode keptSection, String keptAt);
        }

        /** A top-level section, read by {@code reader} when it is an object; what it leaves is kept. */
        private void section(String key, JsonNode value, SectionReader reader) {
            String at = "/" + escape(key);
            String keptAt = EXTENSION_POINTER + at;
            if (!(value instanceof ObjectNode object)) {
                wrongShape(at, value, "an object");
                keep(kept, key, value, keptAt, at);
                return;
            }
            ObjectNode keptSection = NODES.objectNode();
            reader.read(object, at, keptSection, keptAt);
            if (keptSection.size() > 0) {
                kept.set(key, keptSection);
                locate(keptAt, at);
            }
        }

        // ---- model_details

        private void modelDetails(ObjectNode details, String at, ObjectNode keptDetails, String keptAt) {
            boolean overview = details.path("overview").isTextual();
            List<String> licenses = new ArrayList<>();
            String licenseAt = null;
            for (Iterator<Map.Entry<String, JsonNode>> fields = details.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String here = at + "/" + escape(key);
                switch (key) {
                    case "name" -> text(value, here, "/name", keptDetails, key, keptAt);
                    case "overview" -> text(value, here, "/description", keptDetails, key, keptAt);
                    case "documentation" -> {
                        if (!value.isTextual()) {
                            wrongShape(here, value, "a text");
                            keep(keptDetails, key, value, keptAt + "/" + key, here);
                        } else if (overview) {
                            documentation.add(new DocumentationSection("Documentation", value.asText(),
                                    DocumentationSection.PLAIN, document.locate(here)));
                        } else {
                            put("/description", value.deepCopy(), here);
                        }
                    }
                    case "owners" -> owners(value, here, keptDetails, keptAt);
                    case "version" -> version(value, here, keptDetails, keptAt);
                    case "licenses", "license" -> {
                        if (licenseAt == null) {
                            licenseAt = here;
                        }
                        licenses(key, value, here, licenses, keptDetails, keptAt);
                    }
                    default -> keep(keptDetails, key, value, keptAt + "/" + escape(key), here);
                }
            }
            if (!licenses.isEmpty()) {
                put("/license", NODES.textNode(String.join(", ", licenses)), licenseAt);
            }
        }

        private void owners(JsonNode owners, String at, ObjectNode keptDetails, String keptAt) {
            if (!owners.isArray()) {
                wrongShape(at, owners, "a list of owners, each with a name and a contact");
                keep(keptDetails, "owners", owners, keptAt + "/owners", at);
                return;
            }
            ArrayNode keptOwners = NODES.arrayNode();
            for (int i = 0; i < owners.size(); i++) {
                JsonNode owner = owners.get(i);
                String here = at + "/" + i;
                JsonNode name = owner.path("name");
                if (!owner.isObject() || !name.isTextual() || name.asText().isBlank()) {
                    warn(here, owner.isObject() ? "an owner without a name" : "an owner written as " + kind(owner),
                            "an owner with a name and a contact (kept under extensions, not named as an owner)");
                    keepElement(keptOwners, owner, keptAt + "/owners", here);
                    continue;
                }
                if (!metadata.has("people")) {
                    locate("/people", at);
                }
                ArrayNode people = metadata.withArrayProperty("people");
                String person = "/people/" + people.size();
                ObjectNode entry = people.addObject();
                locate(person, here);
                entry.put("name", name.asText());
                locate(person + "/name", here + "/name");
                entry.put("role", "owner");
                locate(person + "/role", at);
                boolean keepOwner = false;
                for (Iterator<String> keys = owner.fieldNames(); keys.hasNext();) {
                    String key = keys.next();
                    if (key.equals("contact") && owner.get(key).isTextual() && email(owner.get(key).asText()) != null) {
                        entry.put("email", email(owner.get(key).asText()));
                        locate(person + "/email", here + "/contact");
                    } else if (!key.equals("name")) {
                        // A contact that is not an e-mail address (a team page, a phone number) has no field.
                        keepOwner = true;
                    }
                }
                if (keepOwner) {
                    keepElement(keptOwners, owner, keptAt + "/owners", here);
                }
            }
            if (keptOwners.size() > 0) {
                keptDetails.set("owners", keptOwners);
                locate(keptAt + "/owners", at);
            }
        }

        private static String email(String contact) {
            String address = contact.strip();
            if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                address = address.substring(7);
            }
            return EMAIL.matcher(address).matches() ? address : null;
        }

        private void version(JsonNode version, String at, ObjectNode keptDetails, String keptAt) {
            String keptVersionAt = keptAt + "/version";
            if (!version.isObject()) {
                wrongShape(at, version, "an object with name, date and diff");
                keep(keptDetails, "version", version, keptVersionAt, at);
                return;
            }
            ObjectNode keptVersion = NODES.objectNode();
            JsonNode name = version.path("name");
            String versionName = null;
            if (name.isTextual() && !name.asText().isBlank()) {
                versionName = name.asText();
                put("/version", name.deepCopy(), at + "/name");
            } else if (name.isIntegralNumber()) {
                versionName = name.asText();
                put("/version", NODES.textNode(versionName), at + "/name");
            } else if (!name.isMissingNode()) {
                wrongShape(at + "/name", name, "the version's name as a text, such as \"1.0\"");
                keep(keptVersion, "name", name, keptVersionAt + "/name", at + "/name");
            }
            JsonNode date = version.path("date");
            JsonNode diff = version.path("diff");
            LocalDate day = date.isTextual() ? day(date.asText()) : null;
            boolean changeLogged = versionName != null && day != null && diff.isTextual() && !diff.asText().isBlank();
            if (changeLogged) {
                ObjectNode change = metadata.withArrayProperty("changeLog").addObject();
                String entry = "/changeLog/" + (metadata.get("changeLog").size() - 1);
                locate("/changeLog", at);
                locate(entry, at);
                change.put("version", versionName);
                locate(entry + "/version", at + "/name");
                change.put("date", day.toString());
                locate(entry + "/date", at + "/date");
                change.put("description", diff.asText());
                locate(entry + "/description", at + "/diff");
            } else if (!date.isMissingNode() && day == null && diff.isTextual()) {
                warn(at + "/date", "the version date " + shown(date) + ", so the change it describes has no date",
                        "a date written YYYY-MM-DD (or YYYY/MM/DD) for a change log entry; kept under extensions");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = version.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                boolean mapped = key.equals("name") || changeLogged && (key.equals("date") || key.equals("diff"));
                if (!mapped) {
                    keep(keptVersion, key, field.getValue(), keptVersionAt + "/" + escape(key),
                            at + "/" + escape(key));
                }
            }
            if (keptVersion.size() > 0) {
                keptDetails.set("version", keptVersion);
                locate(keptVersionAt, at);
            }
        }

        /** A day written YYYY-MM-DD or YYYY/MM/DD (year first, so never ambiguous); null otherwise. */
        private static LocalDate day(String text) {
            Matcher matcher = DATE.matcher(text.strip());
            if (!matcher.matches()) {
                return null;
            }
            try {
                return LocalDate.parse(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3));
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private void licenses(String key, JsonNode value, String at, List<String> licenses, ObjectNode keptDetails,
                String keptAt) {
            if (value.isTextual() && !value.asText().isBlank()) {
                licenses.add(value.asText());
                return;
            }
            if (!value.isArray()) {
                wrongShape(at, value, "a list of licenses, each with an identifier or a custom_text");
                keep(keptDetails, key, value, keptAt + "/" + key, at);
                return;
            }
            ArrayNode keptLicenses = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                JsonNode license = value.get(i);
                String here = at + "/" + i;
                JsonNode identifier = license.path("identifier");
                JsonNode custom = license.path("custom_text");
                if (identifier.isTextual() && !identifier.asText().isBlank()) {
                    licenses.add(identifier.asText());
                } else if (custom.isTextual() && !custom.asText().isBlank()) {
                    licenses.add(custom.asText());
                } else if (license.isTextual() && !license.asText().isBlank()) {
                    licenses.add(license.asText());
                    continue;
                } else {
                    warn(here, "a license written as " + kind(license) + " without an identifier or a custom_text",
                            "a license with an identifier (SPDX) or a custom_text");
                    keepElement(keptLicenses, license, keptAt + "/" + key, here);
                    continue;
                }
                if (license.size() > 1) {
                    // Both an identifier and a custom text, or keys of its own: the whole entry is kept.
                    keepElement(keptLicenses, license, keptAt + "/" + key, here);
                }
            }
            if (keptLicenses.size() > 0) {
                keptDetails.set(key, keptLicenses);
                locate(keptAt + "/" + key, at);
            }
        }

        // ---- model_parameters

        private void modelParameters(ObjectNode parameters, String at, ObjectNode keptParameters, String keptAt) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String here = at + "/" + escape(key);
                String keptHere = keptAt + "/" + escape(key);
                if (!key.equals("data")) {
                    keep(keptParameters, key, value, keptHere, here);
                } else if (value.isArray()) {
                    ArrayNode keptData = NODES.arrayNode();
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode kept = dataset(value.get(i), here + "/" + i, null, keptHere + "/" + keptData.size());
                        if (kept != null) {
                            keptData.add(kept);
                            locate(keptHere + "/" + (keptData.size() - 1), here + "/" + i);
                        }
                    }
                    if (keptData.size() > 0) {
                        keptParameters.set(key, keptData);
                        locate(keptHere, here);
                    }
                } else if (value.isObject()) {
                    // Version 0.0.1: {"train": {...}, "eval": {...}}.
                    ObjectNode keptData = NODES.objectNode();
                    for (Iterator<Map.Entry<String, JsonNode>> splits = value.fields(); splits.hasNext();) {
                        Map.Entry<String, JsonNode> split = splits.next();
                        String splitKey = escape(split.getKey());
                        String role = switch (split.getKey()) {
                            case "train" -> "training";
                            case "eval" -> "test";
                            default -> roleFromWords(split.getKey());
                        };
                        JsonNode kept = dataset(split.getValue(), here + "/" + splitKey, role, keptHere + "/" + splitKey);
                        if (kept != null) {
                            keptData.set(split.getKey(), kept);
                            locate(keptHere + "/" + splitKey, here + "/" + splitKey);
                        }
                    }
                    if (keptData.size() > 0) {
                        keptParameters.set(key, keptData);
                        locate(keptHere, here);
                    }
                } else {
                    wrongShape(here, value, "a list of datasets");
                    keep(keptParameters, key, value, keptHere, here);
                }
            }
        }

        /**
         * One dataset: its use among {@code datasets}, its graphics; what is left (with its name, to tell it apart),
         * or null when nothing is.
         */
        private JsonNode dataset(JsonNode dataset, String at, String splitRole, String keptAt) {
            if (!dataset.isObject()) {
                wrongShape(at, dataset, "a dataset with a name");
                return copy(dataset, keptAt, at);
            }
            JsonNode name = dataset.path("name");
            JsonNode description = dataset.path("description");
            boolean declared = name.isTextual() && !name.asText().isBlank();
            ObjectNode kept = NODES.objectNode();
            boolean left = false;
            if (declared) {
                ArrayNode datasets = metadata.withArrayProperty("datasets");
                String use = "/datasets/" + datasets.size();
                if (datasets.isEmpty()) {
                    locate("/datasets", at.substring(0, at.lastIndexOf('/')));
                }
                ObjectNode entry = datasets.addObject();
                locate(use, at);
                entry.put("name", name.asText());
                locate(use + "/name", at + "/name");
                String role = splitRole;
                String roleAt = at;
                if (role == null) {
                    role = roleFromWords(name.asText());
                    roleAt = at + "/name";
                }
                if (role == null && description.isTextual()) {
                    role = roleFromWords(description.asText());
                    roleAt = at + "/description";
                }
                if (role != null) {
                    entry.put("role", role);
                    locate(use + "/role", roleAt);
                }
                if (description.isTextual()) {
                    entry.put("description", description.asText());
                    locate(use + "/description", at + "/description");
                }
                kept.put("name", name.asText());
                locate(keptAt + "/name", at + "/name");
            } else {
                warn(at, "a dataset without a name", "a dataset with a name (kept under extensions, not declared)");
                left = true;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = dataset.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String here = at + "/" + escape(key);
                String keptHere = keptAt + "/" + escape(key);
                boolean mapped = declared && (key.equals("name") || key.equals("description") && description.isTextual());
                if (key.equals("graphics")) {
                    JsonNode keptGraphics = graphics(field.getValue(), here, keptHere,
                            declared ? name.asText() : "Dataset");
                    if (keptGraphics != null) {
                        kept.set(key, keptGraphics);
                        locate(keptHere, here);
                        left = true;
                    }
                } else if (!mapped) {
                    keep(kept, key, field.getValue(), keptHere, here);
                    left = true;
                }
            }
            return left ? kept : null;
        }

        // ---- quantitative_analysis

        private void quantitativeAnalysis(ObjectNode analysis, String at, ObjectNode keptAnalysis, String keptAt) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = analysis.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String here = at + "/" + escape(key);
                String keptHere = keptAt + "/" + escape(key);
                if (key.equals("performance_metrics") && value.isArray()) {
                    ArrayNode keptMetrics = NODES.arrayNode();
                    for (int i = 0; i < value.size(); i++) {
                        if (!metric(value.get(i), here + "/" + i)) {
                            keepElement(keptMetrics, value.get(i), keptHere, here + "/" + i);
                        }
                    }
                    if (keptMetrics.size() > 0) {
                        keptAnalysis.set(key, keptMetrics);
                        locate(keptHere, here);
                    }
                } else if (key.equals("graphics")) {
                    JsonNode keptGraphics = graphics(value, here, keptHere, "Quantitative analysis");
                    if (keptGraphics != null) {
                        keptAnalysis.set(key, keptGraphics);
                        locate(keptHere, here);
                    }
                } else {
                    if (key.equals("performance_metrics")) {
                        wrongShape(here, value, "a list of performance metrics");
                    }
                    keep(keptAnalysis, key, value, keptHere, here);
                }
            }
        }

        /**
         * One performance metric as an evaluation result; true when everything it says was taken, false when the
         * entry is to be kept as written (a decision threshold, a key of its own, a value that could not be read).
         */
        private boolean metric(JsonNode metric, String at) {
            if (!metric.isObject()) {
                wrongShape(at, metric, "a performance metric with a type and a value");
                return false;
            }
            JsonNode type = metric.path("type");
            if (!type.isTextual() || type.asText().isBlank()) {
                warn(at, "a performance metric without a type", "a performance metric with a type, such as accuracy");
                return false;
            }
            JsonNode value = metric.path("value");
            if (value.isMissingNode() || value.isNull()) {
                warn(at, "the performance metric '" + type.asText() + "' without a value",
                        "a value, such as \"0.97\" (the entry is kept under extensions)");
                return false;
            }
            Double number = number(value);
            if (number == null) {
                warn(at + "/value", "the value " + shown(value) + " of the performance metric '" + type.asText() + "'",
                        "a number, such as \"0.97\" (the entry is kept under extensions)");
                return false;
            }
            boolean complete = true;
            ConfidenceInterval interval = null;
            JsonNode bounds = metric.path("confidence_interval");
            if (!bounds.isMissingNode()) {
                Double lower = number(bounds.path("lower_bound"));
                Double upper = number(bounds.path("upper_bound"));
                if (!bounds.isObject() || lower == null || upper == null) {
                    warn(at + "/confidence_interval", "the confidence interval " + shown(bounds) + " of the performance metric '"
                            + type.asText() + "'", "a lower_bound and an upper_bound, each a number such as \"0.95\""
                                    + " (the result is read without it; the entry is kept under extensions)");
                    complete = false;
                } else if (lower > upper) {
                    warn(at + "/confidence_interval", "a confidence interval whose lower bound " + lower
                            + " is above its upper bound " + upper, "lower_bound at most upper_bound"
                                    + " (the result is read without it; the entry is kept under extensions)");
                    complete = false;
                } else {
                    interval = new ConfidenceInterval(lower, upper, null);
                }
            }
            SortedMap<String, String> slice = new TreeMap<>();
            JsonNode sliceName = metric.path("slice");
            if (sliceName.isTextual()) {
                slice = slice(sliceName.asText());
            } else if (!sliceName.isMissingNode()) {
                warn(at + "/slice", "the slice " + shown(sliceName) + " of the performance metric '" + type.asText() + "'",
                        "the name of a slice as a text, such as \"gender=female\" (the entry is kept under extensions"
                                + " and not read as a result)");
                return false;
            }
            for (Iterator<String> keys = metric.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!Set.of("type", "value", "confidence_interval", "slice").contains(key)) {
                    // The decision threshold and keys of its own have no field of a result.
                    complete = false;
                }
            }
            evaluations.add(new MetricResult(type.asText(), number, slice, interval, null, null, null,
                    document.locate(at)));
            return complete;
        }

        /** A number written as text (as the toolkit writes every number) or as a JSON number; null otherwise. */
        private static Double number(JsonNode value) {
            double parsed;
            if (value.isNumber()) {
                parsed = value.doubleValue();
            } else if (value.isTextual() && NUMBER.matcher(value.asText().strip()).matches()) {
                parsed = Double.parseDouble(value.asText().strip());
            } else {
                return null;
            }
            return Double.isFinite(parsed) ? parsed : null;
        }

        // ---- graphics

        /**
         * The graphics of a collection ({@code {description, collection: [{name, image}]}}); returns what is
         * left (its description, entries with keys of their own or an image that could not be used, without the
         * image), or null when nothing is.
         */
        private JsonNode graphics(JsonNode collection, String at, String keptAt, String owner) {
            if (!collection.isObject()) {
                wrongShape(at, collection, "a collection of graphics: {\"collection\": [{\"name\", \"image\"}]}");
                return copy(collection, keptAt, at);
            }
            ObjectNode kept = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = collection.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String here = at + "/" + escape(key);
                String keptHere = keptAt + "/" + escape(key);
                if (!key.equals("collection") || !field.getValue().isArray()) {
                    if (key.equals("collection")) {
                        wrongShape(here, field.getValue(), "a list of graphics, each with a name and an image");
                    }
                    keep(kept, key, field.getValue(), keptHere, here);
                    continue;
                }
                ArrayNode keptEntries = NODES.arrayNode();
                JsonNode entries = field.getValue();
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode entry = entries.get(i);
                    String entryAt = here + "/" + i;
                    JsonNode left = graphic(entry, entryAt, owner);
                    if (left != null) {
                        // What is left has the entry's own keys, so each is located where it is written.
                        record(left, keptHere + "/" + keptEntries.size(), entryAt);
                        keptEntries.add(left);
                    }
                }
                if (keptEntries.size() > 0) {
                    kept.set(key, keptEntries);
                    locate(keptHere, here);
                }
            }
            return kept.size() > 0 ? kept : null;
        }

        /** One graphic; what is left of its entry (without the image), or null when it was taken whole. */
        private JsonNode graphic(JsonNode entry, String at, String owner) {
            if (!entry.isObject()) {
                wrongShape(at, entry, "a graphic with a name and an image");
                return entry.deepCopy();
            }
            JsonNode name = entry.path("name");
            String title = name.isTextual() && !name.asText().isBlank() ? name.asText() : owner;
            JsonNode image = entry.path("image");
            boolean taken = false;
            if (!image.isTextual()) {
                warn(at, "the graphic '" + title + "' " + (image.isMissingNode() ? "without an image" : "with an image"
                        + " written as " + kind(image)), "an image as base64 text (a PNG, JPEG or GIF)");
            } else {
                Graphic graphic = picture(title, image.asText(), at + "/image", at);
                if (graphic != null) {
                    graphics.add(graphic);
                    taken = true;
                }
            }
            ObjectNode left = NODES.objectNode();
            boolean own = false;
            for (Iterator<Map.Entry<String, JsonNode>> fields = entry.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("image")) {
                    // The image is a graphic, or reported: base64 text is not shown as such.
                    continue;
                }
                left.set(field.getKey(), field.getValue().deepCopy());
                own |= !field.getKey().equals("name");
            }
            return taken && !own ? null : left;
        }

        /** The image as a graphic when it is base64 of a complete PNG, JPEG or GIF; otherwise a warning and null. */
        private Graphic picture(String title, String written, String at, String entryAt) {
            String text = written.strip();
            Matcher prefix = DATA_URL.matcher(text);
            if (prefix.lookingAt()) {
                text = text.substring(prefix.end());
            }
            String expected = "an image as base64 text of a complete PNG, JPEG or GIF (not shown on the model card)";
            String compact = text.replaceAll("\\s", "");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(compact);
            } catch (IllegalArgumentException e) {
                String shown = written.length() > 40 ? written.substring(0, 40) + "..." : written;
                warn(at, "the graphic '" + title + "' with an image that is not base64 (" + notBase64(compact, e)
                        + "): '" + shown + "'", expected);
                return null;
            }
            String mediaType = mediaType(bytes);
            if (mediaType == null) {
                warn(at, "the graphic '" + title + "' with base64 data that is not a PNG, JPEG or GIF image (it starts"
                        + " with the bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(8, bytes.length))
                        + ")", expected);
                return null;
            }
            if (!complete(mediaType, bytes)) {
                warn(at, "the graphic '" + title + "' with a " + mediaType.substring(6).toUpperCase(Locale.ROOT)
                        + " image cut off after " + bytes.length + " bytes (it lacks the end its format requires)",
                        expected);
                return null;
            }
            return new Graphic(title, mediaType, Base64.getEncoder().encodeToString(bytes),
                    document.locate(entryAt));
        }

        /** Why a text is not base64, in words: the first character outside the alphabet, or a cut-off end. */
        private static String notBase64(String compact, IllegalArgumentException error) {
            for (int i = 0; i < compact.length(); i++) {
                char c = compact.charAt(i);
                boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                        || c == '/';
                if (!alphabet && c != '=') {
                    return "the character '" + c + "' at position " + (i + 1);
                }
            }
            if (compact.replace("=", "").length() % 4 == 1) {
                return compact.length() + " characters, one too many for whole base64 groups: the text is cut off";
            }
            return error.getMessage();
        }

        private static String mediaType(byte[] bytes) {
            if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return "image/png";
            }
            if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
                return "image/jpeg";
            }
            if (startsWith(bytes, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 'G', 'I', 'F', '8', '9', 'a')) {
                return "image/gif";
            }
            return null;
        }

        /**
         * True when the image ends as its format requires (a PNG with its IEND chunk, a JPEG with its end-of-image
         * marker, a GIF with its trailer, trailing zero bytes allowed): a cut-off image would show broken.
         */
        private static boolean complete(String mediaType, byte[] bytes) {
            int end = bytes.length;
            if (mediaType.equals("image/png")) {
                return end >= 20 && bytes[end - 8] == 'I' && bytes[end - 7] == 'E' && bytes[end - 6] == 'N'
                        && bytes[end - 5] == 'D';
            }
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            if (mediaType.equals("image/jpeg")) {
                return end >= 4 && (bytes[end - 2] & 0xFF) == 0xFF && (bytes[end - 1] & 0xFF) == 0xD9;
            }
            return end >= 7 && bytes[end - 1] == 0x3B;
        }

        private static boolean startsWith(byte[] bytes, int... signature) {
            if (bytes.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if ((bytes[i] & 0xFF) != signature[i]) {
                    return false;
                }
            }
            return true;
        }

        // ---- considerations

        private void considerations(ObjectNode considerations, String at, ObjectNode keptConsiderations,
                String keptAt) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = considerations.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String here = at + "/" + escape(key);
                String keptHere = keptAt + "/" + escape(key);
                switch (key) {
                    case "use_cases" -> {
                        List<Located> useCases = descriptions(value, here, keptConsiderations, key, keptHere);
                        if (!useCases.isEmpty()) {
                            put("/intendedUse", NODES.textNode(String.join("\n",
                                    useCases.stream().map(Located::text).toList())), here);
                        }
                    }
                    case "limitations" -> list("/limitations",
                            descriptions(value, here, keptConsiderations, key, keptHere), here);
                    case "users" -> prose("Intended users",
                            descriptions(value, here, keptConsiderations, key, keptHere), here);
                    case "tradeoffs" -> prose("Tradeoffs",
                            descriptions(value, here, keptConsiderations, key, keptHere), here);
                    case "ethical_considerations" -> list("/ethicalConsiderations",
                            risks(value, here, keptConsiderations, keptHere), here);
                    default -> keep(keptConsiderations, key, value, keptHere, here);
                }
            }
        }

        /** A located text of a list: its words and the pointer of the element it came from. */
        private record Located(String text, String at) {
        }

        /**
         * The texts of a list of the toolkit's {@code {"description": ...}} objects (v0.0.2) or strings (v0.0.1);
         * entries of another shape, or with keys of their own, are kept.
         */
        private List<Located> descriptions(JsonNode list, String at, ObjectNode keptSection, String key,
                String keptAt) {
            List<Located> texts = new ArrayList<>();
            if (!list.isArray()) {
                wrongShape(at, list, "a list of {\"description\": ...} entries");
                keep(keptSection, key, list, keptAt, at);
                return texts;
            }
            ArrayNode keptEntries = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                String here = at + "/" + i;
                if (entry.isTextual()) {
                    texts.add(new Located(entry.asText(), here));
                } else if (entry.path("description").isTextual()) {
                    texts.add(new Located(entry.get("description").asText(), here + "/description"));
                    if (entry.size() > 1) {
                        keepElement(keptEntries, entry, keptAt, here);
                    }
                } else {
                    wrongShape(here, entry, "an entry with a description");
                    keepElement(keptEntries, entry, keptAt, here);
                }
            }
            if (keptEntries.size() > 0) {
                keptSection.set(key, keptEntries);
                locate(keptAt, at);
            }
            return texts;
        }

        /** The ethical considerations: {@code {name, mitigation_strategy}} as "name: mitigation strategy". */
        private List<Located> risks(JsonNode list, String at, ObjectNode keptSection, String keptAt) {
            List<Located> texts = new ArrayList<>();
            String key = "ethical_considerations";
            if (!list.isArray()) {
                wrongShape(at, list, "a list of {\"name\", \"mitigation_strategy\"} entries");
                keep(keptSection, key, list, keptAt, at);
                return texts;
            }
            ArrayNode keptEntries = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                String here = at + "/" + i;
                JsonNode name = entry.path("name");
                JsonNode mitigation = entry.path("mitigation_strategy");
                boolean hasName = name.isTextual() && !name.asText().isBlank();
                boolean hasMitigation = mitigation.isTextual() && !mitigation.asText().isBlank();
                if (entry.isTextual()) {
                    texts.add(new Located(entry.asText(), here));
                    continue;
                }
                if (!hasName && !hasMitigation) {
                    wrongShape(here, entry, "an ethical consideration with a name and a mitigation_strategy");
                    keepElement(keptEntries, entry, keptAt, here);
                    continue;
                }
                String text = hasName && hasMitigation ? name.asText() + ": " + mitigation.asText()
                        : hasName ? name.asText() : mitigation.asText();
                texts.add(new Located(text, here));
                int known = (entry.has("name") ? 1 : 0) + (entry.has("mitigation_strategy") ? 1 : 0);
                if (entry.size() > known || entry.has("name") && !hasName || entry.has("mitigation_strategy")
                        && !hasMitigation) {
                    keepElement(keptEntries, entry, keptAt, here);
                }
            }
            if (keptEntries.size() > 0) {
                keptSection.set(key, keptEntries);
                locate(keptAt, at);
            }
            return texts;
        }

        private void list(String pointer, List<Located> texts, String at) {
            if (texts.isEmpty()) {
                return;
            }
            ArrayNode list = metadata.withArrayProperty(pointer.substring(1));
            locate(pointer, at);
            for (Located text : texts) {
                locate(pointer + "/" + list.size(), text.at());
                list.add(text.text());
            }
        }

        private void prose(String title, List<Located> texts, String at) {
            if (!texts.isEmpty()) {
                documentation.add(new DocumentationSection(title,
                        String.join("\n", texts.stream().map(Located::text).toList()), DocumentationSection.PLAIN,
                        document.locate(at)));
            }
        }

        // ---- the native document, the kept values and the warnings

        /** A text field mapped onto a native field; another shape is reported and kept. */
        private void text(JsonNode value, String at, String pointer, ObjectNode keptSection, String key,
                String keptAt) {
            if (value.isTextual() && !value.asText().isBlank()) {
                put(pointer, value.deepCopy(), at);
            } else {
                wrongShape(at, value, "a text that is not empty");
                keep(keptSection, key, value, keptAt + "/" + escape(key), at);
            }
        }

        private void put(String pointer, JsonNode value, String at) {
            metadata.set(pointer.substring(1), value);
            locate(pointer, at);
        }

        /** Records that the native or kept value at {@code pointer} is written at {@code at} of the card. */
        private void locate(String pointer, String at) {
            SourceLocation key = document.locate(at);
            locations.put(pointer, key.withPointer(pointer, key.line(), key.column()));
            SourceLocation value = document.locateValue(at);
            valueLocations.put(pointer, value.withPointer(pointer, value.line(), value.column()));
        }

        /** Keeps {@code value}, written at {@code at}, as {@code key} of {@code target} (at {@code pointer}). */
        private void keep(ObjectNode target, String key, JsonNode value, String pointer, String at) {
            target.set(key, copy(value, pointer, at));
        }

        /** Keeps a list entry, written at {@code at}, at the end of {@code target} (at {@code pointer}). */
        private void keepElement(ArrayNode target, JsonNode value, String pointer, String at) {
            target.add(copy(value, pointer + "/" + target.size(), at));
        }

        /** A copy of {@code value}, each of its nodes located where it is written. */
        private JsonNode copy(JsonNode value, String pointer, String at) {
            record(value, pointer, at);
            return value.deepCopy();
        }

        private void record(JsonNode value, String pointer, String at) {
            locate(pointer, at);
            if (value.isObject()) {
                value.fieldNames().forEachRemaining(name -> record(value.get(name), pointer + "/" + escape(name),
                        at + "/" + escape(name)));
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    record(value.get(i), pointer + "/" + i, at + "/" + i);
                }
            }
        }

        private void wrongShape(String at, JsonNode value, String expected) {
            warn(at, kind(value) + (value.isValueNode() ? " " + shown(value) : ""), expected + " (kept under extensions)");
        }

        private void warn(String at, String found, String expected) {
            warnings.add(new InputProblem(document.locateValue(at), found, expected));
        }

        /** A value as written in JSON, cut short when long (an image, a whole text). */
        private static String shown(JsonNode value) {
            String written = value.toString();
            return written.length() > 80 ? written.substring(0, 77) + "..." : written;
        }

        private static String kind(JsonNode value) {
            return switch (value.getNodeType()) {
                case ARRAY -> "a list";
                case OBJECT -> "an object";
                case STRING -> "a text";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                default -> "a value";
            };
        }
    }
}
