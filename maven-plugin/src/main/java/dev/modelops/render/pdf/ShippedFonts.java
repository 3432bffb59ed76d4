package dev.modelops.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF is set in, shipped in the plugin ({@code templates/fonts/}: DejaVu Sans and DejaVu Sans
 * Mono, under the Bitstream Vera licence, which allows redistribution). Nothing is read from the build machine:
 * a PDF looks the same wherever it is built, and PDF/A requires every font embedded.
 *
 * <p>The fonts are registered for the document only (as PDF fonts, which the renderer uses for the text of the
 * page). Registered for SVG as well, the renderer sets the text of inline SVG pictures at a tiny size; SVG text
 * is drawn by Batik with its own font handling instead.
 */
public final class ShippedFonts {

    /** The family the print style sheet names for text. */
    public static final String SANS = "DejaVu Sans";
    /** The family the print style sheet names for code, digests and file locations. */
    public static final String MONO = "DejaVu Sans Mono";
    private static final String FONT_ROOT = "modelops/templates/fonts/";

    private record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces;
    private final ThreadLocal<TrueTypeFont[]> parsed = ThreadLocal.withInitial(this::parse);

    private ShippedFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Reads the shipped font files once; a writer keeps the result for every document it renders. */
    public static ShippedFonts load() throws IOException {
        return new ShippedFonts(List.of(
                new Face(SANS, 400, FontStyle.NORMAL, read("DejaVuSans.ttf")),
                new Face(SANS, 700, FontStyle.NORMAL, read("DejaVuSans-Bold.ttf")),
                new Face(SANS, 400, FontStyle.ITALIC, read("DejaVuSans-Oblique.ttf")),
                new Face(MONO, 400, FontStyle.NORMAL, read("DejaVuSansMono.ttf"))));
    }

    /**
     * Registers every face with {@code builder} for {@code document}, subset (only the glyphs a document uses are
     * embedded). A face is loaded into the document only when the document uses it, from a font this thread has
     * already parsed: parsing a TrueType file costs far more than embedding a subset of it.
     */
    void registerWith(PdfRendererBuilder builder, PDDocument document) {
        TrueTypeFont[] threadsFonts = parsed.get();
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            int index = i;
            PDFontSupplier supplier = new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(document, threadsFonts[index], true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot embed the font " + face.family(), e);
                        }
                    }
                    return font;
                }
            };
            builder.useFont(supplier, face.family(), face.weight(), face.style(), true);
        }
    }

    /** The faces parsed for the calling thread (a parsed font is read while a document is saved: one per thread). */
    private TrueTypeFont[] parse() {
        TrueTypeFont[] fonts = new TrueTypeFont[faces.size()];
        for (int i = 0; i < fonts.length; i++) {
            try {
                fonts[i] = new TTFParser().parse(new RandomAccessReadBuffer(faces.get(i).bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the shipped font " + faces.get(i).family(), e);
            }
        }
        return fonts;
    }

    private static byte[] read(String file) throws IOException {
        String resource = FONT_ROOT + file;
        try (InputStream in = ShippedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The plugin is missing its font " + resource);
            }
            return in.readAllBytes();
        }
    }
}
