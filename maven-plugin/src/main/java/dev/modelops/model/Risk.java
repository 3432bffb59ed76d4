package dev.modelops.model;

/** An entry of the model's risk register: what could go wrong, how bad, the mitigation, its owner and status. */
public record Risk(String id, String description, String severity, String mitigation, String owner, String status) {
}
