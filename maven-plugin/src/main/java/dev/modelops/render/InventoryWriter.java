package dev.modelops.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one output format of an inventory across projects into a directory, under the same contract as a
 * {@link ReportWriter}: only files under {@code outputDirectory}, equal bytes for equal inventories, into an empty
 * staging directory that the {@link InventoryPublisher} publishes only when every writer succeeded.
 */
public interface InventoryWriter {

    /** A short name of the format for messages, e.g. {@code html}. */
    String name();

    void write(InventoryFigures figures, Path outputDirectory) throws IOException;
}
