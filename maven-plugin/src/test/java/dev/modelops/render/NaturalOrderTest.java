package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', value = {
        "Art. 9(2)|Art. 10(1)",
        "Art. 10(2)(f)|Art. 10(5)",
        "Art. 9|Art. 9(2)",
        "A.6.2.4|A.10.3",
        "A.6.2|A.6.2.4",
        "MEASURE 2.3|MEASURE 2.11",
        "GOVERN 1.6|MANAGE 1.1",
        "Annex IV(2)(g)|Annex IV(9)",
        "art. 9|Art. 10",
        "Model validation|Model validation: ongoing monitoring",
        "A.01|A.1",
        "Art. 99999999999999999999|Art. 100000000000000000000"
    })
    void digitRunsCompareByValueAndTheRestIgnoringCase(String first, String second) {
        assertThat(NaturalOrder.INSTANCE.compare(first, second)).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare(second, first)).isPositive();
    }

    @Test
    void onlyEqualTextsCompareEqual() {
        assertThat(NaturalOrder.INSTANCE.compare("Art. 9(2)", "Art. 9(2)")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("Art. 9", "art. 9")).isNotZero();
        assertThat(NaturalOrder.INSTANCE.compare("", "A")).isNegative();
    }

    @Test
    void sortsEuAiActArticlesAndIsoControlsAsTheyAreNumbered() {
        List<String> expected = List.of("A.3.2", "A.5.2", "A.6.2.4", "A.6.2.6", "A.7.4", "A.10.3",
                "Annex IV(2)(g)", "Art. 9(2)", "Art. 9(8)", "Art. 10(2)(f)", "Art. 15(1)", "Art. 72");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(3));

        shuffled.sort(NaturalOrder.INSTANCE);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }
}
