package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.render.html.MarkdownBlocks;
import dev.modelops.render.html.MarkdownBlocks.Block;
import dev.modelops.render.html.MarkdownBlocks.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown of imported documentation as blocks of plain text: the structure kept, nothing ever markup. */
class MarkdownBlocksTest {

    private static List<String> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    private static List<String> items(Block block) {
        return block.items().stream().map(Item::text).toList();
    }

    @Test
    void theFixtureBecomesHeadingsParagraphsListsCodeATableAQuoteAndARule() {
        List<Block> blocks = MarkdownBlocks.markdown(GovernanceResults.MODEL_CARD_MARKDOWN);

        assertThat(kinds(blocks)).containsExactly("h4", "p", "h5", "ul", "ol", "pre", "table", "quote", "hr", "p");
        assertThat(blocks.get(0).text()).isEqualTo("Bias, Risks, and Limitations");
        assertThat(blocks.get(1).text()).as("emphasis dropped, HTML and intraword underscores kept, links spelled out, a backslash is a hard break")
                .isEqualTo("The model was trained on 2019-2024 applications; see the datasheet (https://example.com/datasheet)\n"
                        + "and https://example.com/policy. Thin-file applicants score lower. "
                        + "Raw <b>HTML</b> and <script>alert(1)</script> stay text; so does a_snake_case_name.");
        assertThat(blocks.get(2).text()).isEqualTo("Known gaps");
        assertThat(items(blocks.get(3))).containsExactly("Applicants under 21", "Self-employed income reported yearly",
                "seasonal work", "<script> in code");
        assertThat(blocks.get(3).items().stream().map(Item::cssClass))
                .containsExactly("depth-0", "depth-0", "depth-1", "depth-0");
        assertThat(items(blocks.get(4))).containsExactly("Retrain quarterly", "Review overrides");
        assertThat(blocks.get(4).start()).isEqualTo("1");
        assertThat(blocks.get(5).text()).isEqualTo("def score(x):\n    return \"<script>alert(1)</script>\"");
        Block table = blocks.get(6);
        assertThat(table.header()).containsExactly("Slice", "AUC", "Note");
        assertThat(table.rows()).containsExactly(List.of("age 18-25", "0.74999", "below | threshold"),
                List.of("overall", "0.812", ""));
        assertThat(table.text()).isEqualTo("Table 1 of this section, as written.");
        assertThat(items(blocks.get(7))).containsExactly("Validators: re-check the age slice every quarter.");
        assertThat(blocks.get(9).text()).isEqualTo("image: ROC curve (images/roc.png)");
    }

    @Test
    void headingsStartUnderTheSectionTitleAndNeverSkipALevel() {
        List<Block> blocks = MarkdownBlocks.markdown("### Third\n\n##### Fifth\n\n###### Sixth\n\n## Second\n\n# First");

        assertThat(kinds(blocks)).containsExactly("h4", "h5", "h6", "h5", "h4");
        assertThat(kinds(MarkdownBlocks.markdown("#### Only\n\nText\n\n#### Again"))).containsExactly("h4", "p", "h4");
        assertThat(kinds(MarkdownBlocks.markdown("Title\n=====\n\nSub\n---\n\ntext")))
                .as("setext headings").containsExactly("h4", "h5", "p");
        assertThat(MarkdownBlocks.markdown("## Closed ##").get(0).text()).isEqualTo("Closed");
        assertThat(MarkdownBlocks.markdown("#hashtag").get(0).kind()).as("no space: a paragraph").isEqualTo("p");
    }

    @Test
    void numberedListsKeepTheirFirstNumberAndABulletListDoesNotSwallowThem() {
        List<Block> blocks = MarkdownBlocks.markdown("3. three\n4. four\n- bullet\n\n\n10) ten");

        assertThat(kinds(blocks)).containsExactly("ol", "ul", "ol");
        assertThat(blocks.get(0).start()).isEqualTo("3");
        assertThat(items(blocks.get(0))).containsExactly("three", "four");
        assertThat(blocks.get(2).start()).isEqualTo("10");
    }

