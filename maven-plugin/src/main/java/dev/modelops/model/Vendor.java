package dev.modelops.model;

/** The third party a model was bought or licensed from: supplier, product and contract reference. */
public record Vendor(String name, String product, String contract) {
}
