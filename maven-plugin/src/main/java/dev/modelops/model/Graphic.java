package dev.modelops.model;

/**
 * A picture a model's documentation embeds, such as a Model Card Toolkit graphic of a metric per slice: its
 * name, its media type ({@code image/png}, {@code image/jpeg}, {@code image/gif}), the image as base64 (already
 * checked to decode and to start with the signature of its type), and where it is.
 */
public record Graphic(String name, String mediaType, String base64, SourceLocation source) {
}
