package dev.modelops.load;

import dev.modelops.model.InvalidInputException;
import java.nio.file.Path;

/**
 * Reads one format of another tool that documents a model (a Hugging Face model card, a Model Card Toolkit JSON
 * file, an MLflow model and run, a CycloneDX ML-BOM) or its lineage (OpenLineage events, a DVC lock file) into
 * the native shape, so that rules and reports work on it unchanged. The loader offers every file of a model
 * folder (outside its {@code evaluations/}, {@code monitoring/} and {@code baseline/} folders, and other than
 * the native model and lineage files) to the importers in order; the first that {@linkplain #canRead can read}
 * a file reads it. Adding a format is adding one implementation. Implementations must be thread-safe.
 */
public interface ModelImporter {

    /**
     * The importer's short name: the kind its files are listed with among a model's inputs, and the key its
     * unknown fields are kept under in {@code extensions} ({@code huggingface}, {@code openlineage} ...).
     */
    String name();

    /**
     * True when this importer handles {@code file}, judged by its name and, where the name is not enough (a
     * {@code .json} file), by its first bytes: {@link ImportContext#head(Path)} gives them cheaply.
     */
    boolean canRead(Path file, ImportContext context);

    /**
     * What {@code file} says about the model. Read the content through {@code file} (its text, once), and any
     * other file the format spreads over (an MLflow run's metrics) through {@code context}, so that every file
     * read is recorded, with its digest, as evidence, and none outside the model folder is opened.
     *
     * <p>Real files are messy: a value that cannot be read is kept as written where it can be (under
     * {@code extensions}) and reported among {@link ImportedModel#warnings()}, which become a finding of the model;
     * only a file that cannot be used at all is an error.
     *
     * @throws InvalidInputException when the file cannot be used at all (not well-formed, not of the format)
     */
    ImportedModel read(SourceFile file, ImportContext context);

    /** The files this importer handles, for messages: {@code "Hugging Face model cards (README.md)"}. */
    String formatDescription();
}
