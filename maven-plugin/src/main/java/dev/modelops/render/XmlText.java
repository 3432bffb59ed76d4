package dev.modelops.render;

/**
 * Makes any input text safe to put into an XML or XHTML document. Escaping of markup characters is the
 * serializer's job; this removes what no escaping can express in XML 1.0 (control characters, lone
 * surrogates), replacing each with U+FFFD so the reader sees that something was there, and normalizes line
 * endings to {@code \n} so that output is the same on every OS.
 */
public final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** {@code text} with characters XML 1.0 forbids replaced and line endings normalized; "" for null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                cleaned.append('\n');
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(i + 1));
                i++;
            } else if (isAllowed(c)) {
                cleaned.append(c);
            } else {
                cleaned.append(REPLACEMENT);
            }
        }
        return cleaned.toString();
    }

    private static boolean isClean(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (!isAllowed(c)) {
                return false;
            }
        }
        return true;
    }

    /** A single UTF-16 unit XML 1.0 allows outside a surrogate pair. */
    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
