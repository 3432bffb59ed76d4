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
import dev.modelops.model.DocumentationSection;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Hugging Face model card: the {@code README.md} directly in a model folder, with or without YAML front
 * matter between two {@code ---} lines. What it gives, in the native layout (the README's table "Hugging Face model
 * cards" lists every field):
 * <ul>
 *   <li>{@code license} is the licence; {@code datasets}, the Hub ids of the training datasets, are {@code datasets[]}
 *       entries of role training, named as written; {@code pipeline_tag} is the {@code task};</li>
 *   <li>{@code model-index}: the entry named like the model folder (or the first) gives the {@code name} and one
 *       metric result per {@code results[].metrics[]} (metric {@code type}, or {@code name}; the value read as a
 *       number, a percentage as its fraction, {@code a +/- b} as a with an interval), on the result's dataset
 *       ({@code name}, or {@code type}), which is also a {@code datasets[]} entry of role test (validation or
 *       training for those splits);</li>
 *   <li>{@code base_model}: a lineage dataset per base model, leading to the model artifact;</li>
 *   <li>every other key, and {@code model-index} and {@code base_model} themselves, as written under
 *       {@code extensions.huggingface}, so that nothing of the card is lost (a raw metric value such as
 *       {@code "25.59%"} stays there at its place);</li>
 *   <li>{@code modelops}: a block of native model.yaml fields the team writes in the card (owners, risk tier,
 *       version ...), merged over what was mapped, key by key ({@code extensions} key by key too), so that a model
 *       can be governed from its card alone;</li>
 *   <li>the Markdown body: one documentation section per heading, and the well-known sections ("Model description",
 *       "Direct Use"/"Intended uses"/"Uses", "Out-of-Scope Use", "Bias, Risks, and Limitations"/"Limitations") also as
 *       {@code description}, {@code intendedUse}, {@code outOfScopeUses} and {@code limitations}, without HTML
 *       comments and never when they only hold the template's "[More Information Needed]". The name is the first
 *       {@code #} heading when the model-index gives none, else the folder's name.</li>
 * </ul>
 * Every value is located at its line in the README (the front matter is parsed where it stands, so YAML lines are
 * file lines, with CRLF too). A front matter that is not YAML, or not a mapping, makes the card unusable: an error at
 * its line. A model-index of the wrong shape, a metric value that cannot be read, or a licence that is not a text
 * are warnings at their line and JSON pointer (into the front matter), and the rest of the card is read.
 * Thread-safe: one parser, no state between reads.
 */
public final class HuggingFaceCardImporter implements ModelImporter {

    /** The importer's name, and the key of {@code extensions} that keeps the card's front matter. */
    public static final String NAME = "huggingface";

    /** The card's file name, directly in the model folder. */
    public static final String FILE_NAME = "README.md";

    /** The front matter key whose block of native fields is merged over the mapped ones. */
    public static final String MODELOPS_KEY = "modelops";

    private static final String EXTENSIONS = "extensions";
    static final String EXTENSIONS_POINTER = "/" + EXTENSIONS + "/" + NAME;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?");

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formatDescription() {
        return "Hugging Face model cards (" + FILE_NAME + ", with or without YAML front matter)";
    }

    /** A {@code README.md} (in any letter case) directly in the model folder; one in a sub-folder is not a card. */
    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            Path name = file.getFileName();
            if (name == null || !name.toString().equalsIgnoreCase(FILE_NAME)) {
                return false;
            }
            Path parent = file.toAbsolutePath().normalize().getParent();
            return parent != null && parent.equals(context.folder());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        String text = file.text();
        String shown = file.displayPath();
        Optional<FrontMatter> frontMatter = FrontMatter.find(text, shown);
        LocatedDocument card = frontMatter.map(found -> parseFrontMatter(found, shown)).orElse(null);
        List<MarkdownSections.Section> sections = frontMatter
                .map(found -> MarkdownSections.split(text.substring(found.bodyOffset()), found.bodyLine()))
                .orElseGet(() -> MarkdownSections.split(text, 1));
        return new CardReading(shown, context.folderName(), card, sections).read();
    }

    private LocatedDocument parseFrontMatter(FrontMatter frontMatter, String shown) {
        if (frontMatter.blank()) {
            return null;
        }
        LocatedDocument card;
        try {
            card = parser.parse(frontMatter.yaml(), shown, true);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(problem -> new InputProblem(problem.location(), "in the front matter, " + problem.found(),
                            problem.expected()))
                    .toList());
        }
        JsonNode root = card.root();
        if (root.isNull() || root.isMissingNode()) {
            return null;
        }
        if (!root.isObject()) {
            throw new InvalidInputException(new InputProblem(card.locate(""),
                    "found a front matter that is a YAML " + kind(root) + " (" + shortText(root) + ")",
                    "a YAML mapping of card fields, such as license, tags, datasets and model-index,"
                            + " between the two --- lines"));
        }
        return card;
    }

    /**
     * Where the front matter is: the YAML to parse (the file from its start up to the closing {@code ---} line,
     * opening {@code ---} included, so that the parser's lines and columns are the file's), whether it holds nothing
     * but blank lines and comments, and where the Markdown body starts.
     */
    record FrontMatter(String yaml, boolean blank, int bodyOffset, int bodyLine) {

        /**
         * The front matter of {@code text}: present when its first line that is not blank is {@code ---}.
         *
         * @throws InvalidInputException when no {@code ---} line closes it
         */
        static Optional<FrontMatter> find(String text, String shown) {
            int offset = 0;
            int line = 1;
            int openingLine = 0;
            boolean blank = true;
            while (offset < text.length()) {
                int newline = text.indexOf('\n', offset);
                int end = newline < 0 ? text.length() : newline;
                String content = text.substring(offset, end);
                int next = newline < 0 ? text.length() : newline + 1;
                if (openingLine == 0) {
                    if (!content.isBlank()) {
                        if (!content.strip().equals("---")) {
                            return Optional.empty();
                        }
                        openingLine = line;
                    }
                } else if (content.stripTrailing().equals("---")) {
                    return Optional.of(new FrontMatter(text.substring(0, offset), blank, next, line + 1));
                } else if (!content.isBlank() && !content.strip().startsWith("#")) {
                    blank = false;
                }
                offset = next;
                line++;
            }
            if (openingLine == 0) {
                return Optional.empty();
            }
            throw new InvalidInputException(new InputProblem(new SourceLocation(shown, openingLine, 1, ""),
                    "found a front matter opened by the '---' on line " + openingLine + " that no '---' line closes",
                    "the card's YAML metadata between two '---' lines, then the Markdown"));
        }
    }

    /** One read of one card: builds the native document, results, lineage and warnings. Not thread-safe. */
    private static final class CardReading {
        private final String file;
        private final String folderName;
        private final LocatedDocument card;
        private final List<MarkdownSections.Section> sections;

        private final ObjectNode metadata = NODES.objectNode();
        private final ObjectNode huggingface = NODES.objectNode();
        private final ArrayNode datasets = NODES.arrayNode();
        private final Set<String> datasetKeys = new LinkedHashSet<>();
        private final Set<String> keptAsWritten = new LinkedHashSet<>();
        private final Map<String, SourceLocation> keys = new HashMap<>();
        private final Map<String, SourceLocation> values = new HashMap<>();
        private final List<InputProblem> warnings = new ArrayList<>();
        private final List<MetricResult> evaluations = new ArrayList<>();
        private final List<LineageDataset> lineageDatasets = new ArrayList<>();
        private final List<LineageEdge> lineageEdges = new ArrayList<>();
        private final Map<String, SourceLocation> lineageLocations = new HashMap<>();

        private String license;
        private SourceLocation licenseKey;
        private SourceLocation licenseValue;
        private JsonNode licenseName;
        private String modelIndexName;
        private SourceLocation modelIndexNameLocation;
        private String task;
        private SourceLocation taskLocation;

        CardReading(String file, String folderName, LocatedDocument card, List<MarkdownSections.Section> sections) {
            this.file = file;
            this.folderName = folderName;
            this.card = card;
            this.sections = sections;
        }

        ImportedModel read() {
            keys.put("", new SourceLocation(file, 1, 1, ""));
            JsonNode modelops = null;
            if (card != null) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = card.root().fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (MODELOPS_KEY.equals(field.getKey()) && field.getValue().isObject()) {
                        modelops = field.getValue();
                    } else {
                        frontMatterField(field.getKey(), field.getValue());
                    }
                }
                licenseOther();
                locateKeptFields();
            }
            assemble();
            if (modelops != null) {
                merge((ObjectNode) modelops);
            }
            List<DocumentationSection> documentation = sections.stream()
                    .map(section -> new DocumentationSection(section.title(), section.text(),
                            DocumentationSection.MARKDOWN, new SourceLocation(file, section.line(), 1, "")))
                    .toList();
            LineageDocument lineage = new LineageDocument(file,
                    new Lineage(lineageDatasets, List.of(), lineageEdges), lineageLocations);
            return new ImportedModel(new LocatedDocument(metadata, file, keys, values), evaluations, lineage,
                    documentation, List.of(), warnings);
        }

        private void frontMatterField(String key, JsonNode value) {
            String pointer = "/" + escape(key);
            boolean mapped = switch (key) {
                case "license" -> license(value, pointer);
                case "datasets" -> trainingDatasets(value, pointer);
                default -> false;
            };
            if (mapped) {
                return;
            }
            keep(key, value);
            switch (key) {
                case MODELOPS_KEY -> warn(card.locateValue(pointer), "a " + kind(value) + " as the modelops block",
                        "a mapping of model.yaml fields (owners, riskTier, version ...); kept as written under "
                                + "extensions.huggingface.modelops");
                case "model-index" -> modelIndex(value);
                case "base_model" -> baseModel(value, pointer);
                case "license_name" -> licenseName = value;
                case "pipeline_tag" -> {
                    if (value.isTextual() && !value.asText().isBlank()) {
                        task = value.asText();
                        taskLocation = card.locateValue(pointer);
                    }
                }
                default -> {
                }
            }
        }

        private void keep(String key, JsonNode value) {
            huggingface.set(key, value);
            keptAsWritten.add(escape(key));
        }

        /** Every location below a field kept as written, moved under {@code /extensions/huggingface}. */
        private void locateKeptFields() {
            if (keptAsWritten.isEmpty()) {
                return;
            }
            keys.put(EXTENSIONS_POINTER, new SourceLocation(file, 1, 1, EXTENSIONS_POINTER));
            card.locations().forEach((pointer, where) -> {
                if (keptAsWritten.contains(topToken(pointer))) {
                    keys.put(EXTENSIONS_POINTER + pointer, where);
                }
            });
            card.valueLocations().forEach((pointer, where) -> {
                if (keptAsWritten.contains(topToken(pointer))) {
                    values.put(EXTENSIONS_POINTER + pointer, where);
                }
            });
        }

        private boolean license(JsonNode value, String pointer) {
            if (value.isTextual() && !value.asText().isBlank()) {
                license = value.asText();
                licenseKey = card.locate(pointer);
                licenseValue = card.locateValue(pointer);
                return true;
            }
            warn(card.locateValue(pointer), "the license " + describe(value),
                    "a licence identifier such as apache-2.0 or mit; kept as written under extensions.huggingface.license");
            return false;
        }

        /**
         * {@code license: other} says only that the licence is none of the Hub's list; {@code license_name} names it.
         * The name is then the licence, and {@code other} is kept as written.
         */
        private void licenseOther() {
            if (license == null || !license.strip().equalsIgnoreCase("other") || licenseName == null
                    || !licenseName.isTextual() || licenseName.asText().isBlank()) {
                return;
            }
            keep("license", card.root().get("license"));
            license = licenseName.asText();
            licenseKey = card.locate("/license_name");
            licenseValue = card.locateValue("/license_name");
        }

        /** The training datasets; false (the field is then also kept as written) when an entry is not an id. */
        private boolean trainingDatasets(JsonNode value, String pointer) {
            if (value.isTextual() && !value.asText().isBlank()) {
                addDataset(value.asText(), "training", card.locateValue(pointer));
                return true;
            }
            if (!value.isArray()) {
                warn(card.locateValue(pointer), "datasets " + describe(value),
                        "a list of dataset ids such as [squad, glue]; kept as written under extensions.huggingface.datasets");
                return false;
            }
            boolean complete = true;
            for (int i = 0; i < value.size(); i++) {
                JsonNode entry = value.get(i);
                String at = pointer + "/" + i;
                if (entry.isTextual() && !entry.asText().isBlank()) {
                    addDataset(entry.asText(), "training", card.locateValue(at));
                } else {
                    complete = false;
                    warn(card.locateValue(at), "the dataset " + describe(entry),
                            "a dataset id such as squad; the list is kept as written under extensions.huggingface.datasets");
                }
            }
            return complete;
        }

        /** Adds a {@code datasets[]} entry, once per name and role. */
        private void addDataset(String name, String role, SourceLocation where) {
            if (datasetKeys.add(role + "\u0000" + name)) {
                String at = "/datasets/" + datasets.size();
                ObjectNode entry = datasets.addObject();
                entry.put("name", name);
                entry.put("role", role);
                for (String pointer : List.of(at, at + "/name", at + "/role")) {
                    keys.put(pointer, where);
                    values.put(pointer, where);
                }
            }
        }

        private void baseModel(JsonNode value, String pointer) {
            if (value.isTextual()) {
                addBaseModel(value.asText(), pointer);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    JsonNode entry = value.get(i);
                    if (entry.isTextual()) {
                        addBaseModel(entry.asText(), pointer + "/" + i);
                    } else {
                        warn(card.locateValue(pointer + "/" + i), "the base model " + describe(entry),
                                "a model id such as google-bert/bert-base-uncased");
                    }
                }
            } else {
                warn(card.locateValue(pointer), "base_model " + describe(value),
                        "a model id or a list of model ids; kept as written under extensions.huggingface.base_model");
            }
        }

        private void addBaseModel(String id, String pointer) {
            if (id.isBlank()) {
                warn(card.locateValue(pointer), "an empty base model id", "a model id such as google-bert/bert-base-uncased");
                return;
            }
            if (lineageDatasets.stream().anyMatch(dataset -> dataset.id().equals(id))) {
                return;
            }
            SourceLocation where = card.locateValue(pointer);
            lineageLocations.put("/datasets/" + lineageDatasets.size(), where);
            lineageLocations.put("/edges/" + lineageEdges.size(), where);
            String source = HUB_ID.matcher(id).matches() ? "https://huggingface.co/" + id : null;
            lineageDatasets.add(new LineageDataset(id, id, source, null, null, null, null, null,
                    "Base model of this model (base_model in its Hugging Face card)"));
            lineageEdges.add(new LineageEdge(id, LineageGraphCheck.MODEL_ARTIFACT));
        }

        private void modelIndex(JsonNode index) {
            String pointer = "/model-index";
            if (!index.isArray()) {
                warn(card.locateValue(pointer), "a model-index that is " + describe(index),
                        "a list of models, each with a name and results; kept as written under extensions.huggingface");
                return;
            }
            if (index.isEmpty()) {
                return;
            }
            int chosen = 0;
            for (int i = 0; i < index.size(); i++) {
                JsonNode name = index.get(i).path("name");
                if (name.isTextual() && namesFolder(name.asText())) {
                    chosen = i;
                    break;
                }
            }
            JsonNode entry = index.get(chosen);
            String at = pointer + "/" + chosen;
            if (index.size() > 1) {
                warn(card.locate(pointer), index.size() + " models in model-index; the results of entry " + chosen
                        + (entry.path("name").isTextual() ? " ('" + entry.path("name").asText() + "')" : "")
                        + " were read",
                        "one model per card (the entry named like the model folder " + folderName + ", or the first);"
                                + " the others are kept as written under extensions.huggingface.model-index");
            }
            if (!entry.isObject()) {
                warn(card.locateValue(at), "a model-index entry that is " + describe(entry),
                        "a mapping with name and results");
                return;
            }
            JsonNode name = entry.get("name");
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                modelIndexName = name.asText();
                modelIndexNameLocation = card.locateValue(at + "/name");
            } else if (name != null) {
                warn(card.locateValue(at + "/name"), "a model name " + describe(name), "the model's name as a text");
            }
            JsonNode results = entry.get("results");
            if (results == null || !results.isArray()) {
                warn(card.locate(results == null ? at : at + "/results"),
                        results == null ? "a model-index entry with no results" : "results " + describe(results),
                        "a list of results, each with task, dataset and metrics");
                return;
            }
            for (int i = 0; i < results.size(); i++) {
                result(results.get(i), at + "/results/" + i);
            }
        }

        private boolean namesFolder(String name) {
            String last = name.substring(name.lastIndexOf('/') + 1);
            return name.equalsIgnoreCase(folderName) || last.equalsIgnoreCase(folderName);
        }

        private void result(JsonNode result, String pointer) {
            if (!result.isObject()) {
                warn(card.locateValue(pointer), "a result that is " + describe(result),
                        "a mapping with task, dataset and metrics");
                return;
            }
            String dataset = resultDataset(result.get("dataset"), pointer);
            JsonNode metrics = result.get("metrics");
            if (metrics == null || !metrics.isArray()) {
                warn(card.locate(metrics == null ? pointer : pointer + "/metrics"),
                        metrics == null ? "a result with no metrics" : "metrics " + describe(metrics),
                        "a list of metrics, each with type and value");
                return;
            }
            for (int i = 0; i < metrics.size(); i++) {
                metric(metrics.get(i), pointer + "/metrics/" + i, dataset);
            }
        }

        /** The name a result's dataset is known by (its name, else its type), also declared as a dataset used. */
        private String resultDataset(JsonNode dataset, String pointer) {
            String at = pointer + "/dataset";
            if (dataset == null) {
                warn(card.locate(pointer), "a result with no dataset",
                        "a dataset with type and name (the Hub ignores a model-index whose results have none);"
                                + " its metrics are read without a dataset");
                return null;
            }
            if (dataset.isTextual() && !dataset.asText().isBlank()) {
                addDataset(dataset.asText(), "test", card.locateValue(at));
                return dataset.asText();
            }
            if (!dataset.isObject()) {
                warn(card.locateValue(at), "a dataset that is " + describe(dataset),
                        "a mapping with type and name; the metrics are read without a dataset");
                return null;
            }
            String name = nonBlankText(dataset.get("name")).or(() -> nonBlankText(dataset.get("type"))).orElse(null);
            if (name == null) {
                warn(card.locate(at), "a dataset with neither name nor type",
                        "a dataset type such as glue and its name; the metrics are read without a dataset");
                return null;
            }
            addDataset(name, role(dataset.get("split")), card.locate(at));
            return name;
        }

        /** The role a result's dataset plays, from its split: a validation or training split, otherwise test data. */
        private static String role(JsonNode split) {
            String name = split != null && split.isTextual() ? split.asText().strip().toLowerCase(Locale.ROOT) : "";
            return switch (name) {
                case "validation", "valid", "val", "dev" -> "validation";
                case "train", "training" -> "training";
                default -> "test";
            };
        }

        private void metric(JsonNode metric, String pointer, String dataset) {
            if (!metric.isObject()) {
                warn(card.locateValue(pointer), "a metric that is " + describe(metric), "a mapping with type and value");
                return;
            }
            Optional<String> name = nonBlankText(metric.get("type")).or(() -> nonBlankText(metric.get("name")));
            if (name.isEmpty()) {
                warn(card.locate(pointer), "a metric with neither type nor name", "a metric type such as accuracy");
                return;
            }
            JsonNode value = metric.get("value");
            Optional<MetricValueText.Value> read = MetricValueText.read(value);
            if (read.isEmpty()) {
                warn(value == null ? card.locate(pointer) : card.locateValue(pointer + "/value"),
                        "the value of " + name.get() + (value == null ? ": none" : " " + describe(value)),
                        "a number, a percentage such as 25.59% or a value with its spread such as 286.26 +/- 16.68;"
                                + " kept as written under extensions.huggingface.model-index");
                return;
            }
            evaluations.add(new MetricResult(name.get(), read.get().value(), null, read.get().interval(), null, dataset,
                    null, card.locate(pointer)));
        }

        /** Puts the mapped fields into the document, in the order of model.yaml. */
        private void assemble() {
            name();
            WellKnownSections known = WellKnownSections.of(sections);
            known.description().ifPresent(section -> text("description", section));
            if (task != null) {
                metadata.put("task", task);
                keys.put("/task", taskLocation);
                values.put("/task", taskLocation);
            }
            if (license != null) {
                metadata.put("license", license);
                keys.put("/license", licenseKey);
                values.put("/license", licenseValue);
            }
            known.intendedUse().ifPresent(section -> text("intendedUse", section));
            known.outOfScopeUse().ifPresent(section -> list("outOfScopeUses", section));
            known.limitations().ifPresent(section -> list("limitations", section));
            if (!datasets.isEmpty()) {
                metadata.set("datasets", datasets);
                keys.putIfAbsent("/datasets", keys.get("/datasets/0"));
            }
            if (!huggingface.isEmpty()) {
                metadata.putObject("extensions").set(NAME, huggingface);
                keys.putIfAbsent("/extensions", keys.get(EXTENSIONS_POINTER));
            }
        }

        private void name() {
            SourceLocation where;
            String name;
            Optional<MarkdownSections.Section> heading = sections.stream()
                    .filter(section -> section.level() == 1 && !section.title().isBlank())
                    .findFirst();
            if (modelIndexName != null) {
                name = modelIndexName;
                where = modelIndexNameLocation;
            } else if (heading.isPresent()) {
                name = heading.get().title();
                where = new SourceLocation(file, heading.get().line(), 1, "");
            } else {
                name = folderName;
                where = SourceLocation.of(file);
            }
            metadata.put("name", name);
            keys.put("/name", where);
            values.put("/name", where);
        }

        private void text(String field, WellKnownSections.Mapped section) {
            metadata.put(field, section.text());
            keys.put("/" + field, section.heading(file));
            values.put("/" + field, section.textStart(file));
        }

        private void list(String field, WellKnownSections.Mapped section) {
            metadata.putArray(field).add(section.text());
            keys.put("/" + field, section.heading(file));
            values.put("/" + field, section.heading(file));
            keys.put("/" + field + "/0", section.textStart(file));
            values.put("/" + field + "/0", section.textStart(file));
        }

        /**
         * Merges the card's {@code modelops} block over the mapped fields: each of its keys replaces the mapped one
         * ({@code extensions} key by key), located in the block.
         */
        private void merge(ObjectNode modelops) {
            Set<String> replaced = new HashSet<>();
            Set<String> replacedExtensions = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = modelops.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (EXTENSIONS.equals(field.getKey()) && field.getValue().isObject()
                        && metadata.get(EXTENSIONS) instanceof ObjectNode extensions) {
                    for (Iterator<Map.Entry<String, JsonNode>> more = field.getValue().fields(); more.hasNext();) {
                        Map.Entry<String, JsonNode> extension = more.next();
                        extensions.set(extension.getKey(), extension.getValue());
                        replacedExtensions.add(escape(extension.getKey()));
                    }
                } else {
                    metadata.set(field.getKey(), field.getValue());
                    replaced.add(escape(field.getKey()));
                }
            }
            // One pass over each map, not one per key: a card has hundreds of located nodes.
            keys.keySet().removeIf(at -> isBelow(at, replaced, replacedExtensions));
            values.keySet().removeIf(at -> isBelow(at, replaced, replacedExtensions));
            String prefix = "/" + MODELOPS_KEY;
            card.locations().forEach((pointer, where) -> {
                if (pointer.startsWith(prefix + "/")) {
                    keys.put(pointer.substring(prefix.length()), where);
                }
            });
            card.valueLocations().forEach((pointer, where) -> {
                if (pointer.startsWith(prefix + "/")) {
                    values.put(pointer.substring(prefix.length()), where);
                }
            });
        }

        private void warn(SourceLocation where, String found, String expected) {
            warnings.add(new InputProblem(where, "found " + found, expected));
        }
    }

    private static Optional<String> nonBlankText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText())
                : Optional.empty();
    }

    /** True when {@code pointer} is one of the {@code members} or {@code extensions} members, or below one. */
    private static boolean isBelow(String pointer, Set<String> members, Set<String> extensions) {
        String top = topToken(pointer);
        if (members.contains(top)) {
            return true;
        }
        if (extensions.isEmpty() || !EXTENSIONS.equals(top) || pointer.length() <= top.length() + 2) {
            return false;
        }
        return extensions.contains(topToken(pointer.substring(top.length() + 1)));
    }

    /** The first token of a JSON pointer: {@code model-index} of {@code /model-index/0/name}. */
    private static String topToken(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        int slash = pointer.indexOf('/', 1);
        return slash < 0 ? pointer.substring(1) : pointer.substring(1, slash);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** {@code 'N/A'}, {@code null}, {@code a mapping}, for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "'" + shortText(node) + "'";
        }
        if (node.isContainerNode()) {
            return "a " + kind(node);
        }
        return node.toString();
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "mapping";
        }
        if (node.isArray()) {
            return "list";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }

    private static String shortText(JsonNode node) {
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
