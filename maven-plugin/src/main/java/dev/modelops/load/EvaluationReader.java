package dev.modelops.load;

import dev.modelops.model.InvalidInputException;
import dev.modelops.model.MetricResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one format of evaluation results into metric results. The native formats are JSON and CSV; a foreign
 * format (an MLflow export, a Hugging Face model card) is one more implementation, tried in order by the
 * loader, the first that {@linkplain #canRead can read} a file wins. Implementations must be thread-safe.
 */
public interface EvaluationReader {

    /** True when this reader handles {@code file}, judged by its name (and, if it must, its first bytes). */
    boolean canRead(Path file);

    /**
     * The file's metric results in file order, each located at the line it came from. Read the content through
     * {@code file} (its text, once), so that the digest recorded for the file is that of what was read.
     *
     * @throws InvalidInputException with every problem found in the file
     */
    List<MetricResult> read(SourceFile file);

    /** The files this reader handles, for messages: {@code "JSON evaluation results (*.json)"}. */
    String formatDescription();
}
