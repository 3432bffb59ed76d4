package dev.modelops.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Collects a page in memory as UTF-8 bytes, encoding as Thymeleaf writes. Thymeleaf writes a page as many small
 * pieces: {@link java.io.StringWriter} and {@link java.io.BufferedWriter} lock on each of them, and a
 * {@link StringBuilder} turns to two bytes a character at a page's first non-Latin-1 character and must then be
 * encoded again as a whole; this does neither (a page is written by one thread). A surrogate pair split between
 * two writes is joined; a lone surrogate is written as {@code ?}, as {@link String#getBytes} would.
 */
final class Utf8PageBuffer extends Writer {

    private byte[] bytes = new byte[64 * 1024];
    private int size;
    /** A high surrogate waiting for its low half, or 0. */
    private char pendingHigh;

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(buffer[i]);
        }
    }

    @Override
    public void write(String string, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(string.charAt(i));
        }
    }

    @Override
    public void write(int character) {
        put((char) character);
    }

    @Override
    public Writer append(CharSequence sequence) {
        CharSequence text = sequence == null ? "null" : sequence;
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** Writes the page to {@code file}, replacing what was there. */
    void writeTo(Path file) throws IOException {
        endPending();
        try (var out = Files.newOutputStream(file)) {
            out.write(bytes, 0, size);
        }
    }

    /** The page as text. */
    @Override
    public String toString() {
        endPending();
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                room(4);
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            room(1);
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            room(1);
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            room(2);
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            room(1);
            bytes[size++] = '?';
        } else {
            room(3);
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void endPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
