package dev.modelops.render.html;

import java.util.List;
import java.util.Locale;

/**
 * The order in which the compliance report's inventory sorts the columns whose words do not sort by their
 * letters: risk tiers from low to critical, life-cycle statuses from development to retired, failed verdicts
 * before passed ones. Each is given to the page as a rank ({@code data-sort}), so the inline script sorts
 * numbers and knows nothing of the words. A value the lists do not know ranks after every known one; a value the
 * model does not state has an empty rank, which the script always puts last.
 */
final class InventoryOrder {

    /** The risk tiers of {@code model.schema.json}, lowest first. */
    static final List<String> RISK_TIERS = List.of("low", "medium", "high", "critical");
    /** The life-cycle statuses of {@code model.schema.json}, in the order a model passes through them. */
    static final List<String> STATUSES = List.of("development", "validation", "production", "retired");

    private InventoryOrder() {
    }

    static String riskTierRank(String riskTier) {
        return rank(RISK_TIERS, riskTier);
    }

    static String statusRank(String status) {
        return rank(STATUSES, status);
    }

    /** A failed model first, so that sorting by verdict puts the models that block the release at the top. */
    static String verdictRank(boolean passed) {
        return passed ? "1" : "0";
    }

    private static String rank(List<String> order, String value) {
        if (!PageText.present(value)) {
            return "";
        }
        int index = order.indexOf(value.trim().toLowerCase(Locale.ROOT));
        return Integer.toString(index < 0 ? order.size() : index);
    }
}
