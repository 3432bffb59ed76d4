package dev.modelops.bench;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.SampleProject;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.PdfReportWriter;
import dev.modelops.render.ReportContent;
import dev.modelops.render.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the two reports issue 5 sets targets for, on demand (not part of the test suite):
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl maven-plugin test-compile exec:java \
 *     -Dexec.mainClass=dev.modelops.bench.ReportBenchmark -Dexec.classpathScope=test -Dexec.args="1000 30"
 * </pre>
 *
 * <ul>
 *   <li>the compliance report ({@code index.html}) of N synthetic models (first argument, default 1,000): the
 *       first render in the JVM, then the median of five more;</li>
 *   <li>a model card PDF, after warm-up (second argument: the number of warm-up renders, default 30, then as many
 *       timed ones): the card of a synthetic model, then the card of the sample project's credit-scoring model,
 *       each with its page count, on one thread.</li>
 * </ul>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("modelops-report-bench-");
        try {
            Path models = work.resolve("src/main/models");
            SyntheticModels.write(models, size, 42L);
            GovernanceResult result = check(work, models);
            HtmlReportWriter pages = new HtmlReportWriter(1, ReportOptions.defaults());
            ReportContent content = ReportContent.of(result);

            long cold = time(() -> pages.renderIndex(content));
            long[] warm = new long[5];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = time(() -> pages.renderIndex(content));
            }
            System.out.printf(Locale.ROOT, "compliance report HTML, %d models: first %d ms, then median %d ms (%d KiB)%n",
                    size, cold / 1_000_000, median(warm) / 1_000_000, pages.renderIndex(content).length() / 1024);

            PdfReportWriter pdf = new PdfReportWriter(pages, 1);
            Path small = work.resolve("one-page");
            writeOnePageModel(small.resolve("src/main/models/scorecard"));
            GovernanceResult onePage = check(small, small.resolve("src/main/models"));
            cardPdf("a short card", pdf, onePage, onePage.models().get(0), rounds);
            GovernedModel synthetic = result.models().get(0);
            cardPdf("synthetic model " + synthetic.id(), pdf, result, synthetic, rounds);

            CheckOutcome sample = SampleProject.check(work.resolve("sample-report"), false).moduleOf("credit-scoring")
                    .outcome();
            GovernedModel credit = sample.result().models().stream().filter(m -> m.id().equals("credit-scoring"))
                    .findFirst().orElseThrow();
            cardPdf("sample credit-scoring", pdf, sample.result(), credit, rounds);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void cardPdf(String what, PdfReportWriter pdf, GovernanceResult result, GovernedModel model,
            int rounds) throws Exception {
        long first = time(() -> pdf.renderCard(result, model));
        for (int i = 0; i < rounds; i++) {
            pdf.renderCard(result, model);
        }
        long[] timed = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            timed[i] = time(() -> pdf.renderCard(result, model));
        }
        byte[] bytes = pdf.renderCard(result, model);
        int pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "model card PDF, %s: %d pages, %d KiB; first %d ms, after %d warm-up renders "
                + "median %d ms, %.1f ms per page%n", what, pages, bytes.length / 1024, first / 1_000_000, rounds,
                median(timed) / 1_000_000, median(timed) / 1e6 / pages);
    }

    /** A model with a short card: a few fields, two people, one result, no lineage. */
    private static void writeOnePageModel(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("evaluations"));
        Files.writeString(folder.resolve("model.yaml"), """
                id: scorecard
                name: Small-business overdraft scorecard
                version: 1.4.0
                type: classifier
                task: binary-classification
                description: Logistic scorecard for overdraft limits of small-business current accounts.
                license: proprietary
                riskTier: medium
                status: production
                people:
                  - {name: Ana Costa, email: ana.costa@example.com, role: owner}
                  - {name: Li Wei, email: li.wei@example.com, role: validator}
                intendedUse: Set the initial overdraft limit offered to a small business.
                outOfScopeUses: [Consumer lending]
                limitations: [Not validated for businesses younger than one year]
                """);
        Files.writeString(folder.resolve("evaluations/holdout.csv"), SyntheticModels.CSV_HEADER + "\n"
                + "auc,0.781,,0.762,0.8,0.95,0.75,,holdout-2026q2,2026-06-30\n");
    }

    private static GovernanceResult check(Path base, Path models) throws IOException {
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        List<GovernedModel> loaded = new ModelInventoryLoader(base).load(models);
        List<RulePack> packs = new RulePackLoader().load(List.of("core"), List.of(), base);
        RuleEngine engine = RuleEngine.compile(RulePackLoader.rules(packs));
        List<Finding> findings = engine.evaluateAll(loaded, asOf);
        return new GovernanceResult("benchmark", asOf, loaded, engine.rules(), findings, Severity.HIGH, List.of(), null,
                packs);
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
