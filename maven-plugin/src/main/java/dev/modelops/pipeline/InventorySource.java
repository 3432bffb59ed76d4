package dev.modelops.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One published results file to put in an inventory: {@code label} names the source in the report (unique in
 * the inventory; {@code groupId:artifactId:version}), {@code coordinates} are its Maven coordinates where known
 * (else null), {@code resultsFile} is where its {@code results.json} is on disk and {@code displayName} how that
 * file is named in messages, {@code reportHref} a link relative to the inventory's folder to the source's own
 * report (else null).
 */
public record InventorySource(String label, String coordinates, Path resultsFile, String displayName,
        String reportHref) {

    public InventorySource {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(resultsFile, "resultsFile");
        displayName = displayName == null ? resultsFile.toString() : displayName;
    }
}
