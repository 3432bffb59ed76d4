package dev.modelops.pipeline;

import dev.modelops.load.PublishedResultsReader;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Inventory;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.SourceLocation;
import dev.modelops.render.InventoryFigures;
import dev.modelops.render.InventoryPublisher;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One inventory across projects: read every source's published {@code results.json} (reporting the problems of
 * all of them at once), refuse a source named twice, then publish the inventory (HTML, JSON, PDF) all at once.
 * Shared by {@code modelops:aggregate} (the modules of a build) and {@code modelops:inventory} (projects resolved
 * from a repository). A new instance per run; nothing is shared between runs.
 */
public final class InventoryReport {

    /**
     * @throws InvalidInputException listing every unreadable or invalid results file and every source named twice;
     *     nothing is written then
     * @throws IOException when the inventory cannot be written; the previous one is left as it was
     */
    public InventoryOutcome run(InventorySettings settings) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, InventorySource> byLabel = new HashMap<>();
        List<Inventory.Source> sources = new ArrayList<>();
        PublishedResultsReader reader = new PublishedResultsReader();
        List<InventorySource> ordered = settings.sources().stream()
                .sorted(Comparator.comparing(InventorySource::label)).toList();
        for (InventorySource source : ordered) {
            InventorySource earlier = byLabel.putIfAbsent(source.label(), source);
            if (earlier != null) {
                problems.add(new InputProblem(SourceLocation.of(source.displayName()),
                        "the source " + source.label() + " a second time (first from " + earlier.displayName() + ")",
                        "each project once in an inventory"));
                continue;
            }
            try {
                PublishedResults results = reader.read(source.resultsFile(), source.displayName());
                sources.add(new Inventory.Source(source.label(), source.coordinates(), source.reportHref(), results));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant asOf = settings.asOf() != null ? settings.asOf()
                : sources.stream().map(source -> source.results().asOf()).max(Comparator.naturalOrder())
                        .orElse(Instant.EPOCH);
        Inventory inventory = new Inventory(settings.title(), asOf, sources);
        java.nio.file.Path index = new InventoryPublisher(settings.reports()).publish(inventory, settings.outputDirectory());
        return new InventoryOutcome(inventory, InventoryFigures.of(inventory), index);
    }
}
