package dev.modelops.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A documented, approved and time-limited exception to one rule for one model (optionally one version of it),
 * as written in the project's waivers file. It turns a violation into a waived finding until {@code expires}
 * (inclusive); after that date the violation counts again.
 */
public record Waiver(
        String ruleId,
        String modelId,
        String modelVersion,
        String justification,
        String approverName,
        String approverEmail,
        String ticket,
        LocalDate expires,
        SourceLocation location) {

    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(expires, "expires");
        location = location == null ? SourceLocation.of("") : location;
    }

    /** Whether the waiver still holds on {@code date}: it does up to and including its expiry date. */
    public boolean isInForceOn(LocalDate date) {
        return !expires.isBefore(date);
    }

    /** Whether the waiver is about this finding's rule and model, and its version when the waiver names one. */
    public boolean covers(String findingRuleId, String findingModelId, String findingModelVersion) {
        return ruleId.equals(findingRuleId) && modelId.equals(findingModelId)
                && (modelVersion == null || modelVersion.equals(findingModelVersion));
    }

    /** {@code Jonathan Achebe <jonathan.achebe@example.com>}, or the name alone. */
    public String approverText() {
        return approverEmail == null ? approverName : approverName + " <" + approverEmail + ">";
    }
}
