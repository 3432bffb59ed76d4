package dev.modelops.model;

import java.time.LocalDate;

/** The assessment of the model's impact on people: when, by whom, its document reference and its conclusions. */
public record ImpactAssessment(LocalDate date, String by, String reference, String summary) {
}
