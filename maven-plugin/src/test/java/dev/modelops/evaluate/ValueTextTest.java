package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "0.7999, 0.7999",
        "0.8, 0.8",
        "1.0, 1",
        "80.0, 80",
        "0.0001, 0.0001",
        "1.0E-4, 0.0001",
        "0.30000000000000004, 0.30000000000000004",
        "-0.125, -0.125",
        "123456789.125, 123456789.125",
        "1.0E22, 1.0E22",
        "1.5E-9, 1.5E-9",
        "0.0, 0",
        "-0.0, 0",
    })
    void doublesAreExactAndPlain(double value, String text) {
        assertThat(ValueText.of(value)).isEqualTo(text);
    }

    @Test
    void specialDoubles() {
        assertThat(ValueText.of(Double.NaN)).isEqualTo("NaN");
        assertThat(ValueText.of(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void aFailingValueNeverReadsAsItsBound() {
        assertThat(ValueText.of(0.7999999999999999)).isEqualTo("0.7999999999999999").isNotEqualTo("0.8");
    }

    @Test
    void scalars() {
        assertThat(ValueText.of("text")).isEqualTo("text");
        assertThat(ValueText.of(42L)).isEqualTo("42");
        assertThat(ValueText.of(true)).isEqualTo("true");
        assertThat(ValueText.of(UnsignedLong.valueOf(7))).isEqualTo("7");
        assertThat(ValueText.of(NullValue.NULL_VALUE)).isEqualTo("null");
        assertThat(ValueText.of(null)).isEqualTo("null");
        assertThat(ValueText.of(CelByteString.copyFromUtf8("abc"))).isEqualTo("abc");
    }

    @Test
    void timestampsAtMidnightAreDatesOthersAreInstants() {
        assertThat(ValueText.of(Instant.parse("2026-09-14T00:00:00Z"))).isEqualTo("2026-09-14");
        assertThat(ValueText.of(Instant.parse("2026-09-14T10:15:30Z"))).isEqualTo("2026-09-14T10:15:30Z");
    }

    @Test
    void durationsInDaysOrSeconds() {
        assertThat(ValueText.of(Duration.ofHours(8760))).isEqualTo("365 days");
        assertThat(ValueText.of(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(ValueText.of(Duration.ofMinutes(90))).isEqualTo("5400s");
        assertThat(ValueText.of(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(ValueText.of(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void listsAreJoinedAndNestedValuesBracketed() {
        assertThat(ValueText.of(List.of("owner", "developer"))).isEqualTo("owner, developer");
        assertThat(ValueText.of(List.of(0.5, 1L, List.of("a", "b")))).isEqualTo("0.5, 1, [a, b]");
        assertThat(ValueText.of(List.of())).isEqualTo("(none)");
        Map<String, Object> slice = new LinkedHashMap<>();
        slice.put("sex", "female");
        slice.put("age_band", "18-25");
        assertThat(ValueText.of(slice)).isEqualTo("sex=female, age_band=18-25");
        assertThat(ValueText.of(List.of(slice))).isEqualTo("{sex=female, age_band=18-25}");
        assertThat(ValueText.of(Map.of())).isEqualTo("(none)");
    }
}
