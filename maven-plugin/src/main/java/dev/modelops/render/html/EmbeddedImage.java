package dev.modelops.render.html;

import dev.modelops.model.Graphic;
import java.util.Base64;
import java.util.Locale;

/**
 * The {@code data:} URI of a picture a model card embeds, so that it shows offline and from disk without any
 * other file. Built only from a whitelisted media type and a base64 text checked again here (the importers check
 * too, but the card never trusts a text it puts into an attribute): nothing but base64 characters, padding only
 * at the end, and the first bytes the signature of the stated type. A picture that fails is not embedded; the
 * card names it and says why.
 */
record EmbeddedImage(String dataUri, String reason) {

    /** Larger pictures are not embedded: a card stays a page a reviewer can open, not a multi-megabyte file. */
    static final int MAX_BASE64_CHARACTERS = 4 * 1024 * 1024;

    boolean embedded() {
        return !dataUri.isEmpty();
    }

    static EmbeddedImage of(Graphic graphic) {
        String mediaType = graphic.mediaType() == null ? "" : graphic.mediaType().strip().toLowerCase(Locale.ROOT);
        byte[][] signatures = switch (mediaType) {
            case "image/png" -> new byte[][] {{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}};
            case "image/jpeg" -> new byte[][] {{(byte) 0xff, (byte) 0xd8, (byte) 0xff}};
            case "image/gif" -> new byte[][] {{'G', 'I', 'F', '8', '7', 'a'}, {'G', 'I', 'F', '8', '9', 'a'}};
            default -> null;
        };
        if (signatures == null) {
            return refused("its media type " + (mediaType.isEmpty() ? "is not stated" : "'" + mediaType + "' is not")
                    + (mediaType.isEmpty() ? "" : " image/png, image/jpeg or image/gif"));
        }
        String base64 = withoutWhitespace(graphic.base64() == null ? "" : graphic.base64());
        if (base64.isEmpty()) {
            return refused("it has no image data");
        }
        if (base64.length() > MAX_BASE64_CHARACTERS) {
            return refused("its " + base64.length() + " base64 characters are more than the "
                    + MAX_BASE64_CHARACTERS + " a card embeds");
        }
        if (!isBase64(base64)) {
            return refused("its image data is not base64 text");
        }
        base64 = padded(base64);
        byte[] head = Base64.getDecoder().decode(base64.substring(0, Math.min(base64.length(), 16)));
        for (byte[] signature : signatures) {
            if (startsWith(head, signature)) {
                return new EmbeddedImage("data:" + mediaType + ";base64," + base64, "");
            }
        }
        return refused("its data does not start like a " + mediaType.substring("image/".length()).toUpperCase(Locale.ROOT)
                + " image");
    }

    private static EmbeddedImage refused(String reason) {
        return new EmbeddedImage("", reason);
    }

    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Only {@code A-Z a-z 0-9 + /}, and either a length that is a multiple of 4 with at most two {@code =} at the
     * end, or no padding at all (as Model Card Toolkit writes it) and a length a complete text can have.
     */
    static boolean isBase64(String text) {
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        if (padding > 0 ? text.length() % 4 != 0 : text.length() % 4 == 1) {
            return false;
        }
        for (int i = 0; i < text.length() - padding; i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with the {@code =} padding a data URI's reader may insist on. */
    private static String padded(String text) {
        int missing = (4 - text.length() % 4) % 4;
        return missing == 0 ? text : text + "=".repeat(missing);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
