package dev.modelops.render.chart;

import java.util.List;

/**
 * One picture, ready for the template {@code html/fragments/charts.html} to write as an {@code <svg>}: its size
 * in pixels and view box (already formatted), a short accessible name ({@code title}), a description that says
 * in words everything the picture shows ({@code description}: what a screen reader reads, and what a reader of
 * the PDF's text finds), and its shapes, layer by layer.
 */
public record Chart(String width, String height, String viewBox, String title, String description,
        List<Svg.Layer> layers) {

    public Chart {
        layers = List.copyOf(layers);
    }

    /**
     * A chart {@code width} by {@code height} pixels rounded up to whole pixels, with a view box of the same size.
     * Whole numbers, because the PDF renderer reads a decimal width such as {@code 680.0} as no size at all and
     * shrinks the picture.
     */
    static Chart of(double width, double height, String title, String description, List<Svg.Layer> layers) {
        String w = Long.toString((long) Math.ceil(Math.max(1, Math.min(10_000, width))));
        String h = Long.toString((long) Math.ceil(Math.max(1, Math.min(100_000, height))));
        return new Chart(w, h, "0 0 " + w + " " + h, title, description, layers);
    }
}
