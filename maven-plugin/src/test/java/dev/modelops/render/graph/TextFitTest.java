package dev.modelops.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels fitted into boxes: cut with an ellipsis, wrapped between words or after separators of ids. */
class TextFitTest {

    @Test
    void aShortTextIsKeptOnOneLineWithSingleSpaces() {
        assertThat(TextFit.shorten("  Loan\n applications  ", 20)).isEqualTo("Loan applications");
        assertThat(TextFit.wrap("Loan\tapplications", 20, 3)).containsExactly("Loan applications");
    }

    @Test
    void aLongTextIsCutAfterAWholeWordWithAnEllipsis() {
        assertThat(TextFit.shorten("Core banking loan applications", 20)).isEqualTo("Core banking loan\u2026");
        assertThat(TextFit.shorten("abcdefghijklmnopqrstuvwxyz", 10)).isEqualTo("abcdefghi\u2026").hasSize(10);
    }

    @Test
    void anIdIsShortenedInTheMiddleSoThatItsEndStillTellsRunsApart() {
        assertThat(TextFit.shortenMiddle("mlflow:pd-application/8857", 20)).isEqualTo("mlflow:pd\u2026ation/8857")
                .hasSize(20);
        assertThat(TextFit.shortenMiddle("run-4812", 20)).isEqualTo("run-4812");
    }

    @Test
    void aNameIsWrappedBetweenWordsAndTheRestCut() {
        assertThat(TextFit.wrap("Core banking loan applications and repayment history", 18, 3))
                .containsExactly("Core banking loan", "applications and", "repayment history");
        assertThat(TextFit.wrap("Core banking loan applications and repayment history of every branch", 18, 2))
                .containsExactly("Core banking loan", "applications and\u2026");
    }

    @Test
    void anIdWithoutSpacesIsWrappedAfterItsSeparatorsButNotInsideANumber() {
        assertThat(TextFit.wrap("reviews/app-store-2025h2-train.parquet", 18, 3))
                .containsExactly("reviews/app-store-", "2025h2-train.", "parquet");
        assertThat(TextFit.wrap("Held-out and red-team evaluation 1.4.0", 18, 3))
                .containsExactly("Held-out and red-", "team evaluation", "1.4.0");
        assertThat(TextFit.wrap("abcdefghijklmnopqrstuvwxyz", 10, 3)).containsExactly("abcdefghij", "klmnopqrst",
                "uvwxyz");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "\ud83d\udcca".repeat(12);

        assertThat(TextFit.shorten(text, 5)).isEqualTo("\ud83d\udcca".repeat(4) + TextFit.ELLIPSIS);
        assertThat(TextFit.wrap(text, 5, 2)).containsExactly("\ud83d\udcca".repeat(5),
                "\ud83d\udcca".repeat(4) + TextFit.ELLIPSIS);
        assertThat(TextFit.shortenMiddle(text, 5)).isEqualTo("\ud83d\udcca".repeat(2) + TextFit.ELLIPSIS
                + "\ud83d\udcca".repeat(2));
    }

    @Test
    void aBlankTextHasNoLine() {
        assertThat(TextFit.wrap("  ", 10, 3)).isEmpty();
        assertThat(TextFit.shorten("", 10)).isEmpty();
    }

    @Test
    void widthCountsCharactersTimesTheFontSize() {
        assertThat(TextFit.width("abcd", 10, false)).isEqualTo(4 * 10 * TextFit.REGULAR_EM);
        assertThat(TextFit.width("\ud83d\udcca", 10, true)).isEqualTo(10 * TextFit.BOLD_EM);
    }
}
