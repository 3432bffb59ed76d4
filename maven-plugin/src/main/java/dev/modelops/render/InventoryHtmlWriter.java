package dev.modelops.render;

import dev.modelops.render.html.InventoryPage;
import dev.modelops.render.html.InventoryPageFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the inventory across projects as {@value #INDEX_FILE} with the report's style sheet
 * ({@value HtmlReportWriter#CSS_FILE}) next to it, from the template {@value #TEMPLATE} and the shared fragments
 * (head, branding, badges), in Thymeleaf's XML mode like every page of the reports: well-formed XHTML, every text
 * escaped. A project's own templates folder ({@link ReportOptions#templatesDirectory()}) brands it as it brands the
 * project's reports: its {@code html/fragments/branding.html} and {@code css/custom.css} are used, and it may
 * replace {@code html/inventory/index.html} itself. Thread-safe.
 */
public final class InventoryHtmlWriter implements InventoryWriter {

    public static final String INDEX_FILE = "index.html";
    static final String TEMPLATE = "html/inventory/index";

    private final TemplateEngine engine;
    private final ReportOptions options;

    public InventoryHtmlWriter(ReportOptions options) {
        this.options = options;
        this.engine = ReportTemplates.engine(options);
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(InventoryFigures figures, Path outputDirectory) throws IOException {
        Files.write(outputDirectory.resolve(HtmlReportWriter.CSS_FILE), styleSheetText().getBytes(StandardCharsets.UTF_8));
        Files.write(outputDirectory.resolve(INDEX_FILE), render(figures).getBytes(StandardCharsets.UTF_8));
    }

    /** The XHTML of {@value #INDEX_FILE}, also what the PDF prints. */
    public String render(InventoryFigures figures) {
        InventoryPage page = new InventoryPageFactory(figures, options.pdf()).page(HtmlReportWriter.CSS_FILE);
        Context context = new Context(Locale.ROOT);
        context.setVariable("page", page);
        Utf8PageBuffer out = new Utf8PageBuffer();
        ReportTemplates.process(engine, options, TEMPLATE, context, out);
        return out.toString();
    }

    /** The shipped style sheet, then the project's {@code css/custom.css} when its templates folder has one. */
    public String styleSheetText() throws IOException {
        return ReportTemplates.styleSheetText(options);
    }
}
