package dev.modelops.mojo;

import dev.modelops.pipeline.InventorySource;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.JsonResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * The published results a reporting module aggregates: the {@code target/modelops/results.json} of every module of
 * the build it depends on ({@link ReactorModules}), and its own if it has one. Each is named by its coordinates,
 * shown by its path relative to the reporting module (never an absolute path: two checkouts of the same sources
 * give the same report) and linked, relatively to the aggregate's folder, to the module's own report. A module
 * without {@code results.json} is listed as skipped, for a warning.
 */
final class AggregateSources {

    /** Where a module's check writes its report, under its build directory. */
    static final String MODULE_REPORT_FOLDER = "modelops";

    record Collected(List<InventorySource> sources, List<MavenProject> skipped) {
        Collected {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }
    }

    private AggregateSources() {
    }

    static Collected collect(MavenProject project, List<MavenProject> reactor, Path outputDirectory) {
        List<MavenProject> modules = new ArrayList<>(ReactorModules.dependedOn(project, reactor));
        List<InventorySource> sources = new ArrayList<>();
        List<MavenProject> skipped = new ArrayList<>();
        Path aggregate = outputDirectory.toAbsolutePath().normalize();
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        for (MavenProject module : modules) {
            InventorySource source = source(module, base, aggregate);
            if (source == null) {
                skipped.add(module);
            } else {
                sources.add(source);
            }
        }
        InventorySource own = source(project, base, aggregate);
        if (own != null) {
            sources.add(own);
        }
        return new Collected(sources, skipped);
    }

    /** The module's results folder: {@code <build directory>/modelops}. */
    static Path reportFolder(MavenProject module) {
        return Path.of(module.getBuild().getDirectory()).resolve(MODULE_REPORT_FOLDER).toAbsolutePath().normalize();
    }

    private static InventorySource source(MavenProject module, Path base, Path aggregate) {
        Path folder = reportFolder(module);
        Path results = folder.resolve(JsonResultsWriter.FILE_NAME);
        if (!Files.isRegularFile(results)) {
            return null;
        }
        Path index = folder.resolve(HtmlReportWriter.INDEX_FILE);
        String coordinates = ReactorModules.coordinates(module);
        return new InventorySource(coordinates, coordinates, results, slashes(base.relativize(results)),
                Files.isRegularFile(index) ? slashes(aggregate.relativize(index)) : null);
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
