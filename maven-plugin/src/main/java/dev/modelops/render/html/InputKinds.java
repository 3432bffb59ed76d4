package dev.modelops.render.html;

import java.util.Locale;
import java.util.Map;

/**
 * What an input file is, in the words of the evidence table. The native kinds ({@code model}, {@code evaluation},
 * {@code lineage}, ...) read as they are; a file read by an importer is named after its tool and format
 * ({@code huggingface}: "Hugging Face model card"), and the importer's name is kept beside it, since it is also
 * the key of the file's unknown fields under Extensions. A kind not listed here is shown as it is.
 */
final class InputKinds {

    private static final String HUGGING_FACE = "Hugging Face model card";
    private static final String MODEL_CARD_TOOLKIT = "Model Card Toolkit model card";

    /** The importer names of the built-in importers (and the spellings a reader might expect) and their labels. */
    private static final Map<String, String> IMPORTED = Map.ofEntries(
            Map.entry("huggingface", HUGGING_FACE),
            Map.entry("hugging-face", HUGGING_FACE),
            Map.entry("model-card-toolkit", MODEL_CARD_TOOLKIT),
            Map.entry("modelcardtoolkit", MODEL_CARD_TOOLKIT),
            Map.entry("mct", MODEL_CARD_TOOLKIT),
            Map.entry("openlineage", "OpenLineage run event"),
            Map.entry("mlflow", "MLflow model or run metadata"),
            Map.entry("dvc", "DVC pipeline, lock or metrics file"),
            Map.entry("cyclonedx", "CycloneDX ML-BOM"));

    private InputKinds() {
    }

    /** The words for {@code kind}: the label of an imported format, or the kind itself. */
    static String label(String kind) {
        String label = kind == null ? null : IMPORTED.get(kind.strip().toLowerCase(Locale.ROOT));
        return label != null ? label : PageText.cell(kind);
    }

    /** The importer that read a file of {@code kind}, or "" for the native formats and unknown kinds. */
    static String importer(String kind) {
        return kind != null && IMPORTED.containsKey(kind.strip().toLowerCase(Locale.ROOT)) ? PageText.t(kind.strip()) : "";
    }
}
