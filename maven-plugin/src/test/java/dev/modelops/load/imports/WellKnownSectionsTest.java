package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellKnownSectionsTest {

    @Test
    void titlesAreComparedWithoutCasePunctuationOrOptionalMarks() {
        assertThat(WellKnownSections.normalize("Bias, Risks, and Limitations")).isEqualTo("bias risks and limitations");
        assertThat(WellKnownSections.normalize("Intended uses & limitations")).isEqualTo("intended uses and limitations");
        assertThat(WellKnownSections.normalize("Uses&Limitations")).isEqualTo("uses and limitations");
        assertThat(WellKnownSections.normalize("Out-of-Scope Use")).isEqualTo("out of scope use");
        assertThat(WellKnownSections.normalize("Downstream Use [optional]")).isEqualTo("downstream use");
        assertThat(WellKnownSections.normalize("  **Direct Use**  ")).isEqualTo("direct use");
        assertThat(WellKnownSections.normalize("Misuse, Malicious Use, and Out-of-Scope Use"))
                .isEqualTo("misuse malicious use and out of scope use");
    }

    @Test
    void aPlaceholderOrACommentIsNoContent() {
        assertThat(WellKnownSections.content("[More Information Needed]")).isEmpty();
        assertThat(WellKnownSections.content("More information needed")).isEmpty();
        assertThat(WellKnownSections.content("<!-- Address questions -->\n\n[More Information Needed]")).isEmpty();
        assertThat(WellKnownSections.content("<!-- a -->\nReal text. <!-- b -->")).contains("Real text.");
    }
}
