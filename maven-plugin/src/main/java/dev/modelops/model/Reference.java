package dev.modelops.model;

/** A clause of a framework that a rule gives evidence for, e.g. framework "SR 11-7", clause "III.A". */
public record Reference(String framework, String clause) {
    @Override
    public String toString() {
        return clause == null || clause.isBlank() ? framework : framework + " " + clause;
    }
}
