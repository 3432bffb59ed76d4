package dev.modelops.render.html;

/** One labelled value of a definition list; {@code missing} when the input did not state it. */
public record Detail(String label, String value, boolean missing) {
}
