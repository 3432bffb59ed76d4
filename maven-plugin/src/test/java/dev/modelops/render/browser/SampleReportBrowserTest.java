package dev.modelops.render.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernedModel;
import dev.modelops.pipeline.CheckOutcome;
import dev.modelops.pipeline.SampleProject;
import dev.modelops.render.HtmlReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The sample project's HTML report as a person sees it in a browser: each module of the repository's
 * {@code sample-project} (its models, the shared rule file and templates, waivers and POM configuration) is checked
 * and rendered into {@code target/browser-report/<module>/}, then opened from disk in headless Chromium; the
 * inventory is tried on the module with the most models. The pages show their key content,
 * the inventory's filter and sorting work, nothing is logged to the console as an error, and axe-core finds no
 * serious or critical accessibility violation. Full-page screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportBrowserTest {

    private static final Path REPORT = Path.of("target", "browser-report").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    /** The sample's richest card: metrics with slices and a baseline, lineage, findings. */
    private static final String CARD_MODEL = "credit-scoring";
    private static final List<String> RISK_TIERS = List.of("low", "medium", "high", "critical");
    private static final List<String> STATUSES = List.of("development", "validation", "production", "retired");

    private SampleProject.Reports reports;
    /** The module whose inventory the filter and sort tests use: the one with the most models. */
    private Path report;
    private CheckOutcome outcome;
    private List<GovernedModel> models;
    private Browser browser;

    @BeforeAll
    void startTheBrowserAndRenderTheSample() throws Exception {
        browser = Browser.start();
        reports = SampleProject.check(REPORT, false);
        SampleProject.Checked largest = reports.modules().stream()
                .max(Comparator.comparingInt(checked -> checked.outcome().result().models().size())).orElseThrow();
        report = largest.outputDirectory();
        outcome = largest.outcome();
        models = outcome.result().models();
        assertThat(models).hasSizeGreaterThan(2);
        assertThat(reports.models()).extracting(GovernedModel::id).contains(CARD_MODEL);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        assertThat(browser.severeConsoleMessages()).as("console messages of level SEVERE").isEmpty();
    }

    @Test
    void consoleErrorsAreSeen() {
        openIndex();
        browser.driver().executeScript("console.error('probe: the browser log is read')");

        assertThat(browser.severeConsoleMessages()).anySatisfy(message -> assertThat(message).contains("probe"));
    }

    @Test
    void theReportShowsTheProjectVerdictAndEveryModel() throws IOException {
        openIndex();
        browser.screenshotFullPage(SCREENSHOTS.resolve("index.png"));

        WebElement verdict = browser.driver().findElement(By.cssSelector(".masthead-verdict .badge"));
        assertThat(verdict.isDisplayed()).isTrue();
        assertThat(verdict.getText()).isEqualTo(outcome.verdict().blocksRelease() ? "FAILED" : "PASSED");
        assertThat(browser.driver().findElement(By.cssSelector(".masthead-verdict")).getText())
                .containsIgnoringCase("Project verdict");
        List<WebElement> rows = inventoryRows();
        assertThat(rows).hasSize(models.size()).allSatisfy(row -> assertThat(row.isDisplayed()).isTrue());
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector("td")).getText())
                .containsExactlyInAnyOrderElementsOf(models.stream().map(m -> m.metadata().name()).toList());
        assertThat(browser.driver().findElement(By.id("inventory-filter")).isDisplayed())
                .as("the filter, revealed by the script").isTrue();
        assertThat(count()).isEqualTo(models.size() + " of " + models.size() + " models shown");
    }

    @Test
    void withoutScriptTheInventoryIsCompleteAndTheFilterIsHidden() throws IOException {
        browser.withoutScript(() -> {
            browser.open(report.resolve(HtmlReportWriter.INDEX_FILE));
            browser.screenshotFullPage(SCREENSHOTS.resolve("index-without-script.png"));

            assertThat(browser.driver().findElement(By.id("inventory-filter")).isDisplayed()).isFalse();
            assertThat(inventoryRows()).hasSize(models.size()).allSatisfy(row -> assertThat(row.isDisplayed()).isTrue());
            assertThat(browser.driver().findElements(By.cssSelector("#inventory-table thead button"))).isEmpty();
        });
    }

    @Test
    void typingAModelIdLeavesOnlyItsRowAndClearingShowsAllAgain() throws IOException {
        openIndex();
        WebElement filter = browser.driver().findElement(By.id("inventory-filter-text"));

        for (GovernedModel model : models) {
            filter.clear();
            filter.sendKeys(model.id());
            browser.await().until(d -> count().startsWith("1 of "));

            assertThat(visibleIds()).as("rows shown for '" + model.id() + "'").containsExactly(model.id());
            assertThat(count()).isEqualTo("1 of " + models.size() + " models shown");
        }
        browser.screenshot(browser.driver().findElement(By.id("inventory")), SCREENSHOTS.resolve("inventory-filtered.png"));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.await().until(d -> count().startsWith(models.size() + " of "));

        assertThat(visibleIds()).hasSize(models.size());
        assertThat(count()).isEqualTo(models.size() + " of " + models.size() + " models shown");
    }

    @Test
    void everyWordTypedMustBeInTheRow() {
        openIndex();
        WebElement filter = browser.driver().findElement(By.id("inventory-filter-text"));
        GovernedModel model = models.get(0);

        filter.sendKeys(model.metadata().type().toUpperCase(Locale.ROOT) + " " + model.id());
        browser.await().until(d -> count().startsWith("1 of "));
        assertThat(visibleIds()).containsExactly(model.id());

        filter.sendKeys(" no-such-word");
        browser.await().until(d -> count().startsWith("0 of "));
        assertThat(visibleIds()).isEmpty();
    }

    @Test
    void theVerdictAndRiskTierChoicesFilterRows() {
        openIndex();
        Map<String, Long> blocking = blockingByModel();
        List<String> failed = models.stream().map(GovernedModel::id).filter(id -> blocking.getOrDefault(id, 0L) > 0)
                .toList();
        Select verdict = new Select(browser.driver().findElement(By.id("inventory-filter-verdict")));

        verdict.selectByValue("FAILED");
        browser.await().until(d -> count().startsWith(failed.size() + " of "));
        assertThat(visibleIds()).containsExactlyInAnyOrderElementsOf(failed);
        verdict.selectByValue("PASSED");
        browser.await().until(d -> count().startsWith(models.size() - failed.size() + " of "));
        assertThat(visibleIds()).containsExactlyInAnyOrderElementsOf(
                models.stream().map(GovernedModel::id).filter(id -> !failed.contains(id)).toList());

        Select tier = new Select(browser.driver().findElement(By.id("inventory-filter-risk-tier")));
        assertThat(tier.getOptions()).extracting(WebElement::getText).first().isEqualTo("Any risk tier");
        verdict.selectByValue("");
        tier.selectByValue("medium");
        List<String> medium = models.stream().filter(m -> "medium".equals(m.metadata().riskTier()))
                .map(GovernedModel::id).toList();
        browser.await().until(d -> count().startsWith(medium.size() + " of "));
        assertThat(visibleIds()).containsExactlyInAnyOrderElementsOf(medium);

        tier.selectByValue("");
        browser.await().until(d -> count().startsWith(models.size() + " of "));
        assertThat(visibleIds()).hasSize(models.size());
    }

    @Test
    void aColumnHeadingSortsTheRowsOneWayThenTheOther() throws IOException {
        openIndex();
        List<String> pageOrder = visibleIds();
        Map<String, GovernedModel> byId = models.stream().collect(Collectors.toMap(GovernedModel::id, m -> m));
        Comparator<String> byTier = Comparator.comparingInt(id -> RISK_TIERS.indexOf(byId.get(id).metadata().riskTier()));
        Comparator<String> byStatus = Comparator.comparingInt(id -> STATUSES.indexOf(byId.get(id).metadata().status()));
        Map<String, Long> warnings = outcome.result().warningFindings().stream()
                .collect(Collectors.groupingBy(Finding::modelId, Collectors.counting()));
        Comparator<String> byWarnings = Comparator.comparingLong(id -> warnings.getOrDefault(id, 0L));
        Comparator<String> byName = Comparator.comparing(id -> byId.get(id).metadata().name(),
                String.CASE_INSENSITIVE_ORDER);

        sortBy("Risk tier");
        assertThat(visibleIds()).isEqualTo(sorted(pageOrder, byTier));
        assertThat(sortState("Risk tier")).isEqualTo("ascending");

        sortBy("Risk tier");
        assertThat(visibleIds()).isEqualTo(sorted(pageOrder, byTier.reversed()));
        assertThat(sortState("Risk tier")).isEqualTo("descending");

        sortBy("Status");
        assertThat(visibleIds()).as("in life-cycle order, not alphabetical")
                .isEqualTo(sorted(pageOrder, byStatus));

        sortBy("Warnings");
        assertThat(visibleIds()).isEqualTo(sorted(pageOrder, byWarnings));
        assertThat(sortState("Warnings")).isEqualTo("ascending");
        assertThat(sortState("Risk tier")).as("only the sorted column says how it is sorted").isNull();

        sortBy("Name");
        sortBy("Name");
        assertThat(visibleIds()).isEqualTo(sorted(pageOrder, byName.reversed()));
        assertThat(sortState("Name")).isEqualTo("descending");
        browser.screenshot(browser.driver().findElement(By.id("inventory")), SCREENSHOTS.resolve("inventory-sorted.png"));
    }

    @Test
    void aModelCardShowsItsTitleMetricsAndFindings() throws IOException {
        GovernedModel model = reports.models().stream().filter(m -> m.id().equals(CARD_MODEL)).findFirst().orElseThrow();
        browser.open(reports.card(CARD_MODEL, "html"));
        browser.screenshotFullPage(SCREENSHOTS.resolve("card-" + CARD_MODEL + ".png"));

        WebElement title = browser.driver().findElement(By.tagName("h1"));
        assertThat(title.isDisplayed()).isTrue();
        assertThat(title.getText()).contains(model.metadata().name());
        WebElement metrics = browser.driver().findElement(By.id("metrics"));
        assertThat(metrics.findElement(By.id("metrics-heading")).isDisplayed()).isTrue();
        assertThat(metrics.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        WebElement findings = browser.driver().findElement(By.id("findings"));
        assertThat(findings.findElement(By.id("findings-heading")).isDisplayed()).isTrue();
        List<String> violated = reports.moduleOf(CARD_MODEL).outcome().result().findings().stream()
                .filter(f -> f.modelId().equals(CARD_MODEL) && f.status().isViolation())
                .map(Finding::ruleId).distinct().toList();
        assertThat(findings.getText()).contains(violated);
    }

    @Test
    void axeFindsNoSeriousViolationOnAnyModulesReport() throws IOException {
        for (SampleProject.Checked module : reports.modules()) {
            browser.open(module.outputDirectory().resolve(HtmlReportWriter.INDEX_FILE));

            assertNoSeriousViolation(module.module().name() + "/index.html", browser.axeViolations());
        }
    }

    @Test
    void axeFindsNoSeriousViolationOnTheRuleCatalogue() throws IOException {
        browser.open(report.resolve(HtmlReportWriter.RULES_FILE));

        assertNoSeriousViolation(HtmlReportWriter.RULES_FILE, browser.axeViolations());
    }

    @Test
    void axeFindsNoSeriousViolationOnAnyCard() throws IOException {
        List<String> failures = new ArrayList<>();
        for (GovernedModel model : reports.models()) {
            browser.open(reports.card(model.id(), "html"));
            if (!model.id().equals(CARD_MODEL)) {
                browser.screenshotFullPage(SCREENSHOTS.resolve("card-" + model.id() + ".png"));
            }
            String report = seriousViolations("cards/" + model.id() + ".html", browser.axeViolations());
            if (!report.isEmpty()) {
                failures.add(report);
            }
        }

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    // -------------------------------------------------------------------------------------------- helpers

    private void openIndex() {
        browser.open(report.resolve(HtmlReportWriter.INDEX_FILE));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("inventory-filter")));
    }

    private List<WebElement> inventoryRows() {
        return browser.driver().findElements(By.cssSelector("#inventory-table tbody tr"));
    }

    /** The ids of the rows shown, top to bottom. */
    private List<String> visibleIds() {
        return inventoryRows().stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("th")).getText()).toList();
    }

    private String count() {
        return browser.driver().findElement(By.id("inventory-count")).getText();
    }

    private WebElement heading(String label) {
        return browser.driver().findElements(By.cssSelector("#inventory-table thead th")).stream()
                .filter(th -> th.getText().startsWith(label)).findFirst().orElseThrow();
    }

    private void sortBy(String label) {
        String before = String.valueOf(sortState(label));
        heading(label).findElement(By.tagName("button")).click();
        browser.await().until(d -> !before.equals(String.valueOf(sortState(label))));
    }

    private String sortState(String label) {
        return heading(label).getAttribute("aria-sort");
    }

    private static List<String> sorted(List<String> ids, Comparator<String> order) {
        List<String> copy = new ArrayList<>(ids);
        copy.sort(order);
        return copy;
    }

    private Map<String, Long> blockingByModel() {
        return outcome.result().blockingFindings().stream()
                .collect(Collectors.groupingBy(Finding::modelId, Collectors.counting()));
    }

    private static void assertNoSeriousViolation(String page, String axeJson) throws IOException {
        String report = seriousViolations(page, axeJson);
        assertThat(report).as(report).isEmpty();
    }

    /**
     * Every violation axe found on {@code page}, each with its nodes, when one of them is serious or critical;
     * empty otherwise. Minor and moderate ones are printed, so that they can be seen in the test output too.
     */
    private static String seriousViolations(String page, String axeJson) throws IOException {
        JsonNode violations = new ObjectMapper().readTree(axeJson);
        assertThat(violations.isArray()).as("axe-core's answer on " + page + ": " + axeJson).isTrue();
        StringBuilder text = new StringBuilder();
        boolean serious = false;
        for (JsonNode violation : violations) {
            String impact = violation.path("impact").asText();
            serious |= impact.equals("serious") || impact.equals("critical");
            text.append(page).append(": [").append(impact).append("] ").append(violation.path("id").asText())
                    .append(": ").append(violation.path("help").asText()).append(" (")
                    .append(violation.path("helpUrl").asText()).append(")\n");
            for (JsonNode node : violation.path("nodes")) {
                text.append("    ").append(node.path("target")).append(' ').append(node.path("html").asText())
                        .append("\n      ").append(node.path("failureSummary").asText().replace("\n", "\n      "))
                        .append('\n');
            }
        }
        if (!text.isEmpty()) {
            System.out.print(text);
        }
        return serious ? text.toString() : "";
    }
}
