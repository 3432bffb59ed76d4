package dev.modelops.load;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Sha256;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input file, read once: its bytes, its text and the SHA-256 of exactly those bytes. Readers parse
 * {@link #text()} and the loader records {@link #sha256()}, so the digest in a report is the digest of the
 * content that was checked, not of a second read that a concurrent edit could have changed (and each file
 * costs one read, which matters with thousands of them).
 *
 * <p>The text is strict UTF-8 without its byte-order mark: a mis-encoded file is refused rather than decoded
 * into replacement characters that would end up, unnoticed, in a model card; so is one holding a control
 * character other than tab and line breaks (a NUL byte: a binary file, or one padded by a crashed editor). Files over
 * {@link #MAX_FILE_BYTES} are refused: governance inputs are hand-written or small exports, never bulk data.
 * Not thread-safe; one instance per file and reader.
 */
public final class SourceFile {

    /** Larger inputs are refused. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final Path path;
    private final String displayPath;
    private byte[] bytes;
    private String text;
    private String sha256;

    /** The file at {@code path}, shown in messages as {@code displayPath} (relative to the project). */
    public SourceFile(Path path, String displayPath) {
        this.path = path;
        this.displayPath = displayPath;
    }

    public Path path() {
        return path;
    }

    public String displayPath() {
        return displayPath;
    }

    /**
     * The file's text, without a leading byte-order mark.
     *
     * @throws InvalidInputException when the file is too large or not UTF-8
     * @throws UncheckedIOException when the file cannot be read
     */
    public String text() {
        if (text == null) {
            String decoded = decode(bytes());
            text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        }
        return text;
    }

    /** The SHA-256 of the file's bytes, as lower-case hex. */
    public String sha256() {
        if (sha256 == null) {
            sha256 = Sha256.hex(bytes());
        }
        return sha256;
    }

    private byte[] bytes() {
        if (bytes == null) {
            try (InputStream in = Files.newInputStream(path)) {
                // The size is asked first, so that a huge file is refused without reading any of it; one byte over
                // the limit is still the most ever read, in case the file grows in between.
                long size = Files.size(path);
                byte[] content = size > MAX_FILE_BYTES ? new byte[0] : in.readNBytes(MAX_FILE_BYTES + 1);
                if (size > MAX_FILE_BYTES || content.length > MAX_FILE_BYTES) {
                    throw tooLarge(Math.max(size, content.length));
                }
                bytes = content;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + displayPath, e);
            }
        }
        return bytes;
    }

    private InvalidInputException tooLarge(long size) {
        return new InvalidInputException(new InputProblem(SourceLocation.of(displayPath),
                "a file of " + size + " bytes (" + megabytes(size) + "), too large for a governance input",
                "at most " + MAX_FILE_BYTES + " bytes (" + megabytes(MAX_FILE_BYTES) + ")"));
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    private String decode(byte[] content) {
        try {
            String decoded = strictUtf8().decode(ByteBuffer.wrap(content)).toString();
            refuseControlCharacters(decoded);
            return decoded;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(firstBadByte(content),
                    "bytes that are not UTF-8 (was the file saved as Latin-1 or Windows-1252?)",
                    "a UTF-8 text file"));
        }
    }

    /**
     * A control character other than tab, line feed and carriage return (a NUL byte, most often) means a binary
     * or corrupted file; XML 1.0 cannot carry one either, so it would break every report the text reached.
     */
    private void refuseControlCharacters(String decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\r') {
                throw new InvalidInputException(new InputProblem(new SourceLocation(displayPath, line, column, ""),
                        String.format(Locale.ROOT, "the control character U+%04X%s", (int) c, c == 0 ? " (a NUL byte)" : ""),
                        "a text file without control characters other than tabs and line breaks"
                                + " (is this a binary file, or was it saved by a program that pads with NUL bytes?)"));
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where the first invalid byte is, so the user does not have to hunt for one accented letter. */
    private SourceLocation firstBadByte(byte[] content) {
        CharsetDecoder decoder = strictUtf8();
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < content.length) {
            int length = sequenceLength(content[i]);
            if (length == 0 || i + length > content.length || !decodes(decoder, content, i, length)) {
                return new SourceLocation(displayPath, line, column, "");
            }
            if (content[i] == '\n') {
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

    private static boolean decodes(CharsetDecoder decoder, byte[] content, int offset, int length) {
        if (length == 1) {
            return true;
        }
        try {
            decoder.reset().decode(ByteBuffer.wrap(content, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
