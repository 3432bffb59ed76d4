package dev.modelops.render.pdf;

import dev.modelops.model.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The last step before a PDF is saved: what makes it an archival record that two builds write identically.
 * <ul>
 *   <li>The document information and the XMP metadata (which PDF/A requires to agree) get the title, subject,
 *       keywords and author of the report, and the run's "as of" instant as creation and modification date: the
 *       renderer would stamp the wall clock.</li>
 *   <li>The evidence file ({@code results.json}) is embedded as a PDF/A-3 associated file of the document
 *       ({@code /AF} of the catalogue, and in the embedded-files name tree so that every reader lists it).</li>
 *   <li>The file identifier ({@code /ID} of the trailer), which PDFBox would derive from the clock, is derived
 *       from the digest of what the PDF was made from.</li>
 * </ul>
 */
final class ArchivalFinish {

    static final String CREATOR_TOOL = "modelops-maven-plugin";
    static final String PRODUCER = "modelops-maven-plugin with openhtmltopdf and Apache PDFBox";

    private ArchivalFinish() {
    }

    static void apply(PDDocument document, PdfDocumentInfo info, List<EvidenceAttachment> attachments, byte[] identity)
            throws IOException {
        Calendar date = calendar(info);
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setSubject(info.subject());
        information.setKeywords(info.keywordText());
        information.setAuthor(info.author());
        information.setCreator(CREATOR_TOOL);
        information.setProducer(PRODUCER);
        information.setCreationDate(date);
        information.setModificationDate(date);
        document.setDocumentInformation(information);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata(document, catalog, info, date));
        if (!attachments.isEmpty()) {
            attach(document, catalog, attachments, date);
        }
        document.getDocument().getTrailer().setItem(COSName.ID, fileIdentifier(identity));
    }

    /**
     * The renderer's XMP packet (which already declares the PDF/A and PDF/UA parts and their extension schemas),
     * with the descriptive fields and dates replaced.
     */
    private static PDMetadata metadata(PDDocument document, PDDocumentCatalog catalog, PdfDocumentInfo info,
            Calendar date) throws IOException {
        XMPMetadata xmp;
        PDMetadata existing = catalog.getMetadata();
        try {
            if (existing == null) {
                xmp = XMPMetadata.createXMPMetadata();
            } else {
                try (InputStream in = existing.exportXMPMetadata()) {
                    xmp = new DomXmpParser().parse(in.readAllBytes());
                }
            }
        } catch (XmpParsingException e) {
            throw new IOException("The PDF renderer wrote XMP metadata that cannot be read back: " + e.getMessage(), e);
        }
        DublinCoreSchema dublinCore = replace(xmp, xmp.getDublinCoreSchema(), xmp::createAndAddDublinCoreSchema);
        dublinCore.setTitle(info.title());
        dublinCore.addCreator(info.author());
        dublinCore.setDescription(info.subject());
        for (String keyword : info.keywords()) {
            dublinCore.addSubject(keyword);
        }
        dublinCore.setFormat("application/pdf");
        AdobePDFSchema pdf = replace(xmp, xmp.getAdobePDFSchema(), xmp::createAndAddAdobePDFSchema);
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(info.keywordText());
        XMPBasicSchema basic = replace(xmp, xmp.getXMPBasicSchema(), xmp::createAndAddXMPBasicSchema);
        basic.setCreatorTool(CREATOR_TOOL);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the PDF's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        return metadata;
    }

    /** Removes {@code schema} if present and adds a fresh one, so no value of the renderer's survives. */
    private static <S extends org.apache.xmpbox.schema.XMPSchema> S replace(XMPMetadata xmp, S schema,
            java.util.function.Supplier<S> create) {
        if (schema != null) {
            xmp.removeSchema(schema);
        }
        return create.get();
    }

    private static void attach(PDDocument document, PDDocumentCatalog catalog, List<EvidenceAttachment> attachments,
            Calendar date) throws IOException {
        COSArray associated = new COSArray();
        List<PDComplexFileSpecification> specifications = new ArrayList<>();
        for (EvidenceAttachment attachment : attachments) {
            byte[] content = attachment.content();
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
            embedded.setSubtype(attachment.mediaType());
            embedded.setSize(content.length);
            embedded.setCreationDate(date);
            embedded.setModDate(date);
            PDComplexFileSpecification specification = new PDComplexFileSpecification();
            specification.setFile(attachment.fileName());
            specification.setFileUnicode(attachment.fileName());
            specification.setFileDescription(attachment.description());
            specification.setEmbeddedFile(embedded);
            specification.setEmbeddedFileUnicode(embedded);
            specification.getCOSObject().setName(COSName.getPDFName("AFRelationship"), attachment.relationship());
            associated.add(specification);
            specifications.add(specification);
        }
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        Map<String, PDComplexFileSpecification> names = new java.util.TreeMap<>();
        for (PDComplexFileSpecification specification : specifications) {
            names.put(specification.getFileUnicode(), specification);
        }
        tree.setNames(names);
        PDDocumentNameDictionary dictionary = catalog.getNames();
        if (dictionary == null) {
            dictionary = new PDDocumentNameDictionary(catalog);
        }
        dictionary.setEmbeddedFiles(tree);
        catalog.setNames(dictionary);
    }

    /** Two equal 16-byte strings (a first version of the file: both halves of the id are the same). */
    private static COSArray fileIdentifier(byte[] identity) {
        byte[] id = new byte[16];
        System.arraycopy(Sha256.of(identity), 0, id, 0, id.length);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    static byte[] identity(String xhtml, List<EvidenceAttachment> attachments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(xhtml.getBytes(StandardCharsets.UTF_8));
        for (EvidenceAttachment attachment : attachments) {
            out.writeBytes(attachment.content());
        }
        return out.toByteArray();
    }

    private static Calendar calendar(PdfDocumentInfo info) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(info.date().toEpochMilli());
        return calendar;
    }
}
