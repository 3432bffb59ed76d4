package dev.modelops.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

    @Test
    void widensTheDomainToRoundTicksAndLabelsThemWithTheDecimalsOfTheStep() {
        LinearScale scale = LinearScale.covering(0.7123, 0.8456, 100, 500, 6, false);

        assertThat(scale.ticks()).extracting(LinearScale.Tick::label)
                .containsExactly("0.700", "0.725", "0.750", "0.775", "0.800", "0.825", "0.850");
        assertThat(scale.min()).isEqualTo(0.70);
        assertThat(scale.max()).isEqualTo(0.85);
        assertThat(scale.ticks().get(0).position()).isEqualTo(100);
        assertThat(scale.ticks().get(scale.ticks().size() - 1).position()).isEqualTo(500);
    }

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(LinearScale.niceStep(0.013)).isEqualByComparingTo(new BigDecimal("0.02"));
        assertThat(LinearScale.niceStep(0.1)).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(LinearScale.niceStep(0.24)).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(LinearScale.niceStep(3.2)).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(LinearScale.niceStep(7)).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(LinearScale.niceStep(1200)).isEqualByComparingTo(new BigDecimal("2000"));
    }

    @Test
    void tickLabelsAreExactDecimalsNeverBinaryNoise() {
        LinearScale scale = LinearScale.covering(0.1, 0.7, 0, 600, 6, false);

        assertThat(scale.ticks()).extracting(LinearScale.Tick::label)
                .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
    }

    @Test
    void aValueMapsLinearlyOntoTheRangeAndABackwardsRangeTurnsItOver() {
        LinearScale across = LinearScale.covering(0, 1, 100, 300, 5, false);
        LinearScale upwards = LinearScale.covering(0, 1, 200, 40, 5, false);

        assertThat(across.at(0.25)).isCloseTo(150, within(1e-9));
        assertThat(across.at(0.8)).isCloseTo(260, within(1e-9));
        assertThat(upwards.at(0)).isEqualTo(200);
        assertThat(upwards.at(1)).isEqualTo(40);
        assertThat(upwards.at(0.5)).isCloseTo(120, within(1e-9));
    }

    @Test
    void aValueOutsideTheDomainIsPlacedAtTheNearerEndAndSaidToBeOutside() {
        LinearScale scale = LinearScale.covering(0.5, 0.9, 100, 500, 4, false);

        assertThat(scale.at(7)).isEqualTo(500);
        assertThat(scale.at(-3)).isEqualTo(100);
        assertThat(scale.at(Double.POSITIVE_INFINITY)).isEqualTo(500);
        assertThat(scale.at(Double.NaN)).isEqualTo(100);
        assertThat(scale.contains(7)).isFalse();
        assertThat(scale.contains(Double.NaN)).isFalse();
        assertThat(scale.contains(0.7)).isTrue();
    }

    @Test
    void barsStartAtZeroAndASingleValueStillGetsASpan() {
        LinearScale bars = LinearScale.covering(0.55, 0.65, 0, 300, 5, true);
        LinearScale single = LinearScale.covering(0.8, 0.8, 0, 300, 5, false);
        LinearScale zero = LinearScale.covering(0, 0, 0, 300, 5, true);

        assertThat(bars.min()).isEqualTo(0);
        assertThat(bars.max()).isGreaterThanOrEqualTo(0.65);
        assertThat(single.min()).isLessThan(0.8);
        assertThat(single.max()).isGreaterThan(0.8);
        assertThat(zero.min()).isEqualTo(0);
        assertThat(zero.max()).isGreaterThan(0);
    }

    @Test
    void nonFiniteOrHugeBoundsNeverMakeANonFinitePosition() {
        for (LinearScale scale : new LinearScale[] {
            LinearScale.covering(Double.NaN, 1, 0, 300, 5, false),
            LinearScale.covering(0, Double.POSITIVE_INFINITY, 0, 300, 5, false),
            LinearScale.covering(-Double.MAX_VALUE, Double.MAX_VALUE, 0, 300, 5, false),
            LinearScale.covering(1e-300, 2e-300, 0, 300, 5, false)}) {
            assertThat(scale.ticks()).isNotEmpty().allSatisfy(tick -> assertThat(tick.position()).isFinite());
            assertThat(scale.at(0.5)).isFinite();
            assertThat(scale.at(Double.NaN)).isFinite();
        }
    }

    @Test
    void theRoomAroundRatesNeverCrossesZeroOrOne() {
        LinearScale rates = LinearScale.around(0, 0.02, 0.1, 0, 400, 5);
        LinearScale recalls = LinearScale.around(0.9, 1, 0.1, 0, 400, 5);
        LinearScale ratios = LinearScale.around(0.95, 1.07, 0.1, 0, 400, 5);
        LinearScale signed = LinearScale.around(-0.02, 0.02, 0.1, 0, 400, 5);
        LinearScale perfect = LinearScale.around(1, 1, 0.1, 0, 400, 5);

        assertThat(rates.min()).isEqualTo(0);
        assertThat(recalls.max()).isEqualTo(1);
        assertThat(ratios.max()).isGreaterThan(1.07);
        assertThat(signed.min()).isLessThan(-0.02);
        assertThat(perfect.max()).isEqualTo(1);
        assertThat(perfect.min()).isLessThan(1);
    }
}
