package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.load.PublishedResultsReader;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.Severity;
import dev.modelops.model.WaiverState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link JsonResultsWriter} writes, {@link PublishedResultsReader} reads back: the inventory's input. */
class PublishedResultsRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void everyFieldAnInventoryNeedsSurvivesWritingAndReading() throws Exception {
        byte[] bytes = new JsonResultsWriter().bytes(GovernanceResults.frameworks().build());
        Path file = Files.write(folder.resolve("results.json"), bytes);

        PublishedResults results = new PublishedResultsReader().read(file, "credit-models/results.json");

        assertThat(results.file()).isEqualTo("credit-models/results.json");
        assertThat(results.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(results.project()).isEqualTo("Retail credit models");
        assertThat(results.asOf()).isEqualTo(GovernanceResults.AS_OF);
        assertThat(results.failOnSeverity()).isEqualTo(Severity.HIGH);
        assertThat(results.summary().models()).isEqualTo(3);
        assertThat(results.summary().blocking()).isEqualTo(2);
        assertThat(results.summary().waived()).isEqualTo(1);
        assertThat(results.summary().violationsBySeverity()).containsEntry(Severity.HIGH, 2);

        assertThat(results.models()).extracting(PublishedResults.Model::id)
                .containsExactly("churn-predictor", "credit-scoring", "fraud-detector");
        PublishedResults.Model credit = results.models().get(1);
        assertThat(credit.name()).isEqualTo("Retail credit default scorer");
        assertThat(credit.version()).isEqualTo("3.2.0");
        assertThat(credit.riskTier()).isEqualTo("high");
        assertThat(credit.status()).isEqualTo("production");
        assertThat(credit.owners()).containsExactly("Dana Whitfield");
        assertThat(credit.validators()).containsExactly("Priya Raman");
        assertThat(results.models().get(2).owners()).isEmpty();

        assertThat(results.rules()).extracting(PublishedResults.RuleResult::id).containsExactly("core.owner-present",
                "core.metric-thresholds-met", "eu-ai-act.risk-management", "eu-ai-act.data-bias-examined",
                "eu-ai-act.supplier-documented");
        PublishedResults.RuleResult owner = results.rules().get(0);
        assertThat(owner.pack()).isEqualTo("core");
        assertThat(owner.counts()).isEqualTo(new PublishedResults.Counts(2, 1, 0, 0, 0));
        assertThat(owner.references()).extracting(Object::toString)
                .containsExactly("SR 11-7 Governance, policies, and controls", "ISO/IEC 42001 A.3.2");

        PublishedResults.PublishedFinding blocking = results.findingsFor("fraud-detector").get(0);
        assertThat(blocking.ruleId()).isEqualTo("core.owner-present");
        assertThat(blocking.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(blocking.blocking()).isTrue();
        assertThat(blocking.message()).isEqualTo("fraud-detector declares no person with role owner");
        assertThat(blocking.location().file()).isEqualTo("src/main/models/fraud-detector/model.yaml");
        PublishedResults.PublishedFinding waived = results.findingsFor("credit-scoring").get(3);
        assertThat(waived.status()).isEqualTo(FindingStatus.WAIVED);
        assertThat(waived.blocking()).isFalse();
        assertThat(waived.waiver().ticket()).isEqualTo("MRM-F-2026-044");
        assertThat(waived.waiver().expires()).hasToString("2027-03-31");

        assertThat(results.waivers()).singleElement().satisfies(outcome -> {
            assertThat(outcome.state()).isEqualTo(WaiverState.APPLIED);
            assertThat(outcome.waiver().ruleId()).isEqualTo("eu-ai-act.data-bias-examined");
            assertThat(outcome.waiver().approverName()).isEqualTo("Priya Raman");
            assertThat(outcome.waiver().location().file()).isEqualTo("src/main/modelops/waivers.yaml");
            assertThat(outcome.waiver().location().line()).isEqualTo(3);
        });
        assertThat(results.frameworks()).extracting(PublishedResults.Framework::name)
                .containsExactly("ECOA / Regulation B", "EU AI Act", "ISO/IEC 42001", "NIST AI RMF", "SR 11-7");
        assertThat(results.frameworks().get(1).models()).extracting(PublishedResults.FrameworkModel::verdict)
                .containsExactly("compliant", "violations", "violations");
    }
}
