package dev.modelops.render.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgNumberTest {

    @Test
    void aCoordinateHasOneDecimalAPointAndNoExponent() {
        assertThat(SvgNumber.of(12)).isEqualTo("12.0");
        assertThat(SvgNumber.of(12.345)).isEqualTo("12.3");
        assertThat(SvgNumber.of(0.25)).isEqualTo("0.2");
        assertThat(SvgNumber.of(1.0e7)).isEqualTo("10000000.0");
        assertThat(SvgNumber.of(-3.26)).isEqualTo("-3.3");
    }

    @Test
    void minusZeroIsZero() {
        assertThat(SvgNumber.of(-0.0)).isEqualTo("0.0");
        assertThat(SvgNumber.of(-0.04)).isEqualTo("0.0");
    }

    @Test
    void theLocaleOfTheMachineDoesNotMatter() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(SvgNumber.of(1234.5)).isEqualTo("1234.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aNumberThatIsNoCoordinateIsRefused() {
        assertThatThrownBy(() -> SvgNumber.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
