package dev.modelops.load;

import dev.modelops.model.SourceLocation;

/**
 * A file named inside an input file, such as an entry of {@code evaluationFiles} in model.yaml: the path as
 * written and where it was written, so that a missing or unsafe path is reported at the line that names it.
 */
public record FileReference(String path, SourceLocation location) {
}
