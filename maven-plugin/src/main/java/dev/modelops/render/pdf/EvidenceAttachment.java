package dev.modelops.render.pdf;

import java.util.Objects;

/**
 * A file carried inside a PDF as a PDF/A-3 associated file: for the reports, {@code results.json}, so that the
 * archived PDF holds its own machine-readable evidence, byte for byte the file the same run wrote next to it.
 *
 * @param fileName     the name a PDF reader offers when saving the attachment
 * @param mediaType    its MIME type, e.g. {@code application/json}
 * @param description  what the file is, shown by PDF readers in their attachments panel
 * @param relationship the PDF/A-3 {@code AFRelationship}: {@code Data} for the data a document presents
 * @param content      the bytes
 */
public record EvidenceAttachment(String fileName, String mediaType, String description, String relationship,
        byte[] content) {

    public EvidenceAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(relationship, "relationship");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
