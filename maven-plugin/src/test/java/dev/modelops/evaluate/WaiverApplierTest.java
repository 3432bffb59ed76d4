package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import dev.modelops.verdict.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverApplierTest {

    private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    private static final Rule SLICES = rule("core.slice-thresholds-met", Severity.HIGH);
    private static final Rule OWNER = rule("core.owner-present", Severity.HIGH);
    private static final SourceLocation SLICE_ROW =
            new SourceLocation("src/main/models/churn-prediction/evaluations/slices.csv", 4, 1, "");
    private static final Finding SLICE_BREACHED = new Finding(SLICES, "churn-prediction", FindingStatus.FAILED,
            "recall on segment=small-business is 0.58, below the minimum 0.6", SLICE_ROW);
    private static final Finding OWNER_PASSED =
            new Finding(OWNER, "churn-prediction", FindingStatus.PASSED, "Owner present", SLICE_ROW);
    private static final List<GovernedModel> MODELS = List.of(model("churn-prediction", "2.1.0"));

    @Test
    void aWaiverInForceWaivesTheViolationAndKeepsItsMessageAndPlace() {
        Waiver waiver = waiver("core.slice-thresholds-met", null, LocalDate.of(2027, 3, 31));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED, OWNER_PASSED), MODELS,
                List.of(waiver), AS_OF);

        Finding waived = applied.findings().get(0);
        assertThat(waived.status()).isEqualTo(FindingStatus.WAIVED);
        assertThat(waived.waiver()).isEqualTo(waiver);
        assertThat(waived.message()).isEqualTo(SLICE_BREACHED.message());
        assertThat(waived.location()).isEqualTo(SLICE_ROW);
        assertThat(applied.findings().get(1)).isEqualTo(OWNER_PASSED);
        assertThat(applied.waivers()).containsExactly(new WaiverOutcome(waiver, WaiverState.APPLIED));
    }

    @Test
    void aWaiverHoldsUpToAndIncludingItsExpiryDay() {
        Waiver lastDay = waiver("core.slice-thresholds-met", null, LocalDate.of(2026, 11, 20));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED), MODELS, List.of(lastDay), AS_OF);

        assertThat(applied.findings().get(0).status()).isEqualTo(FindingStatus.WAIVED);
    }

    @Test
    void anExpiredWaiverGivesTheOriginalFindingBackWithTheExpiryNoted() {
        Waiver expired = waiver("core.slice-thresholds-met", null, LocalDate.of(2026, 10, 31));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED), MODELS, List.of(expired), AS_OF);

        Finding back = applied.findings().get(0);
        assertThat(back.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(back.waiver()).isNull();
        assertThat(back.message()).isEqualTo(SLICE_BREACHED.message() + " (waiver MRM-F-2026-044 expired on 2026-10-31)");
        assertThat(back.location()).isEqualTo(SLICE_ROW);
        assertThat(applied.waivers()).containsExactly(new WaiverOutcome(expired, WaiverState.EXPIRED));
    }

    @Test
    void aWaiverForAnotherModelVersionDoesNotApplyAndIsUnused() {
        Waiver otherVersion = waiver("core.slice-thresholds-met", "2.0.0", LocalDate.of(2027, 3, 31));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED), MODELS, List.of(otherVersion),
                AS_OF);

        assertThat(applied.findings()).containsExactly(SLICE_BREACHED);
        assertThat(applied.waivers()).containsExactly(new WaiverOutcome(otherVersion, WaiverState.UNUSED));
    }

    @Test
    void aWaiverForTheModelsVersionApplies() {
        Waiver sameVersion = waiver("core.slice-thresholds-met", "2.1.0", LocalDate.of(2027, 3, 31));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED), MODELS, List.of(sameVersion), AS_OF);

        assertThat(applied.findings().get(0).status()).isEqualTo(FindingStatus.WAIVED);
    }

    @Test
    void aWaiverOfARuleThatPassedIsUnused() {
        Waiver ofPassedRule = waiver("core.owner-present", null, LocalDate.of(2027, 3, 31));

        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED, OWNER_PASSED), MODELS,
                List.of(ofPassedRule), AS_OF);

        assertThat(applied.findings()).containsExactly(SLICE_BREACHED, OWNER_PASSED);
        assertThat(applied.waivers()).containsExactly(new WaiverOutcome(ofPassedRule, WaiverState.UNUSED));
    }

    @Test
    void aWaivedFindingNeitherBlocksNorWarnsAndIsCountedAsWaived() {
        Waiver waiver = waiver("core.slice-thresholds-met", null, LocalDate.of(2027, 3, 31));
        WaiverApplier.Applied applied = WaiverApplier.apply(List.of(SLICE_BREACHED, OWNER_PASSED), MODELS,
                List.of(waiver), AS_OF);
        GovernanceResult result = new GovernanceResult("bank", AS_OF, MODELS, List.of(SLICES, OWNER),
                applied.findings(), Severity.HIGH, applied.waivers(), null);

        Verdict verdict = Verdict.of(result);

        assertThat(result.blockingFindings()).isEmpty();
        assertThat(result.warningFindings()).isEmpty();
        assertThat(result.auditedFindings()).isEmpty();
        assertThat(result.waivedFindings()).hasSize(1);
        assertThat(verdict.blocksRelease()).isFalse();
        assertThat(verdict.summaryLine()).isEqualTo(
                "1 model, 2 rules: 1 passed, 0 failed, 0 errors, 0 not applicable, 1 waived; 0 blocking, 0 warnings");
        assertThat(Verdict.describeWaived(result.waivedFindings().get(0))).isEqualTo("[high] core.slice-thresholds-met "
                + "on churn-prediction waived until 2027-03-31 (MRM-F-2026-044, approved by Jonathan Achebe): "
                + SLICE_BREACHED.message() + " (" + SLICE_ROW + ")");
    }

    private static Waiver waiver(String ruleId, String version, LocalDate expires) {
        return new Waiver(ruleId, "churn-prediction", version, "Monitored monthly until re-training.", "Jonathan Achebe",
                "jonathan.achebe@example.com", "MRM-F-2026-044", expires,
                new SourceLocation("src/main/modelops/waivers.yaml", 2, 5, "/waivers/0"));
    }

    private static Rule rule(String id, Severity severity) {
        return new Rule(id, id, null, severity, null, "true", "m", null, List.of(), "core",
                SourceLocation.of("modelops/rules/core.yaml"));
    }

    private static GovernedModel model(String id, String version) {
        ModelMetadata metadata = new ModelMetadata(id, id, version, null, null, null, null, List.of(), "medium",
                "production", null, null, null, null, null, null, null, null, null);
        return new GovernedModel(metadata, List.of(), null, SourceLocation.of("src/main/models/" + id + "/model.yaml"),
                List.of(), null);
    }
}
