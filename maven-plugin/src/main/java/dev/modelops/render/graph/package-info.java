/**
 * The lineage graph of a model card: {@link dev.modelops.render.graph.LineageNodes} turns a model's lineage into
 * boxes and arrows, {@link dev.modelops.render.graph.LineageLayout} places them with the Eclipse Layout Kernel's
 * layered algorithm (left to right, along the flow of data) and reads the result back into
 * {@link dev.modelops.render.graph.LineageGraph}, an immutable page model whose coordinates are already formatted
 * strings; the template {@code html/fragments/lineage-graph.html} only turns it into SVG elements.
 */
package dev.modelops.render.graph;
