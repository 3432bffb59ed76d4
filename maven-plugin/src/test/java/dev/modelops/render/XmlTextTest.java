package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Gradient-boosted trees \u2265 0.75 \u00e9 \uD83D\uDE00 <&>";
        assertThat(XmlText.clean(text)).isSameAs(text);
    }

    @Test
    void replacesWhatXmlCannotHoldAndNormalizesLineEndings() {
        assertThat(XmlText.clean("a\u0000b\u0007c\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(XmlText.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
        assertThat(XmlText.clean("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree\n");
        assertThat(XmlText.clean(null)).isEmpty();
    }
}
