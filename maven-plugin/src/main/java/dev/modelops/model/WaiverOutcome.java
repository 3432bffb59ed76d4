package dev.modelops.model;

/** One waiver of the waivers file and what became of it in the run. */
public record WaiverOutcome(Waiver waiver, WaiverState state) {
}