    @Test
    void codeIsKeptAsWrittenFencedOrIndented() {
        List<Block> blocks = MarkdownBlocks.markdown("~~~\n**not bold** [not](a link)\n~~~\n\n    indented <b>\n    code\n\nafter");

        assertThat(kinds(blocks)).containsExactly("pre", "pre", "p");
        assertThat(blocks.get(0).text()).isEqualTo("**not bold** [not](a link)");
        assertThat(blocks.get(1).text()).isEqualTo("indented <b>\ncode");
        assertThat(MarkdownBlocks.markdown("```\nnever closed\n<script>").get(0).text())
                .as("an unclosed fence runs to the end").isEqualTo("never closed\n<script>");
    }

    @Test
    void inlineMarkupBecomesPlainTextAndCodeSpansAndEscapesAreLiteral() {
        assertThat(MarkdownBlocks.markdown("`**x**` and \\*y\\* and __z__ and ***w***").get(0).text())
                .isEqualTo("**x** and *y* and z and w");
        assertThat(MarkdownBlocks.markdown("[https://a.example](https://a.example) [](https://b.example) ![](c.png)")
                .get(0).text()).isEqualTo("https://a.example https://b.example image (c.png)");
        assertThat(MarkdownBlocks.markdown("AT&amp;T &lt;b&gt; &#169; &#x41; &bogus;").get(0).text())
                .isEqualTo("AT&T <b> \u00a9 A &bogus;");
        assertThat(MarkdownBlocks.markdown("2 * 3 * 4 and ~~struck~~").get(0).text())
                .as("a lone asterisk is arithmetic; strikethrough keeps its meaning").isEqualTo("2 * 3 * 4 and ~~struck~~");
    }

    @Test
    void aTableNeedsADelimiterRowOfTheSameWidth() {
        assertThat(kinds(MarkdownBlocks.markdown("a | b\n---"))).as("a setext heading, not a table").containsExactly("h4");
        List<Block> blocks = MarkdownBlocks.markdown("| a | b |\n|---|---|\n| 1 | 2 | 3 |");
        assertThat(blocks.get(0).header()).as("rows as wide as the widest").containsExactly("a", "b", "");
        assertThat(blocks.get(0).rows()).containsExactly(List.of("1", "2", "3"));
    }

    @Test
    void plainTextIsParagraphsSplitOnBlankLinesWithItsLineBreaksKept() {
        List<Block> blocks = MarkdownBlocks.plain("First line\r\nsecond line\r\n\r\n  \r\n**Not** markdown <b>\n");

        assertThat(kinds(blocks)).containsExactly("p", "p");
        assertThat(blocks.get(0).text()).isEqualTo("First line\nsecond line");
        assertThat(blocks.get(1).text()).isEqualTo("**Not** markdown <b>");
        assertThat(MarkdownBlocks.plain("  \n\n ")).isEmpty();
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndNothingIsLost() {
        List<Block> blocks = MarkdownBlocks.markdown("bell \u0007 here\n\n<div align=\"center\">\n<img src=x onerror=alert(1)>\n</div>");

        assertThat(blocks.get(0).text()).isEqualTo("bell \ufffd here");
        assertThat(blocks.get(1).text()).isEqualTo("<div align=\"center\"> <img src=x onerror=alert(1)> </div>");
    }

    @Test
    void hostileTextIsConvertedWithoutLosingIt() {
        // Unclosed brackets and emphasis by the tens of thousands, and deeply nested quotes, lists and tables: a
        // converter that backtracks would not return; this one keeps every character as text.
        String unclosed = "![[".repeat(40_000) + "*_`".repeat(40_000) + " ".repeat(100_000) + "#";
        String deep = "> - ".repeat(20_000) + "\n" + "    |".repeat(20_000) + "\n|" + "-|".repeat(20_000);

        assertThat(MarkdownBlocks.markdown("# " + unclosed)).isNotEmpty();
        assertThat(MarkdownBlocks.markdown(unclosed + "\n" + unclosed)).isNotEmpty();
        assertThat(MarkdownBlocks.markdown(deep)).isNotEmpty();
    }
}
