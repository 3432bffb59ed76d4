package dev.modelops.render.html;

import dev.modelops.model.Enforcement;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.Severity;
import dev.modelops.model.WaiverState;
import dev.modelops.render.FrameworkCoverage;

/**
 * A label with a colour. The text always says what the colour means, so the page reads the same in black and
 * white, in print and to a screen reader; {@code cssClass} only adds the colour.
 */
public record Badge(String text, String cssClass) {

    public static Badge verdict(boolean passed) {
        return passed ? new Badge("PASSED", "badge badge-pass") : new Badge("FAILED", "badge badge-fail");
    }

    public static Badge status(FindingStatus status) {
        return switch (status) {
            case PASSED -> new Badge("passed", "badge badge-pass");
            case FAILED -> new Badge("failed", "badge badge-fail");
            case ERROR -> new Badge("error", "badge badge-error");
            case NOT_APPLICABLE -> new Badge("not applicable", "badge badge-na");
            case WAIVED -> new Badge("waived", "badge badge-waived");
        };
    }

    public static Badge severity(Severity severity) {
        return new Badge(severity.label(), "badge badge-severity badge-" + severity.label());
    }

    /** Whether a violation fails the build, only warns, or is only recorded (audit); for findings that are no violation, an empty text. */
    public static Badge effect(boolean violation, boolean blocking, boolean audited) {
        if (!violation) {
            return new Badge("", "");
        }
        if (audited) {
            return new Badge("audit only", "badge badge-na");
        }
        return blocking ? new Badge("blocks release", "badge badge-fail") : new Badge("warning", "badge badge-warn");
    }

    /** What became of a waiver: applied, expired or unused. */
    public static Badge waiverState(WaiverState state) {
        return switch (state) {
            case APPLIED -> new Badge("applied", "badge badge-waived");
            case EXPIRED -> new Badge("expired", "badge badge-fail");
            case UNUSED -> new Badge("unused", "badge badge-warn");
        };
    }

    /** How a rule's violations are enforced: fail, warn, audit. */
    public static Badge enforcement(Enforcement enforcement) {
        return new Badge(enforcement.label(), "badge badge-enforcement badge-enforcement-" + enforcement.label());
    }

    /**
     * A model's standing against a framework: {@code violations} (red when one of them blocks the release, amber
     * otherwise), {@code waived}, {@code compliant} or {@code not assessed}.
     */
    public static Badge frameworkVerdict(FrameworkCoverage.Verdict verdict, boolean blocking) {
        return switch (verdict) {
            case VIOLATIONS -> new Badge(verdict.label(), blocking ? "badge badge-fail" : "badge badge-warn");
            case WAIVED -> new Badge(verdict.label(), "badge badge-waived");
            case COMPLIANT -> new Badge(verdict.label(), "badge badge-pass");
            case NOT_ASSESSED -> new Badge(verdict.label(), "badge badge-na");
        };
    }

    /** A measured value against its budget (a maximum): within budget, over budget, or not measured. */
    public static Badge budget(boolean measured, boolean within) {
        if (!measured) {
            return new Badge("not measured", "badge badge-na");
        }
        return within ? new Badge("within budget", "badge badge-pass") : new Badge("over budget", "badge badge-fail");
    }

    /**
     * A change against the baseline: better or worse by the direction of the result's threshold (a minimum: higher
     * is better; a maximum: lower is better), unchanged, or an empty text when the direction is unknown.
     */
    public static Badge change(int sign, Boolean higherIsBetter) {
        if (higherIsBetter == null) {
            return new Badge("", "");
        }
        if (sign == 0) {
            return new Badge("unchanged", "badge badge-na");
        }
        return sign > 0 == higherIsBetter ? new Badge("better", "badge badge-pass") : new Badge("worse", "badge badge-fail");
    }

    /** A threshold check on a metric: met, breached, or no threshold declared. */
    public static Badge threshold(boolean declared, boolean met) {
        if (!declared) {
            return new Badge("no threshold", "badge badge-na");
        }
        return met ? new Badge("met", "badge badge-pass") : new Badge("breached", "badge badge-fail");
    }

    /** An approval decision: approved, rejected, conditional, or whatever the team wrote. */
    public static Badge decision(String decision) {
        String text = decision == null || decision.isBlank() ? "not stated" : decision;
        String tone = switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "approved" -> "badge-pass";
            case "rejected" -> "badge-fail";
            case "conditional" -> "badge-warn";
            default -> "badge-na";
        };
        return new Badge(text, "badge " + tone);
    }
}
