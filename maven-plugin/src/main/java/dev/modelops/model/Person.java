package dev.modelops.model;

/** Someone accountable for a model, with the governance role they hold for it. */
public record Person(String name, String email, String role, String organization) {
    public static final String OWNER = "owner";
    public static final String DEVELOPER = "developer";
    public static final String VALIDATOR = "validator";
    public static final String APPROVER = "approver";
}
