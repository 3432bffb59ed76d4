package dev.modelops.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

/**
 * The fonts every PDF is set in, shipped in the plugin ({@code templates/fonts/}: DejaVu Sans and DejaVu Sans
 * Mono, under the Bitstream Vera licence, which allows redistribution). Nothing is read from the build machine:
 * a PDF looks the same wherever it is built, and PDF/A requires every font embedded.
 *
 * <p>The fonts are registered for the document only. Registered for SVG as well, the renderer sets the text of
 * inline SVG pictures at a tiny size; SVG text is drawn by Batik with its own font handling instead.
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

    /** Registers every face with {@code builder}, subset (only the glyphs a document uses are embedded). */
    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT));
        }
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
