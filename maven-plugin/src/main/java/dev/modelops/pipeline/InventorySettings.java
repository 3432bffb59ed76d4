package dev.modelops.pipeline;

import dev.modelops.render.ReportOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What an inventory across projects is made of: its title, the instant it is dated with ({@code null}: the latest
 * "as of" of its sources, so that equal sources always give an equal inventory without a clock), the published
 * results to read, where to write it, and how (PDF or not, the project's own templates).
 */
public record InventorySettings(String title, Instant asOf, List<InventorySource> sources, Path outputDirectory,
        ReportOptions reports) {

    public InventorySettings {
        sources = List.copyOf(sources);
    }
}
