package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report's inventory as written, before any script runs: the table is complete, the filter
 * controls are there but hidden and marked screen-only, the sort keys are in the cells, and the script that
 * brings filter and sorting is inline and the same whatever the inputs. The browser test
 * ({@code dev.modelops.render.browser.SampleReportBrowserTest}) shows that they work.
 */
class InventoryFilterTest {

    private static final String INVENTORY = "//h:section[@id='inventory']";
    private static final String ROWS = INVENTORY + "//h:table[@id='inventory-table']/h:tbody/h:tr";

    @TempDir
    Path out;

    @Test
    void withoutScriptTheTableIsCompleteAndTheControlsAreHidden() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        assertThat(index.count(ROWS)).isEqualTo(3);
        String controls = INVENTORY + "//h:div[@id='inventory-filter']";
        assertThat(index.text(controls + "/@hidden")).isEqualTo("hidden");
        assertThat(index.text(controls + "/@class")).contains("screen-only");
        assertThat(index.text(controls + "//h:label[@for='inventory-filter-text']")).isEqualTo("Filter models");
        assertThat(index.count(controls + "//h:input[@id='inventory-filter-text']")).isOne();
        assertThat(index.text(controls + "//*[@id='inventory-count']/@aria-live")).isEqualTo("polite");
        assertThat(index.text(controls + "//*[@id='inventory-count']")).isEqualTo("3 of 3 models shown");
        assertThat(index.count(INVENTORY + "//h:thead//h:button")).as("the script makes the sort buttons").isZero();
    }

    @Test
    void theChoicesAreTheVerdictsAndTheRiskTiersStatedLowestFirst() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        assertThat(index.texts("//h:select[@id='inventory-filter-verdict']/h:option"))
                .containsExactly("Any verdict", "FAILED", "PASSED");
        assertThat(index.texts("//h:select[@id='inventory-filter-risk-tier']/h:option/@value"))
                .containsExactly("", "low", "high", "critical");
    }

    @Test
    void cellsCarryTheKeysTheyAreSortedAndFilteredBy() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        assertThat(index.texts(INVENTORY + "//h:thead/h:tr/h:th[@data-sort-type='number']"))
                .containsExactly("Risk tier", "Status", "Blocking", "Warnings", "Verdict");
        // credit-scoring: high, production, 1 blocking, 1 warning, failed
        assertThat(index.texts(ROWS + "[2]/h:td/@data-sort")).containsExactly("2", "2", "1", "1", "0");
        // fraud-detector: critical, development, 1 blocking, 1 warning, failed
        assertThat(index.texts(ROWS + "[3]/h:td/@data-sort")).containsExactly("3", "0", "1", "1", "0");
        assertThat(index.texts(ROWS + "/@data-verdict")).containsExactly("PASSED", "FAILED", "FAILED");
        assertThat(index.texts(ROWS + "/@data-risk-tier")).containsExactly("low", "high", "critical");
    }

    @Test
    void theScriptIsInlineWellFormedAndTheSameWhateverTheInputs() throws Exception {
        Xml plain = writeIndex(GovernanceResults.standard());
        String script = plain.text("//h:script");
        Xml injected = writeIndex(GovernanceResults.standardBuilder().project("<script>alert(1)</script> ]]>").build());

        assertThat(plain.count("//h:script[@src]")).isZero();
        assertThat(script).contains("textContent", "aria-sort").doesNotContain("innerHTML", "eval(");
        assertThat(injected.text("//h:script")).isEqualTo(script);
        assertThat(Xml.read(out.resolve("index.html"))).contains("//<![CDATA[", "//]]>").doesNotContain("th:inline");
    }

    @Test
    void anEmptyInventoryHasNeitherControlsNorScript() throws Exception {
        Xml index = writeIndex(GovernanceResults.builder().build());

        assertThat(index.count("//*[@id='inventory-filter']")).isZero();
        assertThat(index.count("//h:script")).isZero();
        assertThat(index.text(INVENTORY + "/h:p[@class='empty-note']")).isEqualTo("The project declares no model.");
    }

    private Xml writeIndex(GovernanceResult result) throws Exception {
        new HtmlReportWriter().write(result, out);
        return Xml.parse(out.resolve("index.html"));
    }
}
