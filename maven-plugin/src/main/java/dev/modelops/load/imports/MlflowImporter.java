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
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Person;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what MLflow records about a model: the {@code MLmodel} file of a logged or saved model, and a run of the
 * MLflow file store ({@code mlruns/<experiment id>/<run id>/}: {@code meta.yaml} next to {@code metrics/},
 * {@code params/} and {@code tags/}, one file per metric, parameter and tag).
 *
 * <p>What maps onto the native fields: the model file named by the {@code python_function} flavour
 * ({@code model_path} or {@code data}; else the {@code sklearn} flavour's pickle), relative to the model folder,
 * becomes {@code artifact.path}, and the {@code sklearn} serialisation format (or the {@code xgboost} model format)
 * {@code artifact.format}; the {@code transformers} flavour's task becomes
 * {@code task}; the user who ran the run ({@code mlflow.user}, else the run's {@code user_id}) becomes a
 * {@code developer}; the run becomes a {@code training} job of the lineage ({@code mlflow-run:<run id>}, with its
 * run id, its name and, from the git tags, the code it ran); the run's note ({@code mlflow.note.content}) becomes a
 * documentation section; each metric's latest value (highest step, then latest timestamp) becomes an evaluation
 * result, dated by its timestamp (UTC), located at its line of the metric file. Everything else is kept as written
 * under {@code extensions.mlflow}: {@code model} (the whole {@code MLmodel}), {@code run} (the whole
 * {@code meta.yaml}), {@code params}, {@code tags}, and {@code metrics} (each metric's value, step, timestamp and
 * the length of its history). MLflow gives no model name, version, type or owner: a flavour names the library
 * (sklearn, xgboost), not the kind of model, so {@code type} is left to {@code model.yaml}.
 *
 * <p>An {@code MLmodel} and a run in one model folder describe one model and are read as one: the run whose id the
 * {@code MLmodel}'s {@code run_id} names, or the only run of the folder when there is one of each (a different
 * {@code run_id} is then a warning). The run's data is read with the {@code MLmodel}, and the run's
 * {@code meta.yaml}, offered on its own, gives nothing more, so that nothing is counted twice. No lineage edge into
 * the model artifact is made: the file store does not record what data the run read, and an edge from the run would
 * keep the loader from linking a pipeline's output (a DVC {@code models/model.pkl}) to the artifact.
 */
public final class MlflowImporter implements ModelImporter {

    /** The importer's name: the kind of its inputs and its key under {@code extensions}. */
    public static final String NAME = "mlflow";

    /** The file name of an MLflow model's description. */
    public static final String MODEL_FILE = "MLmodel";

    /** The file name of a run's description in the MLflow file store. */
    public static final String RUN_FILE = "meta.yaml";

    /** Lineage job ids of MLflow runs: this prefix and the run id. */
    public static final String JOB_PREFIX = "mlflow-run:";

    private static final String METRICS = "metrics";
    private static final String PARAMS = "params";
    private static final String TAGS = "tags";
    private static final String EXTENSIONS = "/extensions/" + NAME;

    /** Metric, parameter and tag names with a {@code /} are sub-folders; deeper nesting is not followed. */
    private static final int MAX_NAME_DEPTH = 8;

    /** Where flavours name the model file, in order: the generic python_function flavour first. */
    private static final List<String> MODEL_FILE_POINTERS = List.of("/flavors/python_function/model_path",
            "/flavors/python_function/data", "/flavors/sklearn/pickled_model");
    /** Where flavours name the model file's format. */
    private static final List<String> FORMAT_POINTERS = List.of("/flavors/sklearn/serialization_format",
            "/flavors/xgboost/model_format");
    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String METRIC_LINE = "a line '<timestamp in milliseconds> <value> <step>' as MLflow writes it,"
            + " such as 1730187542032 0.8731 9";

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formatDescription() {
        return "MLflow models (MLmodel) and runs of the MLflow file store (meta.yaml next to metrics/ or params/)";
    }

    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            String name = file.getFileName().toString();
            if (MODEL_FILE.equals(name)) {
                return Files.isRegularFile(file);
            }
            return RUN_FILE.equals(name) && isRunFolder(file.getParent());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        Path path = file.path().toAbsolutePath().normalize();
        if (RUN_FILE.equals(path.getFileName().toString()) && isRunFolder(path.getParent())) {
            return readRunFile(file, path, context);
        }
        return readModelFile(file, path, context);
    }

    private static boolean isRunFolder(Path directory) {
        return directory != null && Files.isRegularFile(directory.resolve(RUN_FILE))
                && (Files.isDirectory(directory.resolve(METRICS)) || Files.isDirectory(directory.resolve(PARAMS)));
    }

    // ---- MLmodel ------------------------------------------------------------------------------------------------

    private ImportedModel readModelFile(SourceFile file, Path path, ImportContext context) {
        LocatedDocument model = parser.parse(file.text(), file.displayPath(), true);
        if (!(model.root() instanceof ObjectNode root)) {
            throw new InvalidInputException(new InputProblem(model.locate(""),
                    "found " + kindOf(model.root()) + " as the whole file",
                    "an MLmodel file: a YAML mapping with flavors, run_id, model_uuid ..."));
        }
        List<InputProblem> warnings = new ArrayList<>();
        LocatedObjectBuilder document = new LocatedObjectBuilder(file.displayPath());
        if (!(root.get("flavors") instanceof ObjectNode)) {
            warnings.add(new InputProblem(model.locate(root.has("flavors") ? "/flavors" : ""),
                    root.has("flavors") ? "found flavors that are not a mapping" : "found no flavors",
                    "flavors: the ways MLflow can load the model (python_function, sklearn ...), as MLflow writes them"));
        }
        String task = text(root.at("/flavors/transformers/task"));
        if (task != null) {
            document.put("/task", task, model.locateValue("/flavors/transformers/task"));
        }
        artifact(model, root, path, context, document, warnings);
        document.copy(EXTENSIONS + "/model", model, "");

        String runId = text(root.get("run_id"));
        List<LineageJob> jobs = new ArrayList<>();
        Map<String, SourceLocation> lineageLocations = new HashMap<>();
        if (runId != null) {
            jobs.add(new LineageJob(JOB_PREFIX + runId, null, "training", runId, null, null));
            lineageLocations.put("/jobs/0", model.locateValue("/run_id"));
        }
        List<MetricResult> evaluations = new ArrayList<>();
        List<DocumentationSection> documentation = new ArrayList<>();
        Path runFile = pairs(context, path, runId).get(path);
        if (runFile != null) {
            SourceLocation where = model.locate(runId == null ? "" : "/run_id");
            Optional<SourceFile> meta = context.file(runFile.getParent(), RUN_FILE, where);
            if (meta.isPresent()) {
                Run run = readRun(meta.get(), runFile, context, document, evaluations, documentation, warnings);
                if (runId != null && runId.equals(run.id())) {
                    LineageJob job = run.job();
                    jobs.set(0, new LineageJob(job.id(), job.name(), "training", runId, job.owner(), job.codeRef()));
                } else {
                    if (runId != null) {
                        warnings.add(new InputProblem(model.locateValue("/run_id"), "found run_id " + runId
                                + ", but the MLflow run in the same model folder (" + meta.get().displayPath()
                                + ") is run " + run.id(), "the run that logged this model (the same run_id),"
                                        + " or the model and the run in model folders of their own"));
                    }
                    LineageJob job = run.job();
                    lineageLocations.put("/jobs/" + jobs.size(), run.where());
                    jobs.add(runId == null
                            ? new LineageJob(job.id(), job.name(), "training", job.runId(), job.owner(), job.codeRef())
                            : job);
                }
            }
        }
        LineageDocument lineage = new LineageDocument(file.displayPath(), new Lineage(List.of(), jobs, List.of()),
                lineageLocations);
        return new ImportedModel(document.build(), evaluations, lineage, documentation, List.of(), warnings);
    }

    /** The model file the MLmodel names, as a path relative to the model folder, and its serialisation. */
    private static void artifact(LocatedDocument model, ObjectNode root, Path path, ImportContext context,
            LocatedObjectBuilder document, List<InputProblem> warnings) {
        String pointer = null;
        String modelFile = null;
        for (String candidate : MODEL_FILE_POINTERS) {
            modelFile = text(root.at(candidate));
            if (modelFile != null) {
                pointer = candidate;
                break;
            }
        }
        if (modelFile == null) {
            return;
        }
        Path resolved = path.getParent().resolve(modelFile.replace('\\', '/')).normalize();
        if (!resolved.startsWith(context.folder()) || resolved.equals(context.folder())) {
            warnings.add(new InputProblem(model.locateValue(pointer),
                    "found '" + modelFile + "', which leads out of the model folder",
                    "the path of the model file, relative to the MLmodel file, inside the model folder"));
            return;
        }
        document.put("/artifact/path", context.folder().relativize(resolved).toString().replace('\\', '/'),
                model.locateValue(pointer));
        for (String candidate : FORMAT_POINTERS) {
            String format = text(root.at(candidate));
            if (format != null) {
                document.put("/artifact/format", format, model.locateValue(candidate));
                break;
            }
        }
    }

    // ---- Runs ---------------------------------------------------------------------------------------------------

    private ImportedModel readRunFile(SourceFile file, Path path, ImportContext context) {
        if (pairs(context, null, null).containsValue(path)) {
            // Read with the MLmodel it belongs to.
            return new ImportedModel(ImportedModel.emptyMetadata(file.displayPath()), List.of(),
                    ImportedModel.noLineage(file.displayPath()), List.of(), List.of(), List.of());
        }
        List<InputProblem> warnings = new ArrayList<>();
        List<MetricResult> evaluations = new ArrayList<>();
        List<DocumentationSection> documentation = new ArrayList<>();
        LocatedObjectBuilder document = new LocatedObjectBuilder(file.displayPath());
        Run run = readRun(file, path, context, document, evaluations, documentation, warnings);
        LineageDocument lineage = new LineageDocument(file.displayPath(),
                new Lineage(List.of(), List.of(run.job()), List.of()), Map.of("/jobs/0", run.where()));
        return new ImportedModel(document.build(), evaluations, lineage, documentation, List.of(), warnings);
    }

    /** A run read: its id, its lineage job and where the run is described. */
    private record Run(String id, LineageJob job, SourceLocation where) {
    }

    private Run readRun(SourceFile meta, Path path, ImportContext context, LocatedObjectBuilder document,
            List<MetricResult> evaluations, List<DocumentationSection> documentation, List<InputProblem> warnings) {
        LocatedDocument run = parser.parse(meta);
        if (!(run.root() instanceof ObjectNode root)) {
            throw new InvalidInputException(new InputProblem(run.locate(""),
                    "found " + kindOf(run.root()) + " as the whole file",
                    "an MLflow run's meta.yaml: a YAML mapping with run_id, experiment_id, start_time ..."));
        }
        Path directory = path.getParent();
        document.copy(EXTENSIONS + "/run", run, "");
        readValues(context, directory.resolve(PARAMS), EXTENSIONS + "/params", document, warnings);
        Map<String, Value> tags = readValues(context, directory.resolve(TAGS), EXTENSIONS + "/tags", document,
                warnings);
        readMetrics(context, directory.resolve(METRICS), document, evaluations, warnings);

        String id = firstText(text(root.get("run_id")), text(root.get("run_uuid")),
                directory.getFileName().toString());
        Value user = tags.containsKey("mlflow.user") ? tags.get("mlflow.user")
                : textValue(run, "/user_id");
        if (user != null && user.text() != null && !user.text().isBlank()) {
            ObjectNode person = JsonNodeFactory.instance.objectNode();
            person.put("name", user.text());
            if (EMAIL.matcher(user.text()).matches()) {
                person.put("email", user.text());
            }
            person.put("role", Person.DEVELOPER);
            ArrayNode people = JsonNodeFactory.instance.arrayNode().add(person);
            document.put("/people", people, user.where(), user.where());
        }
        Value note = tags.get("mlflow.note.content");
        if (note != null && note.text() != null && !note.text().isBlank()) {
            documentation.add(new DocumentationSection("MLflow run description", note.text(),
                    DocumentationSection.MARKDOWN, note.where()));
        }
        Value runName = tags.containsKey("mlflow.runName") ? tags.get("mlflow.runName") : textValue(run, "/run_name");
        String commit = textOf(tags.get("mlflow.source.git.commit"));
        String repository = firstText(textOf(tags.get("mlflow.source.git.repoURL")),
                textOf(tags.get("mlflow.gitRepoURL")));
        String codeRef = commit == null ? null : repository == null ? commit : "git+" + repository + "@" + commit;
        String type = tags.containsKey("mlflow.log-model.history") ? "training" : null;
        LineageJob job = new LineageJob(JOB_PREFIX + id, textOf(runName), type, id, null, codeRef);
        return new Run(id, job, run.locate(""));
    }

    /** A value of an MLflow file store's one-file-per-value folder, and where it is. */
    private record Value(String text, SourceLocation where) {
    }

    private static Value textValue(LocatedDocument document, String pointer) {
        String text = text(document.root().at(pointer));
        return text == null ? null : new Value(text, document.locateValue(pointer));
    }

    /**
     * The parameters or tags of a run: one file per name (a name with {@code /} in sub-folders), its whole content
     * the value, kept as written at {@code base} plus the name.
     */
    private Map<String, Value> readValues(ImportContext context, Path directory, String base,
            LocatedObjectBuilder document, List<InputProblem> warnings) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (String name : namesBelow(context, directory)) {
            Optional<SourceFile> file = context.file(directory, name, SourceLocation.of(context.display(directory)));
            if (file.isEmpty()) {
                continue;
            }
            SourceLocation where = new SourceLocation(file.get().displayPath(), 1, 1, "");
            try {
                String text = file.get().text();
                context.read(file.get(), NAME);
                document.put(base + LocatedObjectBuilder.pointer(name), text, where);
                values.put(name, new Value(text, where));
            } catch (InvalidInputException e) {
                warnings.addAll(e.problems());
            }
        }
        return values;
    }

    private void readMetrics(ImportContext context, Path directory, LocatedObjectBuilder document,
            List<MetricResult> evaluations, List<InputProblem> warnings) {
        for (String name : namesBelow(context, directory)) {
            Optional<SourceFile> file = context.file(directory, name, SourceLocation.of(context.display(directory)));
            if (file.isEmpty()) {
                continue;
            }
            String text;
            try {
                text = file.get().text();
            } catch (InvalidInputException e) {
                warnings.addAll(e.problems());
                continue;
            }
            context.read(file.get(), NAME);
            String shown = file.get().displayPath();
            Entry latest = null;
            int history = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                SourceLocation where = new SourceLocation(shown, i + 1, 1, "");
                Entry entry = entry(line, i + 1);
                if (entry == null) {
                    warnings.add(new InputProblem(where, "found '" + line + "' in the history of metric " + name,
                            METRIC_LINE));
                    continue;
                }
                if (!Double.isFinite(entry.value())) {
                    warnings.add(new InputProblem(where, "found the value " + line.split("\\s+")[1] + " of metric "
                            + name + ", which is not a finite number", "a finite number"));
                    continue;
                }
                history++;
                if (latest == null || entry.step() > latest.step()
                        || entry.step() == latest.step() && entry.timestamp() >= latest.timestamp()) {
                    latest = entry;
                }
            }
            if (latest == null) {
                warnings.add(new InputProblem(new SourceLocation(shown, 1, 1, ""),
                        "found no value of metric " + name, "at least one " + METRIC_LINE));
                continue;
            }
            SourceLocation where = new SourceLocation(shown, latest.line(), 1, "");
            evaluations.add(new MetricResult(name, latest.value(), null, null, null, null, latest.date(), where));
            ObjectNode summary = JsonNodeFactory.instance.objectNode();
            summary.put("value", latest.value());
            summary.put("step", latest.step());
            summary.put("timestamp", latest.timestamp());
            summary.put("history", history);
            document.put(EXTENSIONS + "/metrics" + LocatedObjectBuilder.pointer(name), summary, where, where);
        }
    }

    /** One line of a metric's history. */
    private record Entry(long timestamp, double value, long step, int line, LocalDate date) {
    }

    /** The entry a line gives, or null when it is not {@code <timestamp> <value> [<step>]}. */
    private static Entry entry(String line, int number) {
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || parts.length > 3 || !INTEGER.matcher(parts[0]).matches()
                || parts.length == 3 && !INTEGER.matcher(parts[2]).matches()) {
            return null;
        }
        double value;
        String written = parts[1].toLowerCase(java.util.Locale.ROOT);
        if (NUMBER.matcher(parts[1]).matches()) {
            value = Double.parseDouble(parts[1]);
        } else if (written.equals("nan") || written.equals("inf") || written.equals("-inf")
                || written.equals("infinity") || written.equals("-infinity")) {
            value = Double.NaN;
        } else {
            return null;
        }
        long timestamp = Long.parseLong(parts[0]);
        try {
            LocalDate date = Instant.ofEpochMilli(timestamp).atOffset(ZoneOffset.UTC).toLocalDate();
            return new Entry(timestamp, value, parts.length == 3 ? Long.parseLong(parts[2]) : 0, number, date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The files below {@code directory}, as names relative to it with forward slashes, sorted. */
    private static List<String> namesBelow(ImportContext context, Path directory) {
        List<String> names = new ArrayList<>();
        collectNames(context, directory, "", 0, names);
        names.sort(Comparator.naturalOrder());
        return names;
    }

    private static void collectNames(ImportContext context, Path directory, String prefix, int depth,
            List<String> names) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        for (Path file : context.files(directory)) {
            names.add(prefix + file.getFileName());
        }
        if (depth >= MAX_NAME_DEPTH) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> folders = entries.filter(Files::isDirectory)
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted().toList();
            for (Path folder : folders) {
                collectNames(context, folder, prefix + folder.getFileName() + "/", depth + 1, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + context.display(directory), e);
        }
    }

    // ---- Which MLmodel goes with which run ------------------------------------------------------------------------

    /**
     * The run each MLmodel of the model folder is read with, by the MLmodel's path: the run its {@code run_id} names,
     * or, with one MLmodel and one run in the folder, that run. {@code current} (with its run id) is the MLmodel being
     * read, counted even when not named {@code MLmodel}.
     */
    private Map<Path, Path> pairs(ImportContext context, Path current, String currentRunId) {
        List<Path> models = new ArrayList<>();
        List<Path> runs = new ArrayList<>();
        collect(context.folder(), models, runs);
        if (current != null && !models.contains(current)) {
            models.add(current);
        }
        Comparator<Path> byPath = Comparator.comparing(p -> context.folder().relativize(p).toString().replace('\\', '/'));
        models.sort(byPath);
        runs.sort(byPath);
        Map<Path, String> runIds = new HashMap<>();
        for (Path run : runs) {
            runIds.put(run, runIdOfRun(context, run));
        }
        Map<Path, Path> pairs = new LinkedHashMap<>();
        Set<Path> taken = new HashSet<>();
        for (Path model : models) {
            String runId = model.equals(current) ? currentRunId : runIdOfModel(context, model);
            if (runId == null) {
                continue;
            }
            for (Path run : runs) {
                if (!taken.contains(run) && runId.equals(runIds.get(run))) {
                    pairs.put(model, run);
                    taken.add(run);
                    break;
                }
            }
        }
        if (pairs.isEmpty() && models.size() == 1 && runs.size() == 1) {
            pairs.put(models.get(0), runs.get(0));
        }
        return pairs;
    }

    /** The MLmodel files and run meta.yaml files below {@code folder}, outside hidden and result folders. */
    private static void collect(Path folder, List<Path> models, List<Path> runs) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return;
        }
        try (Stream<Path> walk = Files.walk(real)) {
            walk.filter(path -> !path.equals(real))
                    .filter(path -> !hiddenOrResults(real.relativize(path)))
                    .filter(Files::isRegularFile)
                    .forEach(path -> {
                        Path inFolder = folder.resolve(real.relativize(path)).normalize();
                        String name = path.getFileName().toString();
                        if (MODEL_FILE.equals(name)) {
                            models.add(inFolder);
                        } else if (RUN_FILE.equals(name) && isRunFolder(inFolder.getParent())) {
                            runs.add(inFolder);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // A folder that cannot be walked pairs nothing; the loader reports what it cannot read.
        }
    }

    private static boolean hiddenOrResults(Path relative) {
        if (ModelInventoryLoader.RESULT_FOLDERS.contains(relative.getName(0).toString()) && relative.getNameCount() > 1) {
            return true;
        }
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private String runIdOfModel(ImportContext context, Path model) {
        return parsedRoot(context, model).map(root -> text(root.get("run_id"))).orElse(null);
    }

    private String runIdOfRun(ImportContext context, Path run) {
        String written = parsedRoot(context, run)
                .map(root -> firstText(text(root.get("run_id")), text(root.get("run_uuid"))))
                .orElse(null);
        return written != null ? written : run.getParent().getFileName().toString();
    }

    private Optional<JsonNode> parsedRoot(ImportContext context, Path file) {
        Optional<SourceFile> source = context.file(file.getParent(), file.getFileName().toString(),
                SourceLocation.of(context.display(file)));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(source.get().text(), source.get().displayPath(), true).root());
        } catch (InvalidInputException | UncheckedIOException e) {
            // Reported when the file itself is read.
            return Optional.empty();
        }
    }

    // ---- Values ---------------------------------------------------------------------------------------------------

    /** A scalar as text (numbers as written by the parser), or null for a missing, null, blank or structured value. */
    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    private static String textOf(Value value) {
        return value == null || value.text() == null || value.text().isBlank() ? null : value.text();
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String kindOf(JsonNode node) {
        if (node.isArray()) {
            return "a YAML list";
        }
        if (node.isNull()) {
            return "nothing (null)";
        }
        return "the single value '" + node.asText() + "'";
    }
}
