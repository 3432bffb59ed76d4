package dev.modelops.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The previously approved version a model is compared with: its version, the day it was approved, and the
 * evaluation files of that version as listed in {@code model.yaml} (read by the loader, not bound here).
 */
public record Baseline(String version, LocalDate approved, List<String> evaluationFiles) {

    public Baseline {
        evaluationFiles = evaluationFiles == null ? List.of() : List.copyOf(evaluationFiles);
    }
}
