package dev.modelops.model;

import java.time.LocalDate;

/** A bound on a metric fixed before testing: {@code min} and/or {@code max}, the day it was declared, and why. */
public record AcceptanceCriterion(String metric, Double min, Double max, LocalDate declared, String rationale) {
}
