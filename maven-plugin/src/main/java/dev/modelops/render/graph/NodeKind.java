package dev.modelops.render.graph;

/**
 * What a box in the lineage graph stands for. Each kind has its own outline ({@link NodeShape}), its colours and
 * a small written tag above the name, so that colour is never the only cue. Every text colour meets WCAG AA
 * contrast (4.5:1) on its fill: tag #6b4100 on #fbf0dc is 7.8:1, the lowest 4.6:1 (#6e7781 outline only).
 */
public enum NodeKind {

    /** A dataset no recorded job wrote: where the data came from. Drawn as a cylinder, like a database. */
    RAW_SOURCE("Raw source", "Raw source (no job wrote it)",
            "#fbf0dc", "#8a5300", "#6b4100", "#1f2328"),
    /** A dataset a job wrote: a feature table, a sample, a split. Drawn as a page with a folded corner. */
    DERIVED_DATASET("Dataset", "Derived dataset or features",
            "#ddeeff", "#0550ae", "#0a3069", "#1f2328"),
    /** An ingest, transform, training or other job. Drawn as a rounded box. */
    JOB("Job", "Job or training run", "#eaeef2", "#424a53", "#424a53", "#1f2328"),
    /** An evaluation job. Drawn as a box with a bar at each end. */
    EVALUATION("Evaluation run", "Evaluation run", "#d8f3f0", "#0f6e68", "#0b4f4a", "#1f2328"),
    /** The model artifact itself ({@code model-artifact} in the edges). Drawn dark, with a double border. */
    MODEL_ARTIFACT("Model artifact", "Model artifact",
            "#24292f", "#24292f", "#d0d7de", "#ffffff"),
    /** An id used in an edge that no dataset or job of the lineage describes. Drawn with a dashed outline. */
    NOT_DESCRIBED("Not described", "Id in an edge, not described",
            "#ffffff", "#6e7781", "#57606a", "#1f2328");

    private final String tag;
    private final String legend;
    private final String fill;
    private final String stroke;
    private final String tagColour;
    private final String textColour;

    NodeKind(String tag, String legend, String fill, String stroke, String tagColour, String textColour) {
        this.tag = tag;
        this.legend = legend;
        this.fill = fill;
        this.stroke = stroke;
        this.tagColour = tagColour;
        this.textColour = textColour;
    }

    /** The small text above a node's name; a job's tag names its type instead ({@link LineageNodes}). */
    public String tag() {
        return tag;
    }

    /** The text of the legend entry. */
    public String legend() {
        return legend;
    }

    String fill() {
        return fill;
    }

    String stroke() {
        return stroke;
    }

    String tagColour() {
        return tagColour;
    }

    String textColour() {
        return textColour;
    }
}
