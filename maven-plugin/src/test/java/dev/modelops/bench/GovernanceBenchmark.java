package dev.modelops.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.load.imports.HuggingFaceCardImporter;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import dev.modelops.render.ReportPublisher;
import dev.modelops.render.ReportWriter;
import dev.modelops.validate.SchemaValidator;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times each stage of a governance check on N synthetic models, on demand (not part of the test suite):
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl maven-plugin test-compile exec:java \
 *     -Dexec.mainClass=dev.modelops.bench.GovernanceBenchmark -Dexec.classpathScope=test -Dexec.args="100 1000"
 * </pre>
 *
 * For each size it runs the whole check twice in the same JVM and prints both: "cold" is what a build pays (the
 * JIT has not compiled the parsers, CEL and Thymeleaf yet), "warm" the steady state. For each stage it prints
 * the time in total and per model, and the CPU time the process used meanwhile (on a shared machine the wall
 * clock counts other processes' turns too; the CPU time does not). "parse" reads and parses every file;
 * "validate" checks the parsed documents against the schemas; "load" is the loader's whole job (parse, validate, bind); "evaluate" runs
 * every rule of the packs in force on every model (the core pack, or those named by the system property
 * {@value #PACKS_PROPERTY}, comma-separated: {@code -Dbenchmark.packs=core,sr-11-7,eu-ai-act-high-risk}); "render"
 * writes the HTML, JSON, JUnit and ML-BOM reports (and the PDFs with {@code -D}{@value #PDF_PROPERTY}{@code =true}).
 *
 * <p>The models are written in the native formats ({@link SyntheticModels}), or, with
 * {@code -D}{@value #MODELS_PROPERTY}{@code =huggingface}, as folders holding only a Hugging Face model card of real
 * size ({@link SyntheticHuggingFaceCards}); "parse" then reads every card with the card importer (front matter and
 * Markdown) and "validate" checks what it gives against the model schema.
 */
public final class GovernanceBenchmark {

    /** The system property naming the packs to run, comma-separated; {@code core} when absent. */
    static final String PACKS_PROPERTY = "benchmark.packs";

    /** The system property choosing the models' format: {@code native} (the default) or {@code huggingface}. */
    static final String MODELS_PROPERTY = "benchmark.models";

    /** {@code -Dbenchmark.pdf=true} renders the PDFs too (one per model and the report); {@link ReportBenchmark} times them alone. */
    static final String PDF_PROPERTY = "benchmark.pdf";

    private static final String HUGGING_FACE = "huggingface";

    private GovernanceBenchmark() {
    }

    private static List<String> packs() {
        return Stream.of(System.getProperty(PACKS_PROPERTY, "core").split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    private static boolean huggingFaceCards() {
        String models = System.getProperty(MODELS_PROPERTY, "native").strip();
        if (!models.equals("native") && !models.equals(HUGGING_FACE)) {
            throw new IllegalArgumentException(MODELS_PROPERTY + " is '" + models + "'; expected native or " + HUGGING_FACE);
        }
        return models.equals(HUGGING_FACE);
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100, 1000} : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        boolean cards = huggingFaceCards();
        System.out.printf(Locale.ROOT, "models: %s%n", cards ? "Hugging Face cards (README.md only)" : "native");
        System.out.printf(Locale.ROOT, "packs: %s%n", String.join(", ", packs()));
        System.out.printf(Locale.ROOT, "%-8s %-5s %-10s %10s %14s %10s%n", "models", "run", "stage", "total ms",
                "ms per model", "cpu ms");
        for (int size : sizes) {
            Path work = Files.createTempDirectory("modelops-bench-");
            try {
                Path models = work.resolve("src/main/models");
                if (cards) {
                    SyntheticHuggingFaceCards.write(models, size, 42L);
                    printCardSizes(models);
                } else {
                    SyntheticModels.write(models, size, 42L);
                }
                runOnce(work, models, size, "cold", cards);
                runOnce(work, models, size, "warm", cards);
            } finally {
                deleteRecursively(work);
            }
        }
    }

    private static void runOnce(Path base, Path models, int size, String run, boolean cards) throws IOException {
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(models)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(cards ? file -> file.getFileName().toString().equals(HuggingFaceCardImporter.FILE_NAME)
                            : StructuredFileParser::isStructured)
                    .sorted().toList();
        }

        Mark start = Mark.now();
        StructuredFileParser parser = new StructuredFileParser();
        HuggingFaceCardImporter importer = new HuggingFaceCardImporter();
        List<LocatedDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String shown = base.relativize(file).toString();
            if (cards) {
                LocatedDocument card = importer.read(new SourceFile(file, shown), ImportContext.of(base, file.getParent()))
                        .metadata();
                // The id the loader gives a card's model: its folder's name.
                ((ObjectNode) card.root()).put("id", file.getParent().getFileName().toString());
                documents.add(card);
            } else {
                documents.add(parser.parse(file, shown));
            }
        }
        Mark parsed = Mark.now();

        SchemaValidator validator = new SchemaValidator();
        for (LocatedDocument document : documents) {
            String name = document.file().endsWith("lineage.yaml") ? SchemaValidator.LINEAGE
                    : document.file().endsWith("model.yaml") || cards ? SchemaValidator.MODEL : SchemaValidator.EVALUATION;
            validator.validate(document, name);
        }
        Mark validated = Mark.now();

        List<GovernedModel> loaded = new ModelInventoryLoader(base).load(models);
        Mark loadedAt = Mark.now();

        List<RulePack> packs = new RulePackLoader().load(packs(), List.of(), base);
        RuleEngine engine = RuleEngine.compile(RulePackLoader.rules(packs));
        List<Finding> findings = engine.evaluateAll(loaded, asOf);
        Mark evaluated = Mark.now();

        GovernanceResult result = new GovernanceResult("benchmark", asOf, loaded, engine.rules(), findings,
                Severity.HIGH, List.of(), null, packs);
        ReportPublisher publisher = ReportPublisher.withStandardWriters(
                new ReportOptions(Boolean.getBoolean(PDF_PROPERTY), null));
        publisher.publish(result, base.resolve("target/modelops"));
        Mark rendered = Mark.now();

        // The same writers once more, one by one, to show where rendering time goes.
        Map<String, Mark> perWriter = new LinkedHashMap<>();
        for (ReportWriter writer : publisher.writers()) {
            Path scratch = Files.createDirectories(base.resolve("target/by-writer/" + writer.name()));
            Mark before = Mark.now();
            writer.write(result, scratch);
            perWriter.put("  " + writer.name(), Mark.now().since(before));
        }

        line(size, run, "parse", parsed.since(start));
        line(size, run, "validate", validated.since(parsed));
        line(size, run, "load", loadedAt.since(validated));
        line(size, run, "evaluate", evaluated.since(loadedAt));
        line(size, run, "render", rendered.since(evaluated));
        perWriter.forEach((name, spent) -> line(size, run, name, spent));
        line(size, run, "check", rendered.since(validated));
    }

    /**
     * A point in time: the wall clock and the CPU time the whole process has used (every thread, the JIT and the
     * garbage collector too). On a shared machine the wall clock also counts other processes' turns; the CPU time
     * does not, and on an idle machine the wall clock is at most the CPU time of stages that run on one thread.
     */
    private record Mark(long wall, long cpu) {

        private static final OperatingSystemMXBean SYSTEM =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        static Mark now() {
            return new Mark(System.nanoTime(), SYSTEM.getProcessCpuTime());
        }

        /** The time spent from {@code earlier} to this mark. */
        Mark since(Mark earlier) {
            return new Mark(wall - earlier.wall, cpu - earlier.cpu);
        }
    }

    private static void printCardSizes(Path models) throws IOException {
        long total = 0;
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        int count = 0;
        try (Stream<Path> walk = Files.walk(models)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                long bytes = Files.size(file);
                total += bytes;
                smallest = Math.min(smallest, bytes);
                largest = Math.max(largest, bytes);
                count++;
            }
        }
        System.out.printf(Locale.ROOT, "%d cards: %.1f KB on average, %.1f to %.1f KB%n", count,
                total / 1024.0 / count, smallest / 1024.0, largest / 1024.0);
    }

    private static void line(int size, String run, String stage, Mark spent) {
        double millis = spent.wall() / 1_000_000.0;
        System.out.printf(Locale.ROOT, "%-8d %-5s %-10s %10.0f %14.2f %10.0f%n", size, run, stage, millis, millis / size,
                spent.cpu() / 1_000_000.0);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
