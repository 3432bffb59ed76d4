package dev.modelops.model;

import java.util.Locale;

/** What became of a waiver in a run. */
public enum WaiverState {
    /** In force and matched at least one violation, which it waived. */
    APPLIED,
    /** Past its expiry date on the run's "as of" day: it waived nothing and its violations count again. */
    EXPIRED,
    /** In force but matched no violation (the rule passed or did not apply): it can be removed. */
    UNUSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
