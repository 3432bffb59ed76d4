package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.LineageDocument;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the lineage a DVC pipeline records in its lock file ({@code dvc.lock}, schema 2.0 of DVC 2 and 3, and
 * the top-level stages of DVC 1): each stage is a lineage job, each data file or folder it reads or writes a
 * dataset, with edges from what a stage reads to the stage and from the stage to what it writes. The loader then
 * links the output whose path is the model's {@code artifact.path} to the model artifact.
 *
 * <ul>
 *   <li>A dataset's id is its path as written (relative to the folder of {@code dvc.lock}), its {@code source} the
 *       path relative to the model folder (a URL as written), its {@code md5} the MD5 DVC recorded (both the older
 *       {@code md5:} and DVC 3's {@code hash: md5} with {@code md5:}; for a folder, the 32 digits of DVC's
 *       {@code <md5>.dir}), its {@code version} {@code md5:} and the digest as written (with {@code .dir}), and its
 *       description says which stage wrote or read it and its size and number of files.</li>
 *   <li>A job's id is the stage name ({@code dvc:} and the name when a path of the file has the same name), its
 *       type {@code training} when the stage name, else a program or module its command runs, mentions "train",
 *       {@code evaluation} for "eval", otherwise {@code transform}. Source code the stage depends on (a
 *       {@code .py}, {@code .R}, {@code .ipynb}, {@code .sh} ... file) is not data: it is the job's
 *       {@code codeRef}, with its md5.</li>
 *   <li>What has no place in the lineage (each stage's {@code cmd} and {@code params}, and keys DVC may add, such
 *       as {@code isexec} or {@code cloud}) is kept as written under {@code extensions.dvc.stages.<stage>}.</li>
 * </ul>
 * A path recorded with two different md5 in one lock file (an output a later stage read before it was written
 * again: the lock file is out of date) is a warning.
 */
public final class DvcLockImporter implements ModelImporter {

    /** The importer's name: the kind of its inputs and its key under {@code extensions}. */
    public static final String NAME = "dvc";

    /** The file name of a DVC lock file. */
    public static final String LOCK_FILE = "dvc.lock";

    /** The lock file schema DVC 2 and 3 write. */
    public static final String SCHEMA = "2.0";

