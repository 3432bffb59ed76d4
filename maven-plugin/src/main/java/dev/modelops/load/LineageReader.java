package dev.modelops.load;

import dev.modelops.model.InvalidInputException;
import java.nio.file.Path;

/**
 * Reads one format of lineage into a {@link LineageDocument}. The native format is lineage.yaml / lineage.json;
 * a foreign one (OpenLineage events) is one more implementation, tried in order by the loader, the first that
 * {@linkplain #canRead can read} a file wins. Implementations must be thread-safe.
 */
public interface LineageReader {

    /** True when this reader handles {@code file}, judged by its name (and, if it must, its first bytes). */
    boolean canRead(Path file);

    /**
     * The file's lineage, with locations for its nodes and edges. Read the content through {@code file} (its
     * text, once), so that the digest recorded for the file is that of what was read.
     *
     * @throws InvalidInputException with every problem found in the file
     */
    LineageDocument read(SourceFile file);

    /** The files this reader handles, for messages: {@code "modelops lineage (*.yaml, *.yml, *.json)"}. */
    String formatDescription();
}
