package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page buffer gives the bytes {@link String#getBytes} gives, however the text is cut into writes. */
class Utf8PageBufferTest {

    /** ASCII, Latin-1, the BMP beyond it, a pair (U+1F4C8) and lone surrogates, each a way a page can hold text. */
    private static final String[] PIECES = {"<td>", "Zürich", "≥ 0.80 — ok", "\uD83D\uDCC8", "\uD83D", "\uDCC8",
        "a", "&amp;", "日本語", "\u0000", "\u07FF\u0800\uFFFF"};

    @TempDir
    Path folder;

    @Test
    void anyTextCutAnywhereGivesTheBytesOfItsUtf8Encoding() throws Exception {
        Random random = new Random(20261202);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String page = text.toString();
            Utf8PageBuffer buffer = new Utf8PageBuffer();
            for (int at = 0; at < page.length(); ) {
                int length = Math.min(page.length() - at, 1 + random.nextInt(5));
                switch (random.nextInt(4)) {
                    case 0 -> buffer.write(page, at, length);
                    case 1 -> buffer.write(page.toCharArray(), at, length);
                    case 2 -> buffer.append(page.substring(at, at + length));
                    default -> {
                        length = 1;
                        buffer.write(page.charAt(at));
                    }
                }
                at += length;
            }
            Path file = folder.resolve("page-" + round + ".html");
            buffer.writeTo(file);

            byte[] expected = page.getBytes(StandardCharsets.UTF_8);
            assertThat(Files.readAllBytes(file)).as(page).isEqualTo(expected);
            assertThat(buffer.toString()).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPageLargerThanTheFirstBufferIsWhole() throws Exception {
        String line = "<tr><td>credit-scoring</td><td>≥ 0.75</td></tr>\n";
        Utf8PageBuffer buffer = new Utf8PageBuffer();
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            buffer.write(line);
            page.append(line);
        }
        Path file = folder.resolve("large.html");
        buffer.writeTo(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