    /** The prefix of a job id when a stage has the name of a path of the same lock file. */
    public static final String JOB_PREFIX = "dvc:";

    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}(\\.dir)?");
    private static final Set<String> ENTRY_KEYS = Set.of("path", "md5", "hash", "size", "nfiles");
    private static final Set<String> CODE_EXTENSIONS = Set.of("py", "ipynb", "r", "rmd", "sh", "bash", "ps1", "jl",
            "scala", "java", "kt", "js", "ts", "rb", "go", "sql", "m", "c", "cpp");
    private static final String EXPECTED_FILE = "a dvc.lock file: schema: '2.0' and stages: {<stage>: {cmd, deps, outs}}";

    private final StructuredFileParser parser = new StructuredFileParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String formatDescription() {
        return "DVC pipeline lock files (dvc.lock)";
    }

    @Override
    public boolean canRead(Path file, ImportContext context) {
        try {
            return LOCK_FILE.equals(file.getFileName().toString());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ImportedModel read(SourceFile file, ImportContext context) {
        LocatedDocument lock = parser.parse(file.text(), file.displayPath(), true);
        if (!(lock.root() instanceof ObjectNode root)) {
            throw new InvalidInputException(new InputProblem(lock.locate(""),
                    "found " + (lock.root().isArray() ? "a YAML list" : "a single value") + " as the whole file",
                    EXPECTED_FILE));
        }
        List<InputProblem> warnings = new ArrayList<>();
        LocatedObjectBuilder document = new LocatedObjectBuilder(file.displayPath());
        ObjectNode stages;
        String base;
        if (root.has("stages")) {
            if (!(root.get("stages") instanceof ObjectNode written)) {
                throw new InvalidInputException(new InputProblem(lock.locate("/stages"),
                        "found stages that are not a mapping", EXPECTED_FILE));
            }
            stages = written;
            base = "/stages";
            String schema = text(root.get("schema"));
            if (!SCHEMA.equals(schema)) {
                warnings.add(new InputProblem(lock.locateValue(root.has("schema") ? "/schema" : ""),
                        schema == null ? "found no schema" : "found schema '" + schema + "'",
                        "schema: '2.0', the lock file format of DVC 2 and 3 (read as such)"));
            }
            for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!key.equals("stages")) {
                    document.copy("/extensions/dvc" + LocatedObjectBuilder.pointer(key), lock,
                            LocatedObjectBuilder.pointer(key));
                }
            }
        } else if (!root.has("schema")) {
            // DVC 1 wrote the stages at the top level.
            stages = root;
            base = "";
        } else {
            throw new InvalidInputException(new InputProblem(lock.locate("/schema"),
                    "found schema '" + root.get("schema").asText() + "' but no stages", EXPECTED_FILE));
        }
        Pipeline pipeline = new Pipeline(lock, context, file.path().toAbsolutePath().normalize().getParent(),
                document, warnings, pathsOf(stages));
        for (Iterator<Map.Entry<String, JsonNode>> entries = stages.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> stage = entries.next();
            pipeline.stage(stage.getKey(), stage.getValue(), base + LocatedObjectBuilder.pointer(stage.getKey()));
        }
        return new ImportedModel(document.build(), List.of(), pipeline.lineage(file.displayPath()), List.of(),
                List.of(), warnings);
    }

    /** Every path a stage of the file reads or writes, to keep job ids apart from dataset ids. */
    private static Set<String> pathsOf(ObjectNode stages) {
        Set<String> paths = new HashSet<>();
        stages.forEach(stage -> {
            for (String list : new String[] {"deps", "outs"}) {
                JsonNode entries = stage.get(list);
                if (entries != null && entries.isArray()) {
                    entries.forEach(entry -> {
                        String path = text(entry.get("path"));
                        if (path != null) {
                            paths.add(path);
                        }
                    });
                }
            }
        });
        return paths;
    }

    /** The lineage of one lock file, built stage by stage. */
    private static final class Pipeline {
        private final LocatedDocument lock;
        private final ImportContext context;
        private final Path lockFolder;
        private final LocatedObjectBuilder document;
        private final List<InputProblem> warnings;
        private final Set<String> paths;
        private final Map<String, Recorded> recorded = new LinkedHashMap<>();
        private final List<LineageDataset> datasets = new ArrayList<>();
        private final List<LineageJob> jobs = new ArrayList<>();
        private final Set<LineageEdge> edges = new LinkedHashSet<>();
        private final Map<String, SourceLocation> locations = new HashMap<>();

        Pipeline(LocatedDocument lock, ImportContext context, Path lockFolder, LocatedObjectBuilder document,
                List<InputProblem> warnings, Set<String> paths) {
            this.lock = lock;
            this.context = context;
            this.lockFolder = lockFolder;
            this.document = document;
            this.warnings = warnings;
            this.paths = paths;
        }

        /** Where a path was recorded first, with which md5, by which stage and as what. */
        private record Recorded(String md5, String stage, String role, int line) {
        }

        void stage(String name, JsonNode node, String pointer) {
            if (!(node instanceof ObjectNode stage)) {
                warnings.add(new InputProblem(lock.locate(pointer), "found stage " + name + " that is not a mapping",
                        "a stage: {cmd, deps, outs}"));
                return;
            }
            String jobId = paths.contains(name) ? JOB_PREFIX + name : name;
            String extensions = "/extensions/dvc/stages" + LocatedObjectBuilder.pointer(name);
            for (Iterator<String> keys = stage.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!key.equals("deps") && !key.equals("outs")) {
                    document.copy(extensions + LocatedObjectBuilder.pointer(key), lock,
                            pointer + LocatedObjectBuilder.pointer(key));
                }
            }
            String command = command(stage.get("cmd"));
            List<String> code = new ArrayList<>();
            entries(name, jobId, stage, pointer, "deps", extensions, code);
            entries(name, jobId, stage, pointer, "outs", extensions, code);
            locations.put("/jobs/" + jobs.size(), lock.locate(pointer));
            jobs.add(new LineageJob(jobId, name, jobType(name, command), null, null,
                    code.isEmpty() ? null : String.join(", ", code)));
        }

        private void entries(String stage, String jobId, ObjectNode node, String stagePointer, String list,
                String extensions, List<String> code) {
            JsonNode entries = node.get(list);
            if (entries == null || entries.isNull()) {
                return;
            }
            String listPointer = stagePointer + "/" + list;
            if (!entries.isArray()) {
                warnings.add(new InputProblem(lock.locate(listPointer), "found " + list + " of stage " + stage
                        + " that are not a list", list + ": a list of {path, md5, size}"));
                return;
            }
            boolean output = list.equals("outs");
            String role = output ? "output" : "input";
            for (int i = 0; i < entries.size(); i++) {
                String pointer = listPointer + "/" + i;
                JsonNode entry = entries.get(i);
                String path = entry instanceof ObjectNode ? text(entry.get("path")) : null;
                if (path == null) {
                    warnings.add(new InputProblem(lock.locate(pointer), "found an " + role + " of stage " + stage
                            + " without a path", "{path, md5, size}: path names the file or folder, relative to "
                                    + LOCK_FILE));
                    continue;
                }
                ObjectNode written = (ObjectNode) entry;
                keepUnknownKeys(written, pointer, extensions + "/" + list + LocatedObjectBuilder.pointer(path));
                String md5 = md5(written, pointer, path);
                if (!output && isCode(path)) {
                    code.add(md5 == null ? path : path + " md5:" + md5);
                    continue;
                }
                dataset(stage, role, path, md5, written, pointer);
                if (edges.add(output ? new LineageEdge(jobId, path) : new LineageEdge(path, jobId))) {
                    locations.put("/edges/" + (edges.size() - 1), lock.locate(pointer));
                }
            }
        }

        /** The md5 as written, when it is one (32 hexadecimal digits, {@code .dir} for a folder); else null. */
        private String md5(ObjectNode entry, String pointer, String path) {
            String hash = text(entry.get("hash"));
            if (hash != null && !hash.equals("md5")) {
                warnings.add(new InputProblem(lock.locateValue(pointer + "/hash"), "found hash " + hash + " for " + path,
                        "hash: md5, the only hash DVC 3 writes"));
            }
            String md5 = text(entry.get("md5"));
            if (md5 == null) {
                return null;
            }
            if (!MD5.matcher(md5).matches()) {
                warnings.add(new InputProblem(lock.locateValue(pointer + "/md5"), "found md5 '" + md5 + "' for " + path,
                        "32 hexadecimal digits (and .dir for a folder), as DVC writes them"));
                return null;
            }
            return md5.toLowerCase(Locale.ROOT);
        }

        private void dataset(String stage, String role, String path, String md5, ObjectNode entry, String pointer) {
            int line = lock.locate(pointer).line();
            Recorded first = recorded.get(path);
            if (first != null) {
                if (md5 != null && first.md5() != null && !md5.equals(first.md5())) {
                    warnings.add(new InputProblem(lock.locateValue(pointer + "/md5"), "found md5 " + md5 + " for "
                            + path + " as an " + role + " of stage " + stage + ", but md5 " + first.md5() + " as an "
                            + first.role() + " of stage " + first.stage() + " (line " + first.line() + ")",
                            "one md5 for a path throughout " + LOCK_FILE + " (the lock file is out of date: run"
                                    + " dvc repro)"));
                }
                return;
            }
            recorded.put(path, new Recorded(md5, stage, role, line));
            String digest = md5 == null ? null : md5.substring(0, 32);
            boolean folder = md5 != null && md5.endsWith(".dir") || entry.has("nfiles");
            String index = "/datasets/" + datasets.size();
            locations.put(index, lock.locate(pointer));
            locations.put(index + "/id", lock.locateValue(pointer + "/path"));
            if (digest != null) {
                locations.put(index + "/md5", lock.locateValue(pointer + "/md5"));
                locations.put(index + "/version", lock.locateValue(pointer + "/md5"));
            }
            datasets.add(new LineageDataset(path, null, source(path), null, null, null,
                    md5 == null ? null : "md5:" + md5, null, description(stage, role, folder, entry), null, null,
                    null, digest));
        }

        /** Keys DVC may write that have no place in the lineage, kept as written. */
        private void keepUnknownKeys(ObjectNode entry, String pointer, String extensions) {
            for (Iterator<String> keys = entry.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (!ENTRY_KEYS.contains(key)) {
                    document.copy(extensions + LocatedObjectBuilder.pointer(key), lock,
                            pointer + LocatedObjectBuilder.pointer(key));
                }
            }
        }

        /** The path relative to the model folder; a URL or an absolute path as written. */
        private String source(String path) {
            if (path.contains("://") || path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*")) {
                return path;
            }
            try {
                Path resolved = lockFolder.resolve(path.replace('\\', '/')).normalize();
                return context.folder().relativize(resolved).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) { // an invalid path, or one on another drive
                return path;
            }
        }

        LineageDocument lineage(String file) {
            return new LineageDocument(file, new Lineage(datasets, jobs, new ArrayList<>(edges)), locations);
        }
    }

    private static String description(String stage, String role, boolean folder, ObjectNode entry) {
        StringBuilder text = new StringBuilder(role.equals("output") ? "Output" : "Input")
                .append(" of DVC stage ").append(stage);
        JsonNode size = entry.get("size");
        JsonNode files = entry.get("nfiles");
        if (folder) {
            text.append(": a folder");
            if (files != null && files.canConvertToLong()) {
                text.append(" of ").append(files.asLong()).append(files.asLong() == 1 ? " file" : " files");
            }
            if (size != null && size.canConvertToLong()) {
                text.append(", ").append(size.asLong()).append(" bytes");
            }
        } else if (size != null && size.canConvertToLong()) {
            text.append(": ").append(size.asLong()).append(" bytes");
        }
        return text.toString();
    }

    /** The stage's command as one text: a list of commands, which DVC runs one after the other, joined by &&. */
    private static String command(JsonNode cmd) {
        if (cmd == null) {
            return null;
        }
        if (cmd.isArray()) {
            List<String> commands = new ArrayList<>();
            cmd.forEach(c -> commands.add(c.asText()));
            return String.join(" && ", commands);
        }
        return text(cmd);
    }

    /**
     * training or evaluation when the stage's name says so, else when a program its command runs does (a source
     * file such as src/train.py, or the module after python -m); transform otherwise. Data files the command names
     * (data/train.csv) do not count.
     */
    static String jobType(String stage, String command) {
        String type = typeOf(stage);
        if (type != null || command == null) {
            return type != null ? type : "transform";
        }
        String previous = "";
        for (String word : command.split("[\\s;&|]+")) {
            if (isCode(word) || previous.equals("-m")) {
                String program = word.substring(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
                String found = typeOf(program);
                if (found != null) {
                    return found;
                }
            }
            previous = word;
        }
        return "transform";
    }

    private static String typeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("train")) {
            return "training";
        }
        if (lower.contains("eval")) {
            return "evaluation";
        }
        return null;
    }

    private static boolean isCode(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && CODE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }
}
