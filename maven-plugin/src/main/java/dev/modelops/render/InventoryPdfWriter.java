package dev.modelops.render;

import dev.modelops.model.Inventory;
import dev.modelops.render.html.InventoryPageFactory;
import dev.modelops.render.pdf.EvidenceAttachment;
import dev.modelops.render.pdf.PdfDocumentInfo;
import dev.modelops.render.pdf.PdfPageRenderer;
import dev.modelops.render.pdf.ShippedFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@value InventoryPageFactory#PDF_FILE}: the inventory's page printed to PDF/A-3a through the same
 * renderer as the compliance reports (shipped fonts, tagged, bookmarks per section, dated with the inventory's
 * "as of" instant), with {@code inventory.json} attached, byte for byte the file written next to it, so that the
 * archived PDF carries the data it presents.
 */
public final class InventoryPdfWriter implements InventoryWriter {

    private static final InventoryJsonWriter JSON = new InventoryJsonWriter();

    private final InventoryHtmlWriter page;

    public InventoryPdfWriter(InventoryHtmlWriter page) {
        this.page = page;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void write(InventoryFigures figures, Path outputDirectory) throws IOException {
        Files.write(outputDirectory.resolve(InventoryPageFactory.PDF_FILE), render(figures));
    }

    /** The PDF, as written. */
    public byte[] render(InventoryFigures figures) throws IOException {
        PdfPageRenderer renderer = new PdfPageRenderer(ShippedFonts.load(),
                page.styleSheetText() + "\n" + PdfReportWriter.printStyleSheet());
        EvidenceAttachment json = new EvidenceAttachment(InventoryJsonWriter.FILE_NAME, "application/json",
                "The machine-readable inventory this document presents (modelops inventory format "
                        + InventoryJsonWriter.FORMAT_VERSION + ", as in inventory.json)",
                "Data", JSON.bytes(figures));
        return renderer.render(page.render(figures), info(figures), List.of(json));
    }

    static PdfDocumentInfo info(InventoryFigures figures) {
        Inventory inventory = figures.inventory();
        List<String> keywords = new ArrayList<>(List.of("model governance", "model inventory"));
        figures.frameworks().forEach(framework -> keywords.add(framework.name()));
        return new PdfDocumentInfo("Model inventory and compliance report: " + inventory.title(),
                "Inventory of " + figures.models().size() + " models of " + inventory.sources().size()
                        + " projects, as of " + Formats.isoInstant(inventory.asOf()),
                keywords, inventory.title(), inventory.asOf());
    }
}
