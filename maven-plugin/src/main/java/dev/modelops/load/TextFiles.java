package dev.modelops.load;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input file as strict UTF-8 text with a size limit. Every text reader goes through here so that a
 * mis-encoded or oversized file is refused the same way whatever its format, instead of being decoded into
 * replacement characters that would end up, unnoticed, in a model card.
 */
final class TextFiles {

    /** Larger inputs are refused: governance inputs are hand-written or small exports, never bulk data. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file's text without a leading byte-order mark.
     *
     * @throws InvalidInputException when the file is too large or not UTF-8
     * @throws UncheckedIOException when the file cannot be read
     */
    static String readUtf8(Path file, String displayPath) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                        "the file has " + size + " bytes", "at most " + MAX_FILE_BYTES + " bytes"));
            }
            byte[] bytes = Files.readAllBytes(file);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = decode(decoder, bytes, displayPath);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + displayPath, e);
        }
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes, String displayPath) {
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(firstBadByte(bytes, displayPath),
                    "bytes that are not UTF-8 (was the file saved as Latin-1 or Windows-1252?)",
                    "a UTF-8 text file"));
        }
    }

    /** Where the first invalid byte is, so the user does not have to hunt for one accented letter. */
    private static SourceLocation firstBadByte(byte[] bytes, String displayPath) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            if (length == 0 || i + length > bytes.length || !decodes(decoder, bytes, i, length)) {
                return new SourceLocation(displayPath, line, column, "");
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return SourceLocation.of(displayPath);
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static boolean decodes(CharsetDecoder decoder, byte[] bytes, int offset, int length) {
        if (length == 1) {
            return true;
        }
        try {
            decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
