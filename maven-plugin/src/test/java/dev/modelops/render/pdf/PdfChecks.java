package dev.modelops.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the PDF tests check a PDF with: veraPDF for PDF/A conformance (the flavour the file declares) and PDFBox
 * for its text. Conformance alone proves nothing: a PDF whose text was silently dropped passes it, so every test
 * that validates also reads the text.
 */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** veraPDF's verdict on {@code pdf}, validated against the PDF/A flavour it declares. */
    public record Conformance(String flavour, boolean compliant, List<String> failures) {
    }

    public static Conformance conformance(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
            return new Conformance(result.getPDFAFlavour().getId(), result.isCompliant(),
                    failures.stream().distinct().limit(40).toList());
        }
    }

    /**
     * The text of every page, in reading order, whitespace as PDFBox extracts it, with ligatures (the font sets
     * "fi" as one glyph, extracted as U+FB01) written out again, as a PDF reader's search does.
     */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    /**
     * The text with all whitespace removed, for phrases that a narrow table cell may break anywhere (even within
     * a word, after a hyphen); compare with {@link #compact(String)} of the phrase.
     */
    public static String compactText(byte[] pdf) throws IOException {
        return compact(text(pdf));
    }

    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The text with every run of whitespace made one space: for phrases a line break may split. */
    public static String flatText(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }
}
