package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final List<String> known = List.of("riskTier", "status", "metric", "threshold_min", "threshold_max");

    @Test
    void findsTyposSwapsAndCaseSlips() {
        assertThat(Suggestions.closest("riskTeir", known)).isEqualTo("riskTier");
        assertThat(Suggestions.closest("RiskTier", known)).isEqualTo("riskTier");
        assertThat(Suggestions.closest("statsu", known)).isEqualTo("status");
        assertThat(Suggestions.closest("treshold_max", known)).isEqualTo("threshold_max");
    }

    @Test
    void suggestsNothingForUnrelatedNames() {
        assertThat(Suggestions.closest("owner", known)).isNull();
        assertThat(Suggestions.closest("x", known)).isNull();
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
