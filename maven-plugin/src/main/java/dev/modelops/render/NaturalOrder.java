package dev.modelops.render;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders texts as people number clauses: runs of digits compare by their value, everything else by its
 * characters ignoring case, so {@code Art. 9(2)} comes before {@code Art. 10(1)} and {@code A.6.2.4} before
 * {@code A.10.3}. Texts that only differ in case or leading zeros are then ordered by their characters, so the
 * order is total and the same on every machine.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int leftEnd = runEnd(left, i);
            int rightEnd = runEnd(right, j);
            String leftRun = left.substring(i, leftEnd);
            String rightRun = right.substring(j, rightEnd);
            boolean leftDigits = isDigit(left.charAt(i));
            boolean rightDigits = isDigit(right.charAt(j));
            int order = leftDigits && rightDigits
                    ? new BigInteger(leftRun).compareTo(new BigInteger(rightRun))
                    : leftRun.toLowerCase(Locale.ROOT).compareTo(rightRun.toLowerCase(Locale.ROOT));
            if (order != 0) {
                return order;
            }
            i = leftEnd;
            j = rightEnd;
        }
        if (i < left.length() || j < right.length()) {
            return i < left.length() ? 1 : -1;
        }
        return left.compareTo(right);
    }

    /** The end of the run starting at {@code start}: digits, or anything but digits. */
    private static int runEnd(String text, int start) {
        boolean digits = isDigit(text.charAt(start));
        int end = start + 1;
        while (end < text.length() && isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** ASCII digits only: clause numbers are written with them. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
