package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.DuplicateIds;
import dev.modelops.validate.LineageGraphCheck;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stage 1 and 2 of a run: finds the model folders of a project, reads each model's metadata, evaluation results
 * and lineage, validates them, and gives one {@link GovernedModel} per model, or every problem of every file.
 *
 * <p>Layout: one sub-folder per model under the models directory (hidden folders are skipped), holding exactly
 * one of {@code model.yaml}, {@code model.yml}, {@code model.json}. Evaluation files are those listed under
 * {@code evaluationFiles} or, by default, every file under {@code evaluations/} an evaluation reader handles
 * (*.json, *.csv), in path order; monitoring results ({@code monitoringFiles} or {@code monitoring/}) and the
 * baseline's evaluation results ({@code baseline.evaluationFiles} or {@code baseline/}) are found the same way
 * and have the same format. Lineage files are those listed under {@code lineageFiles} or, by default,
 * whichever of {@code lineage.yaml}, {@code lineage.yml}, {@code lineage.json} exist; a model's lineage files
 * are merged. Nothing outside the project base directory is ever read.
 *
 * <p>{@link GovernedModel#inputs()} lists the files read for a model, model file first, then evaluation,
 * monitoring, baseline and lineage files, each of kind {@code model}, {@code evaluation}, {@code monitoring},
 * {@code baseline} or {@code lineage}, and last the model artifact (kind {@code artifact}) when the build holds
 * it, then the dataset snapshots of the lineage that are files of the model folder (kind {@code dataset}):
 * {@link GovernedModel#artifactOnDisk()} and {@link GovernedModel#datasetsOnDisk()} say what was found.
 * Thread-safe.
 */
public final class ModelInventoryLoader {

    /** The default folder of evaluation files, in a model folder. */
    public static final String EVALUATIONS_FOLDER = "evaluations";

    /** The default folder of monitoring result files, in a model folder. */
    public static final String MONITORING_FOLDER = "monitoring";

    /** The default folder of the baseline's evaluation files, in a model folder. */
    public static final String BASELINE_FOLDER = "baseline";
    /** The default lineage files of a model folder, read (and merged) when present. */
    public static final List<String> LINEAGE_FILE_NAMES = List.of("lineage.yaml", "lineage.yml", "lineage.json");

    /** Below this many folders per thread, starting threads costs more than it saves. */
    private static final int FOLDERS_PER_THREAD = 16;

    /** {@link InputFile#kind()} of a model metadata file. */
    public static final String KIND_MODEL = "model";
    /** {@link InputFile#kind()} of an evaluation results file. */
    public static final String KIND_EVALUATION = "evaluation";

    /** {@link InputFile#kind()} of a monitoring results file. */
    public static final String KIND_MONITORING = "monitoring";

    /** {@link InputFile#kind()} of an evaluation file of the baseline version. */
    public static final String KIND_BASELINE = "baseline";
    /** {@link InputFile#kind()} of a lineage file. */
    public static final String KIND_LINEAGE = "lineage";

    /** {@link InputFile#kind()} of the model artifact, when the build holds it and it was hashed. */
    public static final String KIND_ARTIFACT = "artifact";

    /** {@link InputFile#kind()} of a dataset snapshot the lineage names by a local path, when hashed. */
    public static final String KIND_DATASET = "dataset";

    /** The folders of a model folder that hold result files in the native format, never offered to importers. */
    public static final Set<String> RESULT_FOLDERS = Set.of(EVALUATIONS_FOLDER, MONITORING_FOLDER, BASELINE_FOLDER);

    private final ProjectBoundary boundary;
    private final ModelMetadataReader metadataReader;
    private final List<EvaluationReader> evaluationReaders;
    private final List<LineageReader> lineageReaders;
    private final List<ModelImporter> importers;

    /**
     * A loader for the native formats and every built-in importer ({@link BuiltInImporters}); paths in messages
     * are shown relative to {@code baseDirectory}.
     */
    public ModelInventoryLoader(Path baseDirectory) {
        this(baseDirectory, BuiltInImporters.all());
    }

    /** A loader for the native formats and the given importers, tried in order for each file. */
    public ModelInventoryLoader(Path baseDirectory, List<ModelImporter> importers) {
        this(baseDirectory, new StructuredFileParser(), new SchemaValidator(), importers);
    }

    private ModelInventoryLoader(Path baseDirectory, StructuredFileParser parser, SchemaValidator validator,
            List<ModelImporter> importers) {
        this(baseDirectory, new ModelMetadataReader(parser, validator),
                List.of(new JsonEvaluationReader(parser, validator), new CsvEvaluationReader()),
                List.of(new NativeLineageReader(parser, validator)), importers);
    }

    /**
     * A loader with its own readers, tried in order for each file: put readers of foreign formats before the
     * native ones they share file extensions with.
     */
    public ModelInventoryLoader(Path baseDirectory, ModelMetadataReader metadataReader,
            List<EvaluationReader> evaluationReaders, List<LineageReader> lineageReaders,
            List<ModelImporter> importers) {
        this.boundary = new ProjectBoundary(baseDirectory);
        this.metadataReader = metadataReader;
        this.evaluationReaders = List.copyOf(evaluationReaders);
        this.lineageReaders = List.copyOf(lineageReaders);
        this.importers = List.copyOf(importers);
    }

    /**
     * Every model under {@code modelsDirectory}, sorted by id; an empty list when the folder has no model
     * folders.
     *
     * @throws InvalidInputException with all problems of all files when any input is unusable, including a
     *     missing models directory
     * @throws UncheckedIOException when a file exists but cannot be read
     */
    public List<GovernedModel> load(Path modelsDirectory) {
        List<InputProblem> problems = new ArrayList<>();
        List<Path> folders = modelFolders(modelsDirectory, problems);
        List<FolderResult> results = loadAll(folders);

        List<DuplicateIds.Occurrence> ids = new ArrayList<>();
        List<GovernedModel> models = new ArrayList<>();
        for (FolderResult result : results) {
            problems.addAll(result.problems());
            result.id().ifPresent(ids::add);
            result.model().ifPresent(models::add);
        }
        problems.addAll(DuplicateIds.find(ids, "model id", "an id unique in the project"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        models.sort(Comparator.comparing(GovernedModel::id));
        return List.copyOf(models);
    }

    /**
     * Loads the folders on as many threads as there are processors: the work is small files, each parsed and
     * validated on its own, so a project of a thousand models loads in a fraction of the time on a CI runner.
     * Results keep folder order whatever thread finishes first, so messages and reports are reproducible.
     */
    private List<FolderResult> loadAll(List<Path> folders) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), folders.size() / FOLDERS_PER_THREAD);
        if (threads <= 1) {
            return folders.stream().map(this::loadFolder).toList();
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, new LoaderThreads());
        try {
            List<Callable<FolderResult>> tasks = folders.stream()
                    .map(folder -> (Callable<FolderResult>) () -> loadFolder(folder))
                    .toList();
            List<FolderResult> results = new ArrayList<>(folders.size());
            for (Future<FolderResult> future : executor.invokeAll(tasks)) {
                results.add(resultOf(future));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the models", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static FolderResult resultOf(Future<FolderResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // The worker's own exception, unwrapped: an I/O failure stays an UncheckedIOException.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Loading a model failed", e.getCause());
        }
    }

    /** Daemon threads that see the plugin's classes, as the Maven thread that started the load does. */
    private static final class LoaderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final ClassLoader classLoader = ModelInventoryLoader.class.getClassLoader();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "modelops-load-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(classLoader);
            return thread;
        }
    }

    /** What one model folder gave: the model when all its files are fine, its id when readable, its problems. */
    private record FolderResult(Optional<GovernedModel> model, Optional<DuplicateIds.Occurrence> id,
            List<InputProblem> problems) {
    }

    private List<Path> modelFolders(Path modelsDirectory, List<InputProblem> problems) {
        String shown = boundary.display(modelsDirectory);
        SourceLocation where = SourceLocation.of(shown);
        String expected = "a folder with one sub-folder per model, each holding a model.yaml"
                + " (the models directory is set with the modelops.modelsDirectory parameter)";
        if (!Files.exists(modelsDirectory)) {
            problems.add(new InputProblem(where, "the models directory " + shown + " does not exist", expected));
            return List.of();
        }
        if (!Files.isDirectory(modelsDirectory)) {
            problems.add(new InputProblem(where, "the models directory " + shown + " is a file", expected));
            return List.of();
        }
        if (!boundary.isInside(modelsDirectory, where, problems)) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        for (Path entry : list(modelsDirectory)) {
            if (isHidden(entry)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                folders.add(entry);
            } else if (ModelMetadataReader.isModelFile(entry)) {
                problems.add(new InputProblem(SourceLocation.of(boundary.display(entry)),
                        "a model file directly in the models directory " + shown,
                        "each model in its own sub-folder, such as " + shown + "/my-model/"
                                + entry.getFileName()));
            }
        }
        return folders;
    }

    private FolderResult loadFolder(Path folder) {
        List<InputProblem> problems = new ArrayList<>();
        String shownFolder = boundary.display(folder);
        if (!boundary.isInsideBelow(folder.getParent(), folder, SourceLocation.of(shownFolder), problems)) {
            return new FolderResult(Optional.empty(), Optional.empty(), problems);
        }
        Set<String> entries = list(folder).stream().map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        List<Path> modelFiles = ModelMetadataReader.FILE_NAMES.stream()
                .filter(entries::contains)
                .map(folder::resolve)
                .filter(Files::isRegularFile)
                .toList();
        if (modelFiles.size() > 1) {
            problems.add(new InputProblem(SourceLocation.of(shownFolder), "several model files in folder " + shownFolder
                    + ": " + modelFiles.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")),
                    "exactly one of model.yaml, model.yml or model.json in each model folder"));
            return new FolderResult(Optional.empty(), Optional.empty(), problems);
        }
        List<InputFile> inputs = new ArrayList<>();
        List<LocatedDocument> metadataSources = new ArrayList<>();
        SourceLocation metadataFile = null;
        if (!modelFiles.isEmpty()) {
            Path modelFile = modelFiles.get(0);
            SourceFile modelSource = new SourceFile(modelFile, shownFolder + "/" + modelFile.getFileName());
            if (!boundary.isInsideBelow(folder, modelFile, SourceLocation.of(modelSource.displayPath()), problems)) {
                return new FolderResult(Optional.empty(), Optional.empty(), problems);
            }
            try {
                metadataSources.add(metadataReader.parse(modelSource));
            } catch (InvalidInputException e) {
                // Without a readable model file, which evaluation and lineage files it means is unknown.
                problems.addAll(e.problems());
                return new FolderResult(Optional.empty(), Optional.empty(), problems);
            }
            inputs.add(new InputFile(modelSource.displayPath(), KIND_MODEL, modelSource.sha256()));
            metadataFile = SourceLocation.of(modelSource.displayPath());
        }

        ImportContext context = new ImportContext(boundary, folder);
        List<ImportedModel> imported = new ArrayList<>();
        for (Importable importable : importableFiles(folder, context)) {
            Path file = importable.file();
            ModelImporter importer = importable.importer();
            SourceFile source = new SourceFile(file, boundary.display(file));
            try {
                ImportedModel model = importer.read(source, context);
                imported.add(model);
                inputs.add(new InputFile(source.displayPath(), importer.name(), source.sha256()));
                if (model.describesModel()) {
                    metadataSources.add(model.metadata());
                    if (metadataFile == null) {
                        metadataFile = SourceLocation.of(source.displayPath());
                    }
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        inputs.addAll(context.inputs());
        problems.addAll(context.problems());
        if (metadataSources.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new InputProblem(SourceLocation.of(shownFolder), "no model.yaml in folder " + shownFolder,
                        "exactly one of model.yaml, model.yml or model.json in each model folder"
                                + (importers.isEmpty() ? "" : ", or a file of another tool that documents the model: "
                                        + importers.stream().map(ModelImporter::formatDescription)
                                                .collect(Collectors.joining(", ")))));
            }
            return new FolderResult(Optional.empty(), Optional.empty(), problems);
        }
        LocatedDocument document = MetadataMerge.merge(metadataSources, context.folderName(), SourceLocation.of(shownFolder));
        ModelMetadata metadata = null;
        try {
            metadata = metadataReader.toMetadata(document);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }

        List<MetricResult> evaluations = readResults(folder, entries, document, ResultFiles.EVALUATIONS, inputs, problems);
        imported.forEach(model -> evaluations.addAll(model.evaluations()));
        List<MetricResult> monitoring = readResults(folder, entries, document, ResultFiles.MONITORING, inputs, problems);
        List<MetricResult> baseline = readResults(folder, entries, document, ResultFiles.BASELINE, inputs, problems);

        List<LineageDocument> lineageDocuments = new ArrayList<>();
        for (Path file : lineageFiles(folder, entries, document, problems)) {
            SourceFile source = new SourceFile(file, boundary.display(file));
            LineageReader reader = lineageReaders.stream().filter(r -> r.canRead(file)).findFirst().orElseThrow();
            try {
                lineageDocuments.add(reader.read(source));
                inputs.add(new InputFile(source.displayPath(), KIND_LINEAGE, source.sha256()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(LineageGraphCheck.check(lineageDocuments));
        Lineage nativeLineage = lineageDocuments.stream().map(LineageDocument::lineage).reduce(Lineage.EMPTY, Lineage::merge);
        Lineage lineage = LineageUnion.join(nativeLineage,
                imported.stream().map(model -> model.lineage().lineage()).toList(),
                metadata == null ? null : metadata.artifact());

        Optional<DuplicateIds.Occurrence> id = idOf(document);
        if (metadata == null || !problems.isEmpty()) {
            return new FolderResult(Optional.empty(), id, problems);
        }
        FileOnDisk artifactOnDisk = ArtifactFiles.find(boundary, folder, metadata.artifact());
        if (artifactOnDisk != null && artifactOnDisk.present()) {
            // Listed with the evidence, so the reports name the bytes that were verified and a changed binary
            // changes the run digest.
            inputs.add(new InputFile(artifactOnDisk.path(), KIND_ARTIFACT, artifactOnDisk.sha256()));
        }
        Map<String, FileOnDisk> datasetsOnDisk = ArtifactFiles.datasets(boundary, folder, lineage, artifactOnDisk);
        Map<String, String> snapshots = new TreeMap<>(); // one input per file, however many nodes name it
        datasetsOnDisk.values().stream().filter(FileOnDisk::present)
                .forEach(file -> snapshots.put(file.path(), file.sha256()));
        snapshots.forEach((path, sha256) -> inputs.add(new InputFile(path, KIND_DATASET, sha256)));
        GovernedModel model = new GovernedModel(metadata, evaluations, lineage, metadataFile, inputs,
                document.locations(), monitoring, baseline,
                imported.stream().flatMap(m -> m.documentation().stream()).toList(),
                imported.stream().flatMap(m -> m.graphics().stream()).toList(),
                imported.stream().flatMap(m -> m.warnings().stream()).toList(), artifactOnDisk, datasetsOnDisk);
        return new FolderResult(Optional.of(model), id, problems);
    }

    /** A file of a model folder and the first importer that reads it. */
    private record Importable(Path file, ModelImporter importer) {
    }

    /**
     * The files of a model folder some importer reads, in path order, each with the first importer that reads it:
     * every regular, not hidden file below the folder, outside its result folders, other than the native model
     * and lineage files. Each importer is asked once per file (a JSON importer reads the file's first bytes).
     */
    private List<Importable> importableFiles(Path folder, ImportContext context) {
        if (importers.isEmpty()) {
            return List.of();
        }
        Path real = realPath(folder);
        List<Importable> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(real)) {
            walk.filter(path -> !path.equals(real))
                    .filter(path -> !isHiddenBelow(real, path))
                    .filter(path -> !RESULT_FOLDERS.contains(real.relativize(path).getName(0).toString()))
                    .filter(Files::isRegularFile)
                    .map(path -> folder.resolve(real.relativize(path)))
                    .filter(path -> !isNativeFile(folder, path))
                    .filter(path -> boundary.isInsideBelow(folder, path, SourceLocation.of(boundary.display(path)),
                            new ArrayList<>()))
                    .forEach(path -> importers.stream().filter(importer -> importer.canRead(path, context)).findFirst()
                            .ifPresent(importer -> found.add(new Importable(path, importer))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + boundary.display(folder), e);
        }
        found.sort(Comparator.comparing(importable -> folder.relativize(importable.file()).toString().replace('\\', '/')));
        return found;
    }

    private static boolean isNativeFile(Path folder, Path file) {
        if (!file.getParent().equals(folder)) {
            return false;
        }
        String name = file.getFileName().toString();
        return ModelMetadataReader.FILE_NAMES.contains(name) || LINEAGE_FILE_NAMES.contains(name);
    }

    /** The id as written, even when other fields are wrong, so duplicates are reported in the same run. */
    private static Optional<DuplicateIds.Occurrence> idOf(LocatedDocument document) {
        JsonNode id = document.root().get("id");
        return id != null && id.isTextual()
                ? Optional.of(new DuplicateIds.Occurrence(id.asText(), document.locateValue("/id")))
                : Optional.empty();
    }

    /**
     * The metric results of one kind: evaluation files, monitoring files or the baseline's evaluation files, each
     * recorded as an input of its kind. Unreadable files are problems; the other files are still read.
     */
    private List<MetricResult> readResults(Path folder, Set<String> entries, LocatedDocument document,
            ResultFiles kind, List<InputFile> inputs, List<InputProblem> problems) {
        List<MetricResult> results = new ArrayList<>();
        for (Path file : resultFiles(folder, entries, document, kind, problems)) {
            SourceFile source = new SourceFile(file, boundary.display(file));
            EvaluationReader reader = evaluationReaders.stream().filter(r -> r.canRead(file)).findFirst().orElseThrow();
            try {
                results.addAll(reader.read(source));
                inputs.add(new InputFile(source.displayPath(), kind.inputKind(), source.sha256()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return results;
    }

    private List<Path> resultFiles(Path folder, Set<String> entries, LocatedDocument document, ResultFiles kind,
            List<InputProblem> problems) {
        Optional<List<FileReference>> listed = ModelMetadataReader.listedFiles(document, kind.listPointer());
        if (listed.isPresent()) {
            return resolveAll(folder, listed.get(), evaluationFormats(), this::canReadEvaluation, problems);
        }
        String folderName = kind.defaultFolder();
        Path directory = folder.resolve(folderName);
        if (!entries.contains(folderName) || !Files.isDirectory(directory)
                || !boundary.isInsideBelow(folder, directory, SourceLocation.of(boundary.display(directory)), problems)) {
            return List.of();
        }
        // Walked through its real path, so that an evaluations folder that is itself a link is walked too.
        Path real = realPath(directory);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(real)) {
            walk.filter(path -> !isHiddenBelow(real, path))
                    .filter(Files::isRegularFile)
                    .filter(this::canReadEvaluation)
                    .forEach(path -> found.add(directory.resolve(real.relativize(path))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + boundary.display(directory), e);
        }
        found.sort(Comparator.comparing(path -> directory.relativize(path).toString().replace('\\', '/')));
        List<Path> usable = new ArrayList<>();
        for (Path file : found) {
            if (boundary.isInsideBelow(folder, file, SourceLocation.of(boundary.display(file)), problems)) {
                usable.add(file);
            }
        }
        return usable;
    }

    private List<Path> lineageFiles(Path folder, Set<String> entries, LocatedDocument document,
            List<InputProblem> problems) {
        Optional<List<FileReference>> listed = ModelMetadataReader.listedFiles(document, ModelMetadataReader.LINEAGE_FILES);
        if (listed.isPresent()) {
            return resolveAll(folder, listed.get(), lineageFormats(), this::canReadLineage, problems);
        }
        List<Path> usable = new ArrayList<>();
        for (String name : LINEAGE_FILE_NAMES) {
            Path file = folder.resolve(name);
            if (entries.contains(name) && Files.isRegularFile(file)
                    && boundary.isInsideBelow(folder, file, SourceLocation.of(boundary.display(file)), problems)) {
                usable.add(file);
            }
        }
        return usable;
    }

    private List<Path> resolveAll(Path folder, List<FileReference> references, String formats,
            java.util.function.Predicate<Path> readable, List<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (FileReference reference : references) {
            Path file = boundary.resolveListed(folder, reference, problems);
            if (file == null) {
                continue;
            }
            if (!readable.test(file)) {
                problems.add(new InputProblem(reference.location(),
                        "found '" + reference.path() + "', a file in no format the plugin reads here",
                        "one of: " + formats));
                continue;
            }
            files.add(file);
        }
        return files;
    }

    private boolean canReadEvaluation(Path file) {
        return evaluationReaders.stream().anyMatch(reader -> reader.canRead(file));
    }

    private boolean canReadLineage(Path file) {
        return lineageReaders.stream().anyMatch(reader -> reader.canRead(file));
    }

    private String evaluationFormats() {
        return evaluationReaders.stream().map(EvaluationReader::formatDescription).collect(Collectors.joining(", "));
    }

    private String lineageFormats() {
        return lineageReaders.stream().map(LineageReader::formatDescription).collect(Collectors.joining(", "));
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isHiddenBelow(Path root, Path path) {
        for (Path name : root.relativize(path)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + path, e);
        }
    }
}
