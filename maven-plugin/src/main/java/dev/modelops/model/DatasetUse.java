package dev.modelops.model;

/**
 * A dataset the model was built or evaluated with. {@code role} is training, validation, test or monitoring;
 * {@code lineageRef} is the id of a dataset in the model's lineage; {@code datasheet} where its datasheet is.
 */
public record DatasetUse(String name, String role, String lineageRef, String description, String datasheet) {

    public DatasetUse(String name, String role, String lineageRef, String description) {
        this(name, role, lineageRef, description, null);
    }
}
