package dev.modelops.evaluate;

import dev.modelops.model.Finding;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the project's waivers to the findings of a run, as of the run's "as of" instant (its UTC day):
 * a violation (failed or error) covered by a waiver in force becomes waived and carries the waiver; a
 * violation covered only by an expired waiver stays as it was, its message noting the expiry; a waiver in force
 * that covers no violation is unused. Pure: the same inputs give the same result.
 */
public final class WaiverApplier {

    /** The findings after the waivers, in the same order, and each waiver (in file order) with its state. */
    public record Applied(List<Finding> findings, List<WaiverOutcome> waivers) {

        public Applied {
            findings = List.copyOf(findings);
            waivers = List.copyOf(waivers);
        }
    }

    private WaiverApplier() {
    }

    public static Applied apply(List<Finding> findings, List<GovernedModel> models, List<Waiver> waivers,
            Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        Map<String, String> versions = new HashMap<>();
        models.forEach(model -> versions.put(model.id(), model.metadata().version()));
        Set<Waiver> used = new LinkedHashSet<>();
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!finding.status().isViolation()) {
                result.add(finding);
                continue;
            }
            String version = versions.get(finding.modelId());
            List<Waiver> covering = waivers.stream()
                    .filter(w -> w.covers(finding.ruleId(), finding.modelId(), version))
                    .toList();
            Waiver inForce = covering.stream().filter(w -> w.isInForceOn(today)).findFirst().orElse(null);
            if (inForce != null) {
                used.add(inForce);
                result.add(finding.waivedBy(inForce));
                continue;
            }
            Finding back = finding;
            for (Waiver expired : covering) {
                back = back.withMessageSuffix(expiryNote(expired));
            }
            result.add(back);
        }
        List<WaiverOutcome> outcomes = new ArrayList<>(waivers.size());
        for (Waiver waiver : waivers) {
            WaiverState state = !waiver.isInForceOn(today) ? WaiverState.EXPIRED
                    : used.contains(waiver) ? WaiverState.APPLIED : WaiverState.UNUSED;
            outcomes.add(new WaiverOutcome(waiver, state));
        }
        return new Applied(result, outcomes);
    }

    /** {@code (waiver MRM-F-2026-044 expired on 2026-10-31)}. */
    public static String expiryNote(Waiver waiver) {
        return "(waiver " + Objects.requireNonNullElse(waiver.ticket(), "without ticket") + " expired on "
                + waiver.expires() + ")";
    }
}
