package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitXmlWriterTest {

    @TempDir
    Path out;

    @Test
    void writesOneSuitePerModel() throws Exception {
        new JunitXmlWriter().write(GovernanceResults.standard(), out);

        try (Stream<Path> files = Files.list(out.resolve("junit"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "TEST-modelops.churn-predictor.xml", "TEST-modelops.credit-scoring.xml", "TEST-modelops.fraud-detector.xml");
        }
    }

    @Test
    void suiteCountsTestsFailuresErrorsAndSkips() throws Exception {
        new JunitXmlWriter().write(GovernanceResults.standard(), out);

        Xml fraud = Xml.parse(out.resolve("junit/TEST-modelops.fraud-detector.xml"));
        assertThat(fraud.text("/testsuite/@name")).isEqualTo("modelops.fraud-detector");
        assertThat(fraud.text("/testsuite/@tests")).isEqualTo("4");
        assertThat(fraud.text("/testsuite/@failures")).isEqualTo("1");
        assertThat(fraud.text("/testsuite/@errors")).isEqualTo("1");
        assertThat(fraud.text("/testsuite/@skipped")).isEqualTo("1");
        assertThat(fraud.text("/testsuite/@time")).isEqualTo("0");
        assertThat(fraud.texts("/testsuite/testcase/@name"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        assertThat(fraud.texts("/testsuite/testcase/@classname")).containsOnly("modelops.fraud-detector");
        assertThat(fraud.texts("/testsuite/testcase/@time")).containsOnly("0");

        Xml churn = Xml.parse(out.resolve("junit/TEST-modelops.churn-predictor.xml"));
        assertThat(churn.text("/testsuite/@tests")).isEqualTo("4");
        assertThat(churn.text("/testsuite/@failures")).isEqualTo("0");
        assertThat(churn.text("/testsuite/@errors")).isEqualTo("0");
        assertThat(churn.text("/testsuite/@skipped")).isEqualTo("1");
        assertThat(churn.count("/testsuite/testcase[not(*)]")).as("passed cases are empty").isEqualTo(3);
    }

    @Test
    void aFailureCarriesSeverityMessageRuleLocationAndReferences() throws Exception {
        new JunitXmlWriter().write(GovernanceResults.standard(), out);
        Xml fraud = Xml.parse(out.resolve("junit/TEST-modelops.fraud-detector.xml"));

        String failure = "/testsuite/testcase[@name='owner-declared']/failure";
        assertThat(fraud.text(failure + "/@type")).isEqualTo("high");
        assertThat(fraud.text(failure + "/@message")).isEqualTo("fraud-detector declares no person with role owner");
        assertThat(fraud.nodes(failure).get(0).getTextContent()).isEqualTo("""
                fraud-detector declares no person with role owner
                Rule: owner-declared \u2013 Every model has an owner
                Severity: high (blocks release: at or above high)
                Location: src/main/models/fraud-detector/model.yaml
                References: SR 11-7 IV; EU AI Act Art. 17
                """);

        String error = "/testsuite/testcase[@name='metrics-meet-thresholds']/error";
        assertThat(fraud.text(error + "/@type")).isEqualTo("medium");
        assertThat(fraud.text(error)).contains("No such key: threshold", "Severity: medium (warning: below high)");
        assertThat(fraud.text("/testsuite/testcase[@name='fairness-reviewed']/skipped/@message")).isEqualTo("not applicable");

        Xml credit = Xml.parse(out.resolve("junit/TEST-modelops.credit-scoring.xml"));
        assertThat(credit.text("/testsuite/testcase[@name='approval-recorded']/failure"))
                .contains("Location: src/main/models/credit-scoring/model.yaml:24:1 (/approvals)");
    }

    @Test
    void escapesMarkupAndRemovesWhatXmlCannotHold() throws Exception {
        String message = "<script>alert(1)</script> & \"quoted\" ]]> \u0001 bell\nsecond line";
        GovernanceResults results = GovernanceResults.standardBuilder()
                .message("fraud-detector", "owner-declared", message);
        new JunitXmlWriter().write(results.build(), out);

        Path file = out.resolve("junit/TEST-modelops.fraud-detector.xml");
        Xml fraud = Xml.parse(file);
        String failure = "/testsuite/testcase[@name='owner-declared']/failure";
        assertThat(fraud.nodes(failure + "/@message").get(0).getNodeValue())
                .isEqualTo("<script>alert(1)</script> & \"quoted\" ]]> \uFFFD bell second line");
        assertThat(fraud.nodes(failure).get(0).getTextContent())
                .startsWith("<script>alert(1)</script> & \"quoted\" ]]> \uFFFD bell\nsecond line\n");
        assertThat(Files.readString(file)).doesNotContain("<script>");
    }

    @Test
    void hasNoTimestampOrHostAndIsUtf8WithUnixLineEndings() throws Exception {
        new JunitXmlWriter().write(GovernanceResults.standard(), out);
        String text = Files.readString(out.resolve("junit/TEST-modelops.credit-scoring.xml"));

        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite ")
                .doesNotContain("timestamp", "hostname", "\r")
                .endsWith("</testsuite>\n");
    }

    @Test
    void aRuleWithoutAResultIsReportedAsSkippedNotSilentlyDropped() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder();
        results.findings().removeIf(f -> f.modelId().equals("churn-predictor") && f.ruleId().equals("owner-declared"));
        new JunitXmlWriter().write(results.build(), out);

        Xml churn = Xml.parse(out.resolve("junit/TEST-modelops.churn-predictor.xml"));
        assertThat(churn.text("/testsuite/@tests")).isEqualTo("4");
        assertThat(churn.text("/testsuite/@skipped")).isEqualTo("2");
        assertThat(churn.text("/testsuite/testcase[@name='owner-declared']/skipped/@message"))
                .startsWith("not evaluated");
    }
}
