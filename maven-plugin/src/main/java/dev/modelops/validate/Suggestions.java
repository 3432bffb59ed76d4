package dev.modelops.validate;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for misspelt names (properties, CSV columns): the known name closest to what was written,
 * when it is close enough that the typo is the likely explanation.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known name nearest to {@code written}, or null when none is plausibly what was meant. */
    public static String closest(String written, Collection<String> known) {
        String wanted = written.toLowerCase(Locale.ROOT);
        // Up to a third of the letters wrong, at least one: "riskTeir" finds riskTier, "foo" finds nothing.
        int tolerance = Math.max(1, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance <= tolerance && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours, the most common typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
