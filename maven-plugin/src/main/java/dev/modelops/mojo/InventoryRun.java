package dev.modelops.mojo;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.pipeline.InventoryOutcome;
import dev.modelops.pipeline.InventoryReport;
import dev.modelops.pipeline.InventorySettings;
import dev.modelops.render.InventoryFigures;
import dev.modelops.render.InventoryJsonWriter;
import dev.modelops.render.html.InventoryPageFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code modelops:aggregate} and {@code modelops:inventory} share once they know their sources: run the
 * inventory, say in the log where it is and what it found, and turn an unusable results file into the user's
 * mistake (no stack trace) and a failure to write into the plugin's.
 */
final class InventoryRun {

    private InventoryRun() {
    }

    static InventoryOutcome publish(String goal, InventorySettings settings, Log log)
            throws MojoExecutionException, MojoFailureException {
        InventoryOutcome outcome;
        try {
            outcome = new InventoryReport().run(settings);
        } catch (InvalidInputException e) {
            StringBuilder message = new StringBuilder("modelops:").append(goal)
                    .append(" cannot use the published results as written (").append(e.problems().size())
                    .append(e.problems().size() == 1 ? " problem):" : " problems):");
            for (InputProblem problem : e.problems()) {
                message.append("\n  ").append(problem.describe());
            }
            message.append("\nNo inventory was written.");
            throw new MojoFailureException(message.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("modelops:" + goal + " could not write the inventory: " + e.getMessage(), e);
        }
        InventoryFigures figures = outcome.figures();
        log.info("Inventory of " + count(outcome.inventory().sources().size(), "project", "projects") + ", "
                + count(figures.models().size(), "model", "models") + ": "
                + count(figures.blockingModels().size(), "model", "models") + " blocking release, "
                + count(figures.blocking(), "blocking violation", "blocking violations") + ", "
                + count(figures.warnings(), "warning", "warnings") + ", " + figures.waived() + " waived");
        for (InventoryFigures.ModelFigures model : figures.blockingModels()) {
            log.warn("Blocking release: " + model.model().id() + " of " + model.source().label() + " ("
                    + count(model.blocking(), "blocking violation", "blocking violations") + ")");
        }
        log.info("Inventory report: " + outcome.indexHtml());
        if (settings.reports().pdf()) {
            log.info("Inventory report (PDF/A): " + outcome.indexHtml().resolveSibling(InventoryPageFactory.PDF_FILE));
        }
        log.info("Machine-readable inventory: " + outcome.indexHtml().resolveSibling(InventoryJsonWriter.FILE_NAME));
        return outcome;
    }

    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
