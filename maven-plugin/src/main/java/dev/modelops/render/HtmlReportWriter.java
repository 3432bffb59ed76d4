package dev.modelops.render;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.render.html.PageFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the human-readable report: {@value #INDEX_FILE} (the compliance summary of the project),
 * {@value #RULES_FILE} (the catalogue of the rules in force, by pack, with their results),
 * {@code cards/<model-id>.html} (one model card per model) and {@value #CSS_FILE}, linked relatively so the
 * report works offline from disk. No external resource; the only script is the inventory's filter and sorting,
 * inline in the compliance report (the table is complete without it).
 *
 * <p>Pages are rendered from the Thymeleaf templates shipped in the plugin under {@value #TEMPLATE_ROOT}, in
 * XML mode: the output is well-formed XHTML (the PDF renderer reads the same templates), every input text is
 * escaped, and the page models ({@link PageFactory}) carry every value already formatted. One engine with a
 * template cache is created per writer and reused for every page and thread; it is thread-safe, and so is
 * this writer.
 */
public final class HtmlReportWriter implements ReportWriter {

    public static final String INDEX_FILE = "index.html";
    /** The rule catalogue, next to the index. */
    public static final String RULES_FILE = "rules.html";
    public static final String CSS_FILE = "modelops.css";
    public static final String CARDS_DIRECTORY = "cards";
    /** Where the templates are on the plugin's classpath: the repository's top-level {@code templates/} folder. */
    public static final String TEMPLATE_ROOT = "modelops/templates/";

    static final String INDEX_TEMPLATE = "html/index";
    static final String CARD_TEMPLATE = "html/card";
    static final String CATALOG_TEMPLATE = "html/rules";
    /** Cards rendered by one task: enough to outweigh the hand-over between threads. */
    static final int CARDS_PER_TASK = 25;
    private static final String CSS_RESOURCE = TEMPLATE_ROOT + "css/" + CSS_FILE;

    private final TemplateEngine engine;
    private final int threads;
    private final ReportOptions options;

    /** A writer rendering on as many threads as the machine has processors. */
    public HtmlReportWriter() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A writer rendering on at most {@code threads} threads; 1 renders on the calling thread only. */
    public HtmlReportWriter(int threads) {
        this(threads, new ReportOptions(false, null));
    }

    /**
     * A writer rendering on at most {@code threads} threads with {@code options}: the project's own templates
     * (tried before the shipped ones, file by file) and whether pages link to their PDF.
     */
    public HtmlReportWriter(int threads, ReportOptions options) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.options = options;
        this.engine = ReportTemplates.engine(options);
    }

    @Override
    public String name() {
        return "html";
    }

    /**
     * Writes the index, the cards and the style sheet. Pages are independent of each other, so they are
     * rendered in parallel, in batches of {@value #CARDS_PER_TASK} cards; each file's bytes depend only on
     * the result, never on which thread wrote it.
     */
    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        ReportContent content = ReportContent.of(result);
        PageFactory pages = pages(content);
        Path cards = Files.createDirectories(outputDirectory.resolve(CARDS_DIRECTORY));
        writeText(outputDirectory.resolve(CSS_FILE), styleSheetText());

        List<Callable<Void>> tasks = new ArrayList<>();
        tasks.add(() -> {
            renderTo(outputDirectory.resolve(INDEX_FILE), INDEX_TEMPLATE, pages.index());
            return null;
        });
        tasks.add(() -> {
            renderTo(outputDirectory.resolve(RULES_FILE), CATALOG_TEMPLATE, pages.catalog());
            return null;
        });
        List<GovernedModel> models = content.models();
        for (int from = 0; from < models.size(); from += CARDS_PER_TASK) {
            List<GovernedModel> batch = models.subList(from, Math.min(from + CARDS_PER_TASK, models.size()));
            tasks.add(() -> {
                for (GovernedModel model : batch) {
                    renderTo(cards.resolve(model.id() + ".html"), CARD_TEMPLATE, pages.card(model));
                }
                return null;
            });
        }
        ParallelRendering.run(tasks, threads, "HTML report");
    }

    /** The XHTML of {@value #INDEX_FILE} for {@code content}; for other renderers of the same pages (PDF). */
    public String renderIndex(ReportContent content) {
        return render(INDEX_TEMPLATE, pages(content).index());
    }

    /** The XHTML of {@value #RULES_FILE} for {@code content}. */
    public String renderCatalog(ReportContent content) {
        return render(CATALOG_TEMPLATE, pages(content).catalog());
    }

    /** The XHTML of one model's card, as written to {@code cards/<model-id>.html}. */
    public String renderCard(ReportContent content, GovernedModel model) {
        return render(CARD_TEMPLATE, pages(content).card(model));
    }

    /**
     * The style sheet the pages of this writer link to, as written to {@value #CSS_FILE}: the shipped one, then
     * the project's {@value ProjectTemplateResolver#CUSTOM_CSS} when its templates folder has one.
     */
    public String styleSheetText() throws IOException {
        return ReportTemplates.styleSheetText(options);
    }

    /** The style sheet shipped with the templates, with {@code \n} line endings. */
    public static String styleSheet() throws IOException {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) {
                throw new IOException("The plugin is missing its style sheet " + CSS_RESOURCE);
            }
            return ShippedTemplateResolver.normalizeLineEndings(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private String render(String template, Object page) {
        return buffer(template, page).toString();
    }

    private void renderTo(Path file, String template, Object page) throws IOException {
        buffer(template, page).writeTo(file);
    }

    private Utf8PageBuffer buffer(String template, Object page) {
        Utf8PageBuffer out = new Utf8PageBuffer();
        ReportTemplates.process(engine, options, template, context(page), out);
        return out;
    }

    private static Context context(Object page) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("page", page);
        return context;
    }

    private static void writeText(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The page factory of {@code content}, whose report states whether the attestation is signed. */
    private PageFactory pages(ReportContent content) {
        return new PageFactory(content, options.pdf(), AttestationWriter.note(options.signingKey()));
    }
}
