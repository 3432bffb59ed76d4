package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.LineageDocument;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Graphic;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.LineageGraphCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a CycloneDX ML-BOM (specification 1.5 to 1.7; written for 1.6): the component of type
 * {@code machine-learning-model} and its {@code modelCard}, and the components of type {@code data} its model card
 * names as datasets. Files: {@code bom.json}, {@code *.cdx.json}, or any {@code .json} file whose first bytes hold
 * {@code "bomFormat": "CycloneDX"}.
 *
 * <p>One model per model folder: when a BOM lists several model components, the one read is the one whose name
 * (or {@code bom-ref}) is the folder's name, else the first with a model card (the BOM's {@code metadata.component}
 * first, then {@code components} in file order, nested ones after their parent); each other one is a warning.
 *
 * <p>The supplier of the component (else its manufacturer, else its publisher) becomes {@code vendor} only when it is
 * a third party: when the BOM does not name the same organisation as its own supplier or manufacturer
 * ({@code metadata.supplier}, {@code metadata.manufacturer}). A team documenting its own model names itself there.
 *
 * <p>CycloneDX has no field for the role a dataset played, nor for uses that are out of scope: the role is read from
 * a property {@value #ROLE_PROPERTY} of the data component, and a technical limitation starting with
 * {@value #OUT_OF_SCOPE_PREFIX} is an out-of-scope use, which is how {@code CycloneDxBomWriter} writes them. Everything
 * of the model component that has no native field is kept as written under {@code extensions.cyclonedx}, in the
 * layout of the component ({@code extensions.cyclonedx.modelCard.modelParameters.approach}). Thread-safe.
 */
public final class CycloneDxImporter implements ModelImporter {

    /** The importer's name: the input kind and the {@code extensions} key. */
    public static final String NAME = "cyclonedx";

    /** The property of a data component giving the role the dataset played for the model. */
    public static final String ROLE_PROPERTY = "modelops:role";

    /** A technical limitation that starts so is a use the model must not be put to. */
    public static final String OUT_OF_SCOPE_PREFIX = "Out of scope: ";

    /** A data component's personal-data classification (none, pseudonymized, personal, sensitive). */
    public static final String PII_PROPERTY = "modelops:pii";
    /** A data component's lineage status (active, deprecated, forbidden). */
    public static final String STATUS_PROPERTY = "modelops:status";
    /** The legal basis of processing a data component's personal data. */
    public static final String LEGAL_BASIS_PROPERTY = "modelops:legalBasis";
    /** Whether a data component's personal fields are masked: true or false. */
    public static final String MASKED_PROPERTY = "modelops:masked";
    /** A data component's source when it is not a URL (a table name, a description of where the data is). */
    public static final String SOURCE_PROPERTY = "modelops:source";

    private static final String MODEL_TYPE = "machine-learning-model";
    private static final String DATA_TYPE = "data";
    private static final Set<String> SPEC_VERSIONS = Set.of("1.5", "1.6", "1.7");
    private static final Set<String> ROLES = Set.of("training", "validation", "test", "monitoring");
    private static final Pattern BOM_FORMAT = Pattern.compile("\"bomFormat\"\\s*:\\s*\"CycloneDX\"");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");
    private static final Map<String, byte[]> IMAGE_SIGNATURES = Map.of(
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", new byte[] {'G', 'I', 'F', '8'});
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.equals("bom.json") || name.endsWith(".cdx.json")) {
                return true;
            }
            return name.endsWith(".json") && BOM_FORMAT.matcher(context.head(file)).find();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        return new Reading(parser.parse(file), context.folderName()).read();
    }

    @Override
    public String formatDescription() {
        return "CycloneDX ML-BOMs (bom.json, *.cdx.json, or a .json file with \"bomFormat\": \"CycloneDX\")";
    }

    /** A component of the BOM and the JSON pointer where it is. */
    private record Found(String pointer, JsonNode node) {
    }

    /** The reading of one file: the document read, and what it gives in the native layout. */
    private static final class Reading {
        private final LocatedDocument source;
        private final String file;
        private final String folderName;
        private final ObjectNode metadata = NODES.objectNode();
        private final ObjectNode extension = NODES.objectNode();
        private final Map<String, SourceLocation> keys = new HashMap<>();
        private final Map<String, SourceLocation> values = new HashMap<>();
        private final List<MetricResult> evaluations = new ArrayList<>();
        private final List<DocumentationSection> documentation = new ArrayList<>();
        private final List<Graphic> graphics = new ArrayList<>();
        private final List<InputProblem> warnings = new ArrayList<>();
        private final Map<String, LineageDataset> lineageDatasets = new LinkedHashMap<>();
        private final List<LineageEdge> lineageEdges = new ArrayList<>();
        private final Map<String, SourceLocation> lineageLocations = new HashMap<>();
        private final List<Found> models = new ArrayList<>();
        private final Map<String, Found> byRef = new LinkedHashMap<>();
        private Found chosen;

        Reading(LocatedDocument source, String folderName) {
            this.source = source;
            this.file = source.file();
            this.folderName = folderName;
        }

        ImportedModel read() {
            JsonNode root = source.root();
            JsonNode format = root.path("bomFormat");
            if (!root.isObject() || !"CycloneDX".equals(format.asText(null))) {
                throw new InvalidInputException(new InputProblem(at(root.isObject() && !format.isMissingNode()
                        ? "/bomFormat" : ""),
                        "found " + (root.isObject() ? (format.isMissingNode() ? "a JSON object without \"bomFormat\""
                                : "\"bomFormat\": " + format) : "a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT)),
                        "a CycloneDX BOM: a JSON object with \"bomFormat\": \"CycloneDX\""));
            }
            String spec = root.path("specVersion").asText("");
            if (!SPEC_VERSIONS.contains(spec)) {
                warn(root.has("specVersion") ? "/specVersion" : "", root.has("specVersion")
                        ? "\"specVersion\": " + root.get("specVersion") : "no specVersion",
                        "specVersion 1.5, 1.6 or 1.7, the versions with model cards (the file was read as 1.6)");
            }
            collect("/metadata/component", root.path("metadata").path("component"));
            JsonNode components = root.path("components");
            for (int i = 0; i < components.size(); i++) {
                collect("/components/" + i, components.get(i));
            }
            if (models.isEmpty()) {
                warn("", "a CycloneDX BOM without a component of type " + MODEL_TYPE,
                        "an ML-BOM: a component of type " + MODEL_TYPE + " with its modelCard");
                return new ImportedModel(ImportedModel.emptyMetadata(file), List.of(), ImportedModel.noLineage(file),
                        List.of(), List.of(), warnings);
            }
            Found model = chooseModel();
            chosen = model;
            for (Found other : models) {
                if (other != model) {
                    warn(other.pointer(), "a further component of type " + MODEL_TYPE + ", '"
                            + other.node().path("name").asText("") + "', which was not read",
                            "one model per model folder: the one named like the folder '" + folderName
                                    + "' was read, else the first with a modelCard ('"
                                    + model.node().path("name").asText("") + "'); give each model a folder of its own");
                }
            }
            keepBom(root, model);
            readComponent(model);
            if (!extension.isEmpty()) {
                ObjectNode extensions = metadata.putObject("extensions");
                extensions.set(NAME, extension);
                keys.putIfAbsent("/extensions", SourceLocation.of(file));
                keys.putIfAbsent("/extensions/" + NAME, at(model.pointer()));
            }
            keys.put("", at(""));
            LocatedDocument document = new LocatedDocument(metadata, file, keys, values);
            Lineage lineage = new Lineage(new ArrayList<>(lineageDatasets.values()), List.of(), lineageEdges);
            return new ImportedModel(document, evaluations, new LineageDocument(file, lineage, lineageLocations),
                    documentation, graphics, warnings);
        }

        /** Model and data components, depth first in file order, and every component by its bom-ref. */
        private void collect(String pointer, JsonNode component) {
            if (!component.isObject()) {
                return;
            }
            String ref = component.path("bom-ref").asText(null);
            if (ref != null) {
                byRef.putIfAbsent(ref, new Found(pointer, component));
            }
            if (MODEL_TYPE.equals(component.path("type").asText())) {
                models.add(new Found(pointer, component));
            }
            JsonNode nested = component.path("components");
            for (int i = 0; i < nested.size(); i++) {
                collect(pointer + "/components/" + i, nested.get(i));
            }
        }

        private Found chooseModel() {
            List<Found> withCard = models.stream().filter(m -> m.node().path("modelCard").isObject()).toList();
            List<Found> pool = withCard.isEmpty() ? models : withCard;
            for (Found candidate : pool) {
                if (folderName.equals(asId(candidate.node().path("name").asText("")))
                        || folderName.equals(asId(candidate.node().path("bom-ref").asText("")))) {
                    return candidate;
                }
            }
            return pool.get(0);
        }

        /** The BOM's own identity, so that the card says which BOM the model came from. */
        private void keepBom(JsonNode root, Found model) {
            for (String key : List.of("serialNumber", "version", "specVersion")) {
                if (root.has(key)) {
                    keep("/" + key, "bom/" + key);
                }
            }
            JsonNode bomMetadata = root.path("metadata");
            if (bomMetadata.isObject()) {
                for (Iterator<String> names = bomMetadata.fieldNames(); names.hasNext();) {
                    String key = names.next();
                    if (!(key.equals("component") && model.pointer().startsWith("/metadata/component"))) {
                        keep("/metadata/" + escape(key), "bom/metadata/" + escape(key));
                    }
                }
            }
        }

        private void readComponent(Found model) {
            String at = model.pointer();
            JsonNode component = model.node();
            text(component, at, "name", "/name");
            text(component, at, "version", "/version");
            text(component, at, "description", "/description");
            readLicense(component, at, "/license", true);
            readArtifact(component, at);
            readVendor(component, at);
            for (Iterator<String> names = component.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!Set.of("type", "name", "version", "description", "licenses", "hashes", "modelCard").contains(key)) {
                    keep(at + "/" + escape(key), escape(key));
                }
            }
            JsonNode card = component.path("modelCard");
            if (card.isObject()) {
                readModelCard(card, at + "/modelCard");
            }
        }

        private void text(JsonNode node, String at, String key, String nativePointer) {
            JsonNode value = node.path(key);
            if (value.isTextual() && !value.asText().isBlank()) {
                set(nativePointer, value.deepCopy(), at + "/" + key);
            } else if (value.isNumber()) {
                set(nativePointer, NODES.textNode(value.asText()), at + "/" + key);
            } else if (!value.isMissingNode()) {
                warn(at + "/" + key, "the " + key + " " + value, "a text");
                keep(at + "/" + key, relative(at + "/" + key));
            }
        }

        /**
         * The licences as one text (an SPDX id, a licence name or an expression; several joined by ", "), set at
         * {@code nativePointer} for the model, returned for a dataset.
         */
        private String readLicense(JsonNode component, String at, String nativePointer, boolean model) {
            JsonNode licenses = component.path("licenses");
            if (!licenses.isArray() || licenses.isEmpty()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode choice : licenses) {
                String name = choice.path("expression").asText(null);
                if (name == null) {
                    JsonNode license = choice.path("license");
                    name = license.path("id").asText(null);
                    name = name != null ? name : license.path("name").asText(null);
                }
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
            String joined = names.isEmpty() ? null : String.join(", ", names);
            if (model) {
                if (joined != null) {
                    set(nativePointer, NODES.textNode(joined), at + "/licenses");
                }
                if (licenses.size() > 1 || names.isEmpty() || hasMoreThanNames(licenses)) {
                    keep(at + "/licenses", "licenses");
                }
            }
            return joined;
        }

        /** True when a licence says more than its id or name (a URL, a text): kept then as written. */
        private static boolean hasMoreThanNames(JsonNode licenses) {
            for (JsonNode choice : licenses) {
                JsonNode license = choice.path("license");
                if (choice.size() > 1 || license.size() > 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The artifact: where it is (the first external reference of type distribution) and its SHA-256 and MD5.
         * Without a place the native artifact cannot be formed; the digests are then kept as written.
         */
        private void readArtifact(JsonNode component, String at) {
            String path = null;
            String pathPointer = null;
            JsonNode references = component.path("externalReferences");
            for (int i = 0; i < references.size(); i++) {
                JsonNode reference = references.get(i);
                if ("distribution".equals(reference.path("type").asText()) && reference.path("url").isTextual()) {
                    path = reference.get("url").asText();
                    pathPointer = at + "/externalReferences/" + i + "/url";
                    break;
                }
            }
            JsonNode hashes = component.path("hashes");
            if (path == null) {
                if (!hashes.isMissingNode()) {
                    keep(at + "/hashes", "hashes");
                }
                return;
            }
            ObjectNode artifact = NODES.objectNode();
            set("/artifact", artifact, pathPointer);
            set("/artifact/path", NODES.textNode(path), pathPointer);
            ArrayNode others = NODES.arrayNode();
            for (int i = 0; i < hashes.size(); i++) {
                JsonNode hash = hashes.get(i);
                String algorithm = hash.path("alg").asText("");
                String content = hash.path("content").asText("").toLowerCase(Locale.ROOT);
                String pointer = at + "/hashes/" + i + "/content";
                if (algorithm.equals("SHA-256") && SHA256.matcher(content).matches() && !artifact.has("sha256")) {
                    set("/artifact/sha256", NODES.textNode(content), pointer);
                } else if (algorithm.equals("MD5") && MD5.matcher(content).matches() && !artifact.has("md5")) {
                    set("/artifact/md5", NODES.textNode(content), pointer);
                } else {
                    if (algorithm.equals("SHA-256") || algorithm.equals("MD5")) {
                        warn(pointer, "the " + algorithm + " digest '" + hash.path("content").asText("") + "'",
                                algorithm.equals("MD5") ? "32 hexadecimal digits" : "64 hexadecimal digits");
                    }
                    others.add(hash.deepCopy());
                }
            }
            if (!others.isEmpty()) {
                putExtension("hashes", others, at + "/hashes");
            }
        }

        private void readVendor(JsonNode component, String at) {
            String[][] candidates = {{"supplier", "/supplier/name"}, {"manufacturer", "/manufacturer/name"},
                {"publisher", "/publisher"}};
            for (String[] candidate : candidates) {
                JsonNode name = component.at(candidate[1]);
                if (name.isTextual() && !name.asText().isBlank()) {
                    if (!isBomAuthor(name.asText())) {
                        ObjectNode vendor = NODES.objectNode();
                        set("/vendor", vendor, at + candidate[1]);
                        set("/vendor/name", NODES.textNode(name.asText()), at + candidate[1]);
                    }
                    return;
                }
            }
        }

        /** True when the BOM names {@code organisation} as its own supplier or manufacturer: the model is in-house. */
        private boolean isBomAuthor(String organisation) {
            JsonNode bomMetadata = source.root().path("metadata");
            for (String pointer : List.of("/supplier/name", "/manufacturer/name", "/manufacture/name")) {
                JsonNode name = bomMetadata.at(pointer);
                if (name.isTextual() && name.asText().strip().equalsIgnoreCase(organisation.strip())) {
                    return true;
                }
            }
            return false;
        }

        private void readModelCard(JsonNode card, String at) {
            for (Iterator<String> names = card.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!Set.of("modelParameters", "quantitativeAnalysis", "considerations").contains(key)) {
                    keep(at + "/" + escape(key), relative(at + "/" + escape(key)));
                }
            }
            JsonNode parameters = card.path("modelParameters");
            for (Iterator<String> names = parameters.fieldNames(); names.hasNext();) {
                String key = names.next();
                String pointer = at + "/modelParameters/" + escape(key);
                switch (key) {
                    case "task" -> text(parameters, at + "/modelParameters", "task", "/task");
                    case "datasets" -> {
                        readDatasets(parameters.get(key), pointer);
                        keep(pointer, relative(pointer));
                    }
                    default -> keep(pointer, relative(pointer));
                }
            }
            JsonNode analysis = card.path("quantitativeAnalysis");
            for (Iterator<String> names = analysis.fieldNames(); names.hasNext();) {
                String key = names.next();
                String pointer = at + "/quantitativeAnalysis/" + escape(key);
                switch (key) {
                    case "performanceMetrics" -> readMetrics(analysis.get(key), pointer);
                    case "graphics" -> readGraphics(analysis.get(key), pointer);
                    default -> keep(pointer, relative(pointer));
                }
            }
            JsonNode considerations = card.path("considerations");
            for (Iterator<String> names = considerations.fieldNames(); names.hasNext();) {
                String key = names.next();
                String pointer = at + "/considerations/" + escape(key);
                JsonNode value = considerations.get(key);
                switch (key) {
                    case "useCases" -> readUseCases(value, pointer);
                    case "technicalLimitations" -> readLimitations(value, pointer);
                    case "ethicalConsiderations" -> readEthicalConsiderations(value, pointer);
                    case "users" -> section("Intended users", value, pointer);
                    case "performanceTradeoffs" -> section("Performance trade-offs", value, pointer);
                    case "fairnessAssessments" -> {
                        readFairnessAssessments(value, pointer);
                        keep(pointer, relative(pointer));
                    }
                    default -> keep(pointer, relative(pointer));
                }
            }
        }

        private void readDatasets(JsonNode datasets, String at) {
            if (!datasets.isArray()) {
                warn(at, "datasets " + datasets.getNodeType().name().toLowerCase(Locale.ROOT), "an array");
                keep(at, relative(at));
                return;
            }
            ArrayNode uses = NODES.arrayNode();
            for (int i = 0; i < datasets.size(); i++) {
                JsonNode entry = datasets.get(i);
                String pointer = at + "/" + i;
                String usePointer = "/datasets/" + uses.size();
                if (entry.has("ref")) {
                    String ref = entry.path("ref").asText("");
                    Found data = byRef.get(ref);
                    if (data == null) {
                        warn(pointer + "/ref", "a dataset ref '" + ref + "' that names no component of the BOM",
                                "the bom-ref of a component of type data");
                        continue;
                    }
                    if (!DATA_TYPE.equals(data.node().path("type").asText())) {
                        warn(pointer + "/ref", "a dataset ref '" + ref + "' to a component of type '"
                                + data.node().path("type").asText() + "'", "the bom-ref of a component of type data");
                        continue;
                    }
                    JsonNode component = data.node();
                    String name = component.path("name").asText(ref);
                    ObjectNode use = uses.addObject();
                    use.put("name", name);
                    record(usePointer, pointer);
                    record(usePointer + "/name", component.has("name") ? data.pointer() + "/name" : pointer + "/ref");
                    String role = role(component, data.pointer());
                    if (role != null) {
                        use.put("role", role);
                        record(usePointer + "/role", data.pointer() + "/properties");
                    }
                    use.put("lineageRef", ref);
                    record(usePointer + "/lineageRef", pointer + "/ref");
                    String description = description(component);
                    if (description != null) {
                        use.put("description", description);
                        record(usePointer + "/description", data.pointer() + "/description");
                    }
                    addLineage(ref, component, data.pointer(), role);
                    if (!extension.path("dataComponents").has(ref)) {
                        keep(data.pointer(), "dataComponents/" + escape(ref));
                    }
                } else if (entry.isObject()) {
                    String name = entry.path("name").asText(null);
                    String ref = entry.path("bom-ref").asText(name);
                    if (name == null && ref == null) {
                        warn(pointer, "a dataset without a name or bom-ref", "a dataset with a name");
                        continue;
                    }
                    ObjectNode use = uses.addObject();
                    use.put("name", name != null ? name : ref);
                    record(usePointer, pointer);
                    record(usePointer + "/name", pointer + (name != null ? "/name" : "/bom-ref"));
                    use.put("lineageRef", ref);
                    record(usePointer + "/lineageRef", pointer + (entry.has("bom-ref") ? "/bom-ref" : "/name"));
                    if (entry.path("description").isTextual()) {
                        use.put("description", entry.get("description").asText());
                        record(usePointer + "/description", pointer + "/description");
                    }
                    addInlineLineage(ref, entry, pointer);
                } else {
                    warn(pointer, "a dataset " + entry, "an object: {\"ref\": ...} or an inline dataset");
                }
            }
            if (!uses.isEmpty()) {
                metadata.set("datasets", uses);
                record("/datasets", at);
            }
        }

        /** The role stated by the property {@value #ROLE_PROPERTY}, or null. */
        private String role(JsonNode component, String at) {
            JsonNode properties = component.path("properties");
            for (int i = 0; i < properties.size(); i++) {
                JsonNode property = properties.get(i);
                if (ROLE_PROPERTY.equals(property.path("name").asText())) {
                    String role = property.path("value").asText("");
                    if (ROLES.contains(role)) {
                        return role;
                    }
                    warn(at + "/properties/" + i + "/value", "the dataset role '" + role + "'",
                            "one of training, validation, test, monitoring");
                }
            }
            return null;
        }

        private static String description(JsonNode component) {
            if (component.path("description").isTextual()) {
                return component.get("description").asText();
            }
            for (JsonNode data : component.path("data")) {
                if (data.path("description").isTextual()) {
                    return data.get("description").asText();
                }
            }
            return null;
        }

        /** A lineage dataset from a data component; the training data leads to the model artifact. */
        private void addLineage(String id, JsonNode component, String at, String role) {
            if (lineageDatasets.containsKey(id)) {
                addTrainingEdge(id, role);
                return;
            }
            String source = null;
            String owner = null;
            for (JsonNode data : component.path("data")) {
                source = source != null ? source : data.at("/contents/url").asText(null);
                owner = owner != null ? owner : owner(data.path("governance"));
            }
            if (source == null) {
                JsonNode references = component.path("externalReferences");
                for (JsonNode reference : references) {
                    if ("distribution".equals(reference.path("type").asText()) && reference.path("url").isTextual()) {
                        source = reference.get("url").asText();
                        break;
                    }
                }
            }
            source = source != null ? source : property(component, SOURCE_PROPERTY);
            String sha256 = null;
            String md5 = null;
            JsonNode hashes = component.path("hashes");
            for (int i = 0; i < hashes.size(); i++) {
                String algorithm = hashes.get(i).path("alg").asText("");
                String content = hashes.get(i).path("content").asText("").toLowerCase(Locale.ROOT);
                if (algorithm.equals("SHA-256") && sha256 == null && SHA256.matcher(content).matches()) {
                    sha256 = content;
                } else if (algorithm.equals("MD5") && md5 == null && MD5.matcher(content).matches()) {
                    md5 = content;
                } else if (algorithm.equals("SHA-256") || algorithm.equals("MD5")) {
                    warn(at + "/hashes/" + i + "/content", "the " + algorithm + " digest '"
                            + hashes.get(i).path("content").asText("") + "' of dataset '" + id + "'",
                            algorithm.equals("MD5") ? "32 hexadecimal digits" : "64 hexadecimal digits");
                }
            }
            String masked = property(component, MASKED_PROPERTY);
            LineageDataset dataset = new LineageDataset(id, component.path("name").asText(id), source, owner,
                    readLicense(component, at, null, false), property(component, PII_PROPERTY),
                    component.path("version").asText(null), sha256, description(component),
                    property(component, STATUS_PROPERTY), property(component, LEGAL_BASIS_PROPERTY),
                    masked == null ? null : Boolean.valueOf(masked), md5);
            putLineage(dataset, at, component.has("bom-ref") ? at + "/bom-ref" : at);
            addTrainingEdge(id, role);
        }

        private void addInlineLineage(String id, JsonNode data, String at) {
            if (lineageDatasets.containsKey(id)) {
                return;
            }
            LineageDataset dataset = new LineageDataset(id, data.path("name").asText(id),
                    data.at("/contents/url").asText(null), owner(data.path("governance")), null, null, null, null,
                    data.path("description").asText(null));
            putLineage(dataset, at, data.has("bom-ref") ? at + "/bom-ref" : at + "/name");
        }

        private void putLineage(LineageDataset dataset, String at, String idAt) {
            if (LineageGraphCheck.MODEL_ARTIFACT.equals(dataset.id())) {
                warn(idAt, "a dataset with the id '" + LineageGraphCheck.MODEL_ARTIFACT + "'",
                        "another bom-ref: '" + LineageGraphCheck.MODEL_ARTIFACT + "' stands for the model artifact");
                return;
            }
            String pointer = "/datasets/" + lineageDatasets.size();
            lineageDatasets.put(dataset.id(), dataset);
            lineageLocations.put(pointer, at(at));
            lineageLocations.put(pointer + "/id", at(idAt));
        }

        private void addTrainingEdge(String id, String role) {
            LineageEdge edge = new LineageEdge(id, LineageGraphCheck.MODEL_ARTIFACT);
            if ("training".equals(role) && lineageDatasets.containsKey(id) && !lineageEdges.contains(edge)) {
                lineageEdges.add(edge);
            }
        }

        /** Who answers for the data: its owners, else its stewards, else its custodians (organisation or contact). */
        private static String owner(JsonNode governance) {
            for (String group : List.of("owners", "stewards", "custodians")) {
                for (JsonNode party : governance.path(group)) {
                    String name = party.at("/organization/name").asText(null);
                    name = name != null ? name : party.at("/contact/name").asText(null);
                    if (name != null && !name.isBlank()) {
                        return name;
                    }
                }
            }
            return null;
        }

        private static String property(JsonNode component, String name) {
            for (JsonNode property : component.path("properties")) {
                if (name.equals(property.path("name").asText()) && property.path("value").isTextual()) {
                    return property.get("value").asText();
                }
            }
            return null;
        }

        private void readMetrics(JsonNode metrics, String at) {
            boolean allRead = metrics.isArray();
            for (int i = 0; i < metrics.size(); i++) {
                allRead &= readMetric(metrics.get(i), at + "/" + i);
            }
            if (!allRead) {
                keep(at, relative(at));
            }
        }

        private boolean readMetric(JsonNode metric, String at) {
            String type = metric.path("type").asText("");
            if (type.isBlank()) {
                warn(at, "a performance metric without a type", "the metric's name in \"type\", such as accuracy");
                return false;
            }
            Double value = number(metric.path("value"));
            if (value == null) {
                warn(at + "/value", "the value " + metric.path("value") + " of metric '" + type + "'",
                        "a number written in JSON syntax, such as 0.87");
                return false;
            }
            ConfidenceInterval interval = null;
            JsonNode bounds = metric.path("confidenceInterval");
            if (!bounds.isMissingNode()) {
                Double lower = number(bounds.path("lowerBound"));
                Double upper = number(bounds.path("upperBound"));
                if (lower == null || upper == null || lower > upper) {
                    warn(at + "/confidenceInterval", "the confidence interval " + bounds + " of metric '" + type
                            + "' (the value was read without it)",
                            "numeric lowerBound and upperBound, the lower one not above the upper one");
                } else {
                    interval = new ConfidenceInterval(lower, upper, null);
                }
            }
            evaluations.add(new MetricResult(type, value, slice(metric.path("slice").asText("")), interval, null,
                    null, null, at(at), null));
            return true;
        }

        /**
         * The slice: {@code feature=value}, several joined by {@code ;}, as the native CSV writes it; any other
         * name is kept whole as the value of the feature {@code slice}.
         */
        private static TreeMap<String, String> slice(String written) {
            TreeMap<String, String> slice = new TreeMap<>();
            if (written.isBlank()) {
                return slice;
            }
            for (String part : written.split(";")) {
                int equals = part.indexOf('=');
                String feature = equals < 0 ? "" : part.substring(0, equals).strip();
                String value = equals < 0 ? "" : part.substring(equals + 1).strip();
                if (feature.isEmpty() || value.isEmpty() || slice.putIfAbsent(feature, value) != null) {
                    TreeMap<String, String> whole = new TreeMap<>();
                    whole.put("slice", written.strip());
                    return whole;
                }
            }
            return slice;
        }

        private static Double number(JsonNode node) {
            if (node.isNumber()) {
                return Double.isFinite(node.asDouble()) ? node.asDouble() : null;
            }
            if (node.isTextual() && JSON_NUMBER.matcher(node.asText().strip()).matches()) {
                double value = Double.parseDouble(node.asText().strip());
                return Double.isFinite(value) ? value : null;
            }
            return null;
        }

        private void readGraphics(JsonNode graphicsNode, String at) {
            for (Iterator<String> names = graphicsNode.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!key.equals("collection")) {
                    keep(at + "/" + escape(key), relative(at + "/" + escape(key)));
                }
            }
            JsonNode collection = graphicsNode.path("collection");
            for (int i = 0; i < collection.size(); i++) {
                String pointer = at + "/collection/" + i;
                JsonNode graphic = collection.get(i);
                String name = graphic.path("name").asText("Graphic " + (i + 1));
                JsonNode image = graphic.path("image");
                String type = image.path("contentType").asText("");
                String encoding = image.path("encoding").asText("");
                String content = image.path("content").asText("").replaceAll("\\s", "");
                byte[] signature = IMAGE_SIGNATURES.get(type);
                if (signature == null) {
                    warn(pointer + "/image", "the graphic '" + name + "' of content type '" + type + "'",
                            "an image/png, image/jpeg or image/gif");
                    continue;
                }
                if (!encoding.equals("base64")) {
                    warn(pointer + "/image", "the graphic '" + name + "' with encoding '" + encoding + "'",
                            "the image encoded as base64");
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(content);
                } catch (IllegalArgumentException e) {
                    warn(pointer + "/image/content", "the graphic '" + name + "', whose content is not base64",
                            "the image encoded as base64");
                    continue;
                }
                if (!startsWith(bytes, signature)) {
                    warn(pointer + "/image/content", "the graphic '" + name + "', whose content is not a " + type,
                            "the bytes of a " + type + " image, encoded as base64");
                    continue;
                }
                graphics.add(new Graphic(name, type, content, at(pointer)));
            }
        }

        private static boolean startsWith(byte[] bytes, byte[] signature) {
            if (bytes.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if (bytes[i] != signature[i]) {
                    return false;
                }
            }
            return true;
        }

        private void readUseCases(JsonNode useCases, String at) {
            List<String> texts = texts(useCases, at);
            if (!texts.isEmpty()) {
                set("/intendedUse", NODES.textNode(String.join("\n", texts)), at);
            }
        }

        private void readLimitations(JsonNode limitations, String at) {
            ArrayNode limits = NODES.arrayNode();
            ArrayNode outOfScope = NODES.arrayNode();
            List<String> texts = texts(limitations, at);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                String pointer = at + "/" + i;
                if (text.startsWith(OUT_OF_SCOPE_PREFIX) && text.length() > OUT_OF_SCOPE_PREFIX.length()) {
                    record("/outOfScopeUses/" + outOfScope.size(), pointer);
                    outOfScope.add(text.substring(OUT_OF_SCOPE_PREFIX.length()));
                } else {
                    record("/limitations/" + limits.size(), pointer);
                    limits.add(text);
                }
            }
            if (!limits.isEmpty()) {
                metadata.set("limitations", limits);
                record("/limitations", at);
            }
            if (!outOfScope.isEmpty()) {
                metadata.set("outOfScopeUses", outOfScope);
                record("/outOfScopeUses", at);
            }
        }

        private void readEthicalConsiderations(JsonNode risks, String at) {
            ArrayNode texts = NODES.arrayNode();
            for (int i = 0; i < risks.size(); i++) {
                JsonNode risk = risks.get(i);
                String pointer = at + "/" + i;
                String name = risk.path("name").asText("");
                String mitigation = risk.path("mitigationStrategy").asText("");
                if (name.isBlank() && mitigation.isBlank()) {
                    warn(pointer, "an ethical consideration " + risk, "an object with a name and a mitigationStrategy");
                    continue;
                }
                String text = mitigation.isBlank() ? name
                        : (name.isBlank() ? "" : name + "; ") + "mitigation: " + mitigation;
                record("/ethicalConsiderations/" + texts.size(), pointer);
                texts.add(text);
            }
            if (!texts.isEmpty()) {
                metadata.set("ethicalConsiderations", texts);
                record("/ethicalConsiderations", at);
            }
        }

        private void readFairnessAssessments(JsonNode assessments, String at) {
            StringBuilder text = new StringBuilder();
            String[][] parts = {{"groupAtRisk", "Group at risk"}, {"benefits", "Benefits"}, {"harms", "Harms"},
                {"mitigationStrategy", "Mitigation"}};
            for (JsonNode assessment : assessments) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                StringBuilder entry = new StringBuilder();
                for (String[] part : parts) {
                    if (assessment.path(part[0]).isTextual()) {
                        entry.append(entry.length() == 0 ? "" : "\n").append(part[1]).append(": ")
                                .append(assessment.get(part[0]).asText());
                    }
                }
                text.append(entry);
            }
            if (!text.toString().isBlank()) {
                documentation.add(new DocumentationSection("Fairness assessments", text.toString(),
                        DocumentationSection.PLAIN, at(at)));
            }
        }

        private void section(String title, JsonNode lines, String at) {
            List<String> texts = texts(lines, at);
            if (!texts.isEmpty()) {
                documentation.add(new DocumentationSection(title, String.join("\n", texts), DocumentationSection.PLAIN,
                        at(at)));
            }
        }

        /** The texts of an array of texts; anything else in it is a warning. */
        private List<String> texts(JsonNode array, String at) {
            List<String> texts = new ArrayList<>();
            if (!array.isArray()) {
                warn(at, "a " + array.getNodeType().name().toLowerCase(Locale.ROOT), "an array of texts");
                keep(at, relative(at));
                return texts;
            }
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    texts.add(array.get(i).asText());
                } else {
                    warn(at + "/" + i, "the entry " + array.get(i), "a text");
                }
            }
            return texts;
        }

        /** Sets a native field, located where its value is in the file. */
        private void set(String nativePointer, JsonNode value, String sourcePointer) {
            String[] tokens = nativePointer.substring(1).split("/");
            ObjectNode parent = metadata;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = (ObjectNode) parent.get(tokens[i]);
            }
            parent.set(tokens[tokens.length - 1], value);
            record(nativePointer, sourcePointer);
        }

        private void record(String nativePointer, String sourcePointer) {
            keys.put(nativePointer, source.locate(sourcePointer));
            values.put(nativePointer, source.locateValue(sourcePointer));
        }

        /**
         * Keeps the node at {@code sourcePointer} as written under {@code extensions.cyclonedx} at the relative
         * path {@code path} (tokens escaped, joined by '/'), with the locations of everything below it.
         */
        private void keep(String sourcePointer, String path) {
            JsonNode node = source.root().at(sourcePointer);
            if (!node.isMissingNode()) {
                putExtension(path, node.deepCopy(), sourcePointer);
            }
        }

        private void putExtension(String path, JsonNode node, String sourcePointer) {
            String[] tokens = path.split("/");
            ObjectNode parent = extension;
            String nativePointer = "/extensions/" + NAME;
            String sourceParent = sourcePointer.substring(0, Math.max(sourcePointer.lastIndexOf('/'), 0));
            for (int i = 0; i < tokens.length - 1; i++) {
                String token = unescape(tokens[i]);
                nativePointer += "/" + tokens[i];
                if (!(parent.get(token) instanceof ObjectNode)) {
                    parent.set(token, NODES.objectNode());
                    record(nativePointer, sourceParent);
                }
                parent = (ObjectNode) parent.get(token);
            }
            parent.set(unescape(tokens[tokens.length - 1]), node);
            String target = nativePointer + "/" + tokens[tokens.length - 1];
            record(target, sourcePointer);
            String prefix = sourcePointer + "/";
            source.locations().forEach((pointer, where) -> {
                if (pointer.startsWith(prefix)) {
                    String below = target + pointer.substring(sourcePointer.length());
                    keys.put(below, where);
                    values.put(below, source.locateValue(pointer));
                }
            });
        }

        /** {@code sourcePointer} relative to the model component: {@code modelCard/modelParameters/approach}. */
        private String relative(String sourcePointer) {
            String base = chosen == null ? "" : chosen.pointer();
            return sourcePointer.startsWith(base + "/") ? sourcePointer.substring(base.length() + 1) : sourcePointer;
        }

        private SourceLocation at(String sourcePointer) {
            return source.locateValue(sourcePointer);
        }

        private void warn(String sourcePointer, String found, String expected) {
            warnings.add(new InputProblem(at(sourcePointer), "found " + found, expected));
        }

        /** A name as a model id is written: lower case, other characters than letters, digits, '.', '_' as '-'. */
        private static String asId(String name) {
            return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }

        private static String unescape(String token) {
            return token.replace("~1", "/").replace("~0", "~");
        }
    }
}
