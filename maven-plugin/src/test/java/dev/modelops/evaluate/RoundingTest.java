package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "roundDown({0}, {1}) = {2}, roundUp = {3}")
    @CsvSource({
        "0.7999, 2, 0.79, 0.8",
        "0.8, 2, 0.8, 0.8",
        "0.3, 1, 0.3, 0.3",
        "0.1000001, 3, 0.1, 0.101",
        "-0.0512, 2, -0.06, -0.05",
        "12.5, 0, 12, 13",
        "0.123456789, 99, 0.123456789, 0.123456789",
        "0.55, -3, 0, 1"})
    void roundsTowardsTheSideThatKeepsAFailingValueFailing(double value, long places, double down, double up) {
        assertThat(Rounding.down(value, places)).isEqualTo(down);
        assertThat(Rounding.up(value, places)).isEqualTo(up);
    }

    @Test
    void infinitiesAndNanAreLeftAlone() {
        assertThat(Rounding.down(Double.POSITIVE_INFINITY, 2)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Rounding.up(Double.NaN, 2)).isNaN();
    }

    @Test
    void rulesCanRoundInMessagesAndIntegersPassThrough() {
        RuleEngine engine = RuleEngine.compile(List.of(RuleEngineTest.rule("t.rounded", null, "false",
                "ratio {{ roundDown(0.71 / 0.89, 2) }}, drift {{ roundUp(0.2501, 2) }}, count {{ roundDown(7, 2) }}")));

        Finding finding = engine.evaluate(ModelFixture.compliant().build(), Instant.parse("2026-11-01T00:00:00Z")).get(0);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("ratio 0.79, drift 0.26, count 7");
    }
}
