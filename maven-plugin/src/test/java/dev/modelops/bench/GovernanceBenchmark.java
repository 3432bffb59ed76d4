package dev.modelops.bench;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportPublisher;
import dev.modelops.render.ReportWriter;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
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
 * the time in total and per model. "parse" reads and parses every file; "validate" checks the parsed
 * documents against the schemas; "load" is the loader's whole job (parse, validate, bind); "evaluate" runs
 * every rule of the packs in force on every model (the core pack, or those named by the system property
 * {@value #PACKS_PROPERTY}, comma-separated: {@code -Dbenchmark.packs=core,sr-11-7,eu-ai-act-high-risk}); "render"
 * writes the HTML, JSON and JUnit reports.
 */
public final class GovernanceBenchmark {

    /** The system property naming the packs to run, comma-separated; {@code core} when absent. */
    static final String PACKS_PROPERTY = "benchmark.packs";

    private GovernanceBenchmark() {
    }

    private static List<String> packs() {
        return Stream.of(System.getProperty(PACKS_PROPERTY, "core").split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100, 1000} : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "packs: %s%n", String.join(", ", packs()));
        System.out.printf(Locale.ROOT, "%-8s %-5s %-10s %10s %14s%n", "models", "run", "stage", "total ms", "ms per model");
        for (int size : sizes) {
            Path work = Files.createTempDirectory("modelops-bench-");
            try {
                Path models = work.resolve("src/main/models");
                SyntheticModels.write(models, size, 42L);
                runOnce(work, models, size, "cold");
                runOnce(work, models, size, "warm");
            } finally {
                deleteRecursively(work);
            }
        }
    }

    private static void runOnce(Path base, Path models, int size, String run) throws IOException {
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(models)) {
            files = walk.filter(Files::isRegularFile).filter(StructuredFileParser::isStructured).sorted().toList();
        }

        long start = System.nanoTime();
        StructuredFileParser parser = new StructuredFileParser();
        List<LocatedDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(parser.parse(file, base.relativize(file).toString()));
        }
        long parsed = System.nanoTime();

        SchemaValidator validator = new SchemaValidator();
        for (LocatedDocument document : documents) {
            String name = document.file().endsWith("lineage.yaml") ? SchemaValidator.LINEAGE
                    : document.file().endsWith("model.yaml") ? SchemaValidator.MODEL : SchemaValidator.EVALUATION;
            validator.validate(document, name);
        }
        long validated = System.nanoTime();

        List<GovernedModel> loaded = new ModelInventoryLoader(base).load(models);
        long loadedAt = System.nanoTime();

        List<RulePack> packs = new RulePackLoader().load(packs(), List.of(), base);
        RuleEngine engine = RuleEngine.compile(RulePackLoader.rules(packs));
        List<Finding> findings = engine.evaluateAll(loaded, asOf);
        long evaluated = System.nanoTime();

        GovernanceResult result = new GovernanceResult("benchmark", asOf, loaded, engine.rules(), findings,
                Severity.HIGH, List.of(), null, packs);
        ReportPublisher publisher = ReportPublisher.withStandardWriters();
        publisher.publish(result, base.resolve("target/modelops"));
        long rendered = System.nanoTime();

        // The same writers once more, one by one, to show where rendering time goes.
        Map<String, Long> perWriter = new LinkedHashMap<>();
        for (ReportWriter writer : publisher.writers()) {
            Path scratch = Files.createDirectories(base.resolve("target/by-writer/" + writer.name()));
            long before = System.nanoTime();
            writer.write(result, scratch);
            perWriter.put("  " + writer.name(), System.nanoTime() - before);
        }

        line(size, run, "parse", parsed - start);
        line(size, run, "validate", validated - parsed);
        line(size, run, "load", loadedAt - validated);
        line(size, run, "evaluate", evaluated - loadedAt);
        line(size, run, "render", rendered - evaluated);
        perWriter.forEach((name, nanos) -> line(size, run, name, nanos));
        line(size, run, "check", (loadedAt - validated) + (rendered - loadedAt));
    }

    private static void line(int size, String run, String stage, long nanos) {
        double millis = nanos / 1_000_000.0;
        System.out.printf(Locale.ROOT, "%-8d %-5s %-10s %10.0f %14.2f%n", size, run, stage, millis, millis / size);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
