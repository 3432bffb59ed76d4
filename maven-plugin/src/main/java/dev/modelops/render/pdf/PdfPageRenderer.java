package dev.modelops.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Prints one page of the report, as the templates rendered it in XHTML, to a PDF/A-3a document: tagged (PDF/UA
 * structure, so screen readers and text extraction follow the reading order), with bookmarks, a running header
 * and page numbers, every font embedded, the sRGB output intent PDF/A asks for, and the evidence attached.
 *
 * <p>The renderer may load nothing from outside the page: the style sheet is inlined, fonts come from the
 * plugin, and pictures are inline SVG or {@code data:} images. Any other address (a web image, a local file a
 * custom template names) is refused, so a report can neither leak a request nor read a file from the build
 * machine. One instance is shared by every thread of a run: it holds only immutable inputs and a concurrent
 * cache of font metrics.
 */
public final class PdfPageRenderer {

    private static final String BASE_URI = "about:modelops-report";
    /** What the renderer may load, asked before and after it resolves an address: {@code data:} URIs only. */
    private static final BiPredicate<String, ExternalResourceType> ONLY_DATA_URIS =
            (uri, type) -> uri != null && uri.startsWith("data:");

    static {
        // openhtmltopdf logs every CSS property it does not know through java.util.logging; the report's screen
        // style sheet has many (flex, grid), none of which matters to the printed page.
        XRLog.setLoggingEnabled(false);
    }

    private final ShippedFonts fonts;
    private final String styleSheet;
    private final byte[] colourProfile;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new MetricsCache();

    /**
     * @param fonts      the shipped fonts
     * @param styleSheet the screen style sheet followed by the print style sheet, as one text
     */
    public PdfPageRenderer(ShippedFonts fonts, String styleSheet) {
        this.fonts = fonts;
        this.styleSheet = styleSheet;
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The PDF of {@code xhtml}, described by {@code info}, carrying {@code attachments}. */
    public byte[] render(String xhtml, PdfDocumentInfo info, List<EvidenceAttachment> attachments)
            throws IOException {
        Document page = PrintPreparation.parse(xhtml);
        PrintPreparation.prepare(page, styleSheet, info);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(colourProfile);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useExternalResourceAccessControl(ONLY_DATA_URIS, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(ONLY_DATA_URIS, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer(ArchivalFinish.PRODUCER);
        builder.withW3cDocument(page, BASE_URI);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            fonts.registerWith(builder, document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                ArchivalFinish.apply(document, info, attachments, ArchivalFinish.identity(xhtml, attachments));
                document.save(out);
            }
        }
        return out.toByteArray();
    }

    /** openhtmltopdf's cache interface over a concurrent map: renders on several threads share it. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> compute) {
            return values.computeIfAbsent(key, missing -> {
                try {
                    return compute.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot compute the font metrics " + missing, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
