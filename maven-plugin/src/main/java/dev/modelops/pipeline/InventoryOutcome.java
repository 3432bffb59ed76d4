package dev.modelops.pipeline;

import dev.modelops.model.Inventory;
import dev.modelops.render.InventoryFigures;
import java.nio.file.Path;

/** What an inventory run produced: the inventory, its figures (for the log) and where its page is. */
public record InventoryOutcome(Inventory inventory, InventoryFigures figures, Path indexHtml) {
}
