package dev.modelops.render;

import dev.modelops.model.GovernanceResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one output format of a governance run into a directory. A writer creates only files under
 * {@code outputDirectory}, writes the same bytes for equal results (no clock, no random ids, {@code \n} line
 * endings, {@link java.util.Locale#ROOT}), and may assume the directory exists and is empty: the
 * {@link ReportPublisher} gives it a fresh staging directory and publishes it only when every writer succeeded.
 */
public interface ReportWriter {

    /** A short name of the format for messages, e.g. {@code html}. */
    String name();

    void write(GovernanceResult result, Path outputDirectory) throws IOException;
}
