package dev.modelops.render;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ModelMetadata;
import dev.modelops.render.pdf.EvidenceAttachment;
import dev.modelops.render.pdf.PdfDocumentInfo;
import dev.modelops.render.pdf.PdfPageRenderer;
import dev.modelops.render.pdf.ShippedFonts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Writes the archival PDF of the report: {@value #REPORT_FILE} (the compliance report, printed from the same
 * template as {@code index.html}) and {@code cards/<model-id>.pdf} (each model card, printed from the template
 * of {@code cards/<model-id>.html}). Each PDF is PDF/A-3a, tagged, with the shipped fonts embedded, bookmarks
 * per section, a running header and page numbers, and the machine-readable evidence it presents attached as an
 * associated file, so that a PDF filed on its own still carries it: the compliance report carries
 * {@code results.json}, byte for byte the file written next to it; a card carries {@code <model-id>.results.json},
 * the same format narrowed to its model ({@link GovernanceResult#ofModel}), so that a thousand cards do not carry
 * a thousand copies of the whole inventory.
 *
 * <p>PDFs are rendered in parallel, one task per document; the renderer and its font-metrics cache are shared.
 */
public final class PdfReportWriter implements ReportWriter {

    public static final String REPORT_FILE = "compliance-report.pdf";
    private static final String PRINT_CSS_RESOURCE = HtmlReportWriter.TEMPLATE_ROOT + "css/modelops-print.css";
    /** Cards printed by one task. */
    static final int CARDS_PER_TASK = 4;

    /** Prints the attached results exactly as {@code results.json} is printed; thread-safe. */
    private static final JsonResultsWriter RESULTS = new JsonResultsWriter();

    private final HtmlReportWriter pages;
    private final int threads;
    private volatile PdfPageRenderer renderer;

    /** A writer printing the pages {@code pages} renders, on as many threads as the machine has processors. */
    public PdfReportWriter(HtmlReportWriter pages) {
        this(pages, Runtime.getRuntime().availableProcessors());
    }

    public PdfReportWriter(HtmlReportWriter pages, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pages = pages;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        ReportContent content = ReportContent.of(result);
        PdfPageRenderer printer = renderer();
        List<EvidenceAttachment> evidence = List.of(resultsAttachment(result, JsonResultsWriter.FILE_NAME));
        Path cards = Files.createDirectories(outputDirectory.resolve(HtmlReportWriter.CARDS_DIRECTORY));

        List<Callable<Void>> tasks = new ArrayList<>();
        tasks.add(() -> {
            byte[] pdf = printer.render(pages.renderIndex(content), reportInfo(content), evidence);
            Files.write(outputDirectory.resolve(REPORT_FILE), pdf);
            return null;
        });
        List<GovernedModel> models = content.models();
        for (int from = 0; from < models.size(); from += CARDS_PER_TASK) {
            List<GovernedModel> batch = models.subList(from, Math.min(from + CARDS_PER_TASK, models.size()));
            tasks.add(() -> {
                for (GovernedModel model : batch) {
                    byte[] pdf = printer.render(pages.renderCard(content, model), cardInfo(content, model),
                            cardEvidence(content, model));
                    Files.write(cards.resolve(model.id() + ".pdf"), pdf);
                }
                return null;
            });
        }
        ParallelRendering.run(tasks, threads, "PDF report");
    }

    /** The PDF of one model's card, as written to {@code cards/<model-id>.pdf}. */
    public byte[] renderCard(GovernanceResult result, GovernedModel model) throws IOException {
        ReportContent content = ReportContent.of(result);
        return renderer().render(pages.renderCard(content, model), cardInfo(content, model),
                cardEvidence(content, model));
    }

    /** The PDF of the compliance report, as written to {@value #REPORT_FILE}. */
    public byte[] renderReport(GovernanceResult result) throws IOException {
        ReportContent content = ReportContent.of(result);
        return renderer().render(pages.renderIndex(content), reportInfo(content),
                List.of(resultsAttachment(result, JsonResultsWriter.FILE_NAME)));
    }

    static PdfDocumentInfo reportInfo(ReportContent content) {
        GovernanceResult result = content.result();
        List<String> keywords = new ArrayList<>(List.of("model governance", "compliance report"));
        FrameworkCoverage.of(content).forEach(framework -> keywords.add(framework.name()));
        return new PdfDocumentInfo("Model governance compliance report: " + result.projectName(),
                "Compliance of " + content.models().size() + " models with " + content.rules().size()
                        + " rules, as of " + Formats.isoInstant(result.asOf()),
                keywords, result.projectName(), result.asOf());
    }

    static PdfDocumentInfo cardInfo(ReportContent content, GovernedModel model) {
        GovernanceResult result = content.result();
        ModelMetadata metadata = model.metadata();
        String version = metadata.version() == null ? "(no version declared)" : metadata.version();
        List<String> keywords = new ArrayList<>(List.of("model card", metadata.id()));
        if (metadata.version() != null) {
            keywords.add(metadata.version());
        }
        if (metadata.type() != null) {
            keywords.add(metadata.type());
        }
        String name = metadata.name() == null ? metadata.id() : metadata.name();
        return new PdfDocumentInfo("Model card: " + name + " " + version,
                "Model card of " + metadata.id() + " version " + version + " in " + result.projectName()
                        + ", as of " + Formats.isoInstant(result.asOf()),
                keywords, result.projectName(), result.asOf());
    }

    /** The name of the results a card's PDF carries. */
    public static String cardResultsFile(String modelId) {
        return modelId + ".results.json";
    }

    private static List<EvidenceAttachment> cardEvidence(ReportContent content, GovernedModel model) {
        return List.of(resultsAttachment(content.resultOf(model), cardResultsFile(model.id())));
    }

    private static EvidenceAttachment resultsAttachment(GovernanceResult result, String fileName) {
        return new EvidenceAttachment(fileName, "application/json",
                "The machine-readable results this document presents (modelops results format "
                        + JsonResultsWriter.FORMAT_VERSION + ", as in results.json)",
                "Data", RESULTS.bytes(result));
    }

    /** The renderer, created on first use: loading the fonts costs a little, and a run without PDF needs none. */
    private PdfPageRenderer renderer() throws IOException {
        PdfPageRenderer current = renderer;
        if (current == null) {
            synchronized (this) {
                current = renderer;
                if (current == null) {
                    current = new PdfPageRenderer(ShippedFonts.load(),
                            pages.styleSheetText() + "\n" + printStyleSheet());
                    renderer = current;
                }
            }
        }
        return current;
    }

    /** The print style sheet shipped with the templates: page size, margins, header, page numbers, fonts. */
    static String printStyleSheet() throws IOException {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(PRINT_CSS_RESOURCE)) {
            if (in == null) {
                throw new IOException("The plugin is missing its print style sheet " + PRINT_CSS_RESOURCE);
            }
            return ShippedTemplateResolver.normalizeLineEndings(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
