package dev.modelops.bench;

import dev.modelops.load.BuiltInImporters;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.CheckSettings;
import dev.modelops.pipeline.GovernanceCheck;
import dev.modelops.pipeline.RunDigest;
import dev.modelops.pipeline.SampleProject;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times a first run (rendering) against a second run on unchanged inputs (rendering skipped), on demand (not part
 * of the test suite):
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl maven-plugin test-compile exec:java -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=dev.modelops.bench.IncrementalBenchmark -Dexec.classpathScope=test -Dexec.args="1000"
 * </pre>
 *
 * On the sample project (every model module one after the other, with its PDFs, as its build makes them) and on N
 * synthetic models (first argument,
 * default 1,000; without PDFs unless {@code -Dbenchmark.pdf=true}, as in {@link GovernanceBenchmark}), each in a
 * fresh output folder: "first" is the first run in the JVM (it renders), "skipped" the run after it on the same
 * inputs, "forced" a render with {@code force} once warm, "skipped again" a second skipped run once warm. For the
 * skipped runs it shows what they still pay: loading alone, and the digest alone (hashing the template files and
 * the canonical text; the input files' digests come from the loader, which reads each file once).
 */
public final class IncrementalBenchmark {

    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

    private IncrementalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("modelops-incremental-bench-");
        try {
            System.out.printf(Locale.ROOT, "%-28s %-14s %10s %10s%n", "project", "run", "ms", "rendered");
            List<CheckSettings> sample = new ArrayList<>();
            for (SampleProject.Module module : SampleProject.modules()) {
                sample.add(SampleProject.settings(module, work.resolve("sample-output").resolve(module.name()), true));
            }
            runs("sample project (PDF)", sample);

            Path project = work.resolve("synthetic");
            Path models = project.resolve("src/main/models");
            SyntheticModels.write(models, size, 42L);
            CheckSettings synthetic = new CheckSettings("benchmark", project, models, List.of("core"), List.of(),
                    Severity.HIGH, AS_OF, project.resolve("target/modelops"), List.of(), null, false, List.of(),
                    new ReportOptions(Boolean.getBoolean(GovernanceBenchmark.PDF_PROPERTY), null));
            runs(size + " synthetic models" + (synthetic.reports().pdf() ? " (PDF)" : ""), List.of(synthetic));
        } finally {
            deleteRecursively(work);
        }
    }

    /** The runs of every module of a project, one module after the other as a serial build does. */
    private static void runs(String name, List<CheckSettings> modules) throws IOException {
        List<CheckOutcome> last = new ArrayList<>();
        for (String run : List.of("first", "skipped", "forced", "skipped again")) {
            last.clear();
            long start = System.nanoTime();
            for (CheckSettings settings : modules) {
                last.add(new GovernanceCheck().run(settings, run.equals("forced")));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            boolean rendered = last.stream().anyMatch(outcome -> !outcome.renderSkipped());
            System.out.printf(Locale.ROOT, "%-28s %-14s %10d %10s%n", name, run, millis, rendered ? "yes" : "no");
        }
        long start = System.nanoTime();
        for (CheckSettings settings : modules) {
            new ModelInventoryLoader(settings.baseDirectory(), BuiltInImporters.named(settings.importers()))
                    .load(settings.modelsDirectory());
        }
        long loaded = System.nanoTime();
        for (int i = 0; i < modules.size(); i++) {
            RunDigest.of(modules.get(i), last.get(i).result());
        }
        long digested = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-28s %-14s %10d%n", name, "  load alone", (loaded - start) / 1_000_000);
        System.out.printf(Locale.ROOT, "%-28s %-14s %10.1f%n", name, "  digest alone", (digested - loaded) / 1e6);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
