package dev.modelops.load;

/**
 * The three kinds of metric-result files a model folder holds, all in the evaluation format: where the list of
 * files is written in {@code model.yaml}, the folder read when there is no list, and the kind recorded for each
 * file among the model's inputs.
 */
enum ResultFiles {

    /** Evidence from development and validation: {@code evaluationFiles}, or the files under {@code evaluations/}. */
    EVALUATIONS(ModelMetadataReader.EVALUATION_FILES, ModelInventoryLoader.EVALUATIONS_FOLDER,
            ModelInventoryLoader.KIND_EVALUATION),

    /** Results measured in use: {@code monitoringFiles}, or the files under {@code monitoring/}. */
    MONITORING(ModelMetadataReader.MONITORING_FILES, ModelInventoryLoader.MONITORING_FOLDER,
            ModelInventoryLoader.KIND_MONITORING),

    /** The previously approved version's evaluation: {@code baseline.evaluationFiles}, or {@code baseline/}. */
    BASELINE("/baseline/evaluationFiles", ModelInventoryLoader.BASELINE_FOLDER, ModelInventoryLoader.KIND_BASELINE);

    private final String listPointer;
    private final String defaultFolder;
    private final String inputKind;

    ResultFiles(String listPointer, String defaultFolder, String inputKind) {
        this.listPointer = listPointer;
        this.defaultFolder = defaultFolder;
        this.inputKind = inputKind;
    }

    String listPointer() {
        return listPointer;
    }

    String defaultFolder() {
        return defaultFolder;
    }

    String inputKind() {
        return inputKind;
    }
}
