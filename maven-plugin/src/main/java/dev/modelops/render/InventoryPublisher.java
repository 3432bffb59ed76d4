package dev.modelops.render;

import dev.modelops.model.Inventory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes an inventory across projects all at once or not at all ({@link StagedPublication}):
 * {@code index.html} with its style sheet, {@code inventory.json} and, unless switched off, {@code inventory.pdf}.
 */
public final class InventoryPublisher {

    private final List<InventoryWriter> writers;

    public InventoryPublisher(ReportOptions options) {
        InventoryHtmlWriter html = new InventoryHtmlWriter(options);
        List<InventoryWriter> list = new ArrayList<>(List.of(html, new InventoryJsonWriter()));
        if (options.pdf()) {
            list.add(new InventoryPdfWriter(html));
        }
        this.writers = List.copyOf(list);
    }

    /**
     * Writes every format of {@code inventory} and replaces {@code outputDirectory} with them.
     *
     * @return {@code outputDirectory/index.html}
     * @throws IOException when a writer or the swap failed; {@code outputDirectory} is then as it was before
     */
    public Path publish(Inventory inventory, Path outputDirectory) throws IOException {
        InventoryFigures figures = InventoryFigures.of(inventory);
        Path target = StagedPublication.publish(outputDirectory, staging -> {
            for (InventoryWriter writer : writers) {
                try {
                    writer.write(figures, staging);
                } catch (IOException e) {
                    throw new IOException("Cannot write the " + writer.name() + " inventory: " + e.getMessage()
                            + "; the previous inventory in " + outputDirectory.toAbsolutePath().normalize()
                            + " is unchanged", e);
                }
            }
        });
        return target.resolve(InventoryHtmlWriter.INDEX_FILE);
    }
}
