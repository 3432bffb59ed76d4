package dev.modelops.pipeline;

import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.load.ProjectFiles;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.RulePack;
import dev.modelops.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything a run's reports are made from: the plugin build, every setting that changes an output,
 * every input file the run read (each model's files, the rule packs, the waivers file) with its path and SHA-256,
 * and every file of the project's templates folder. Two runs with the same digest write the same bytes, which is
 * what lets a run whose digest matches the published one skip rendering.
 *
 * <p>The digest is taken over a canonical text, one line per item, in an order that depends only on the inputs:
 * lists keep their configured order (the order of packs and rule files shows in the reports), maps are sorted,
 * models come by id and their files in the loader's order. Paths are shown relative to the project, so the digest
 * does not change when the project is checked out elsewhere; the report folder itself is not part of it.
 */
public final class RunDigest {

    private final String text;
    private final String sha256;

    private RunDigest(String text) {
        this.text = text;
        this.sha256 = Sha256.hex(text);
    }

    /** The digest of a run of this plugin build with {@code settings} that produced {@code result}. */
    public static RunDigest of(CheckSettings settings, GovernanceResult result) throws IOException {
        return of(PluginBuild.identity(), settings, result);
    }

    /** The digest with a given plugin identity, so a test can show that a new plugin build changes it. */
    static RunDigest of(String plugin, CheckSettings settings, GovernanceResult result) throws IOException {
        Path base = settings.baseDirectory();
        List<String> lines = new ArrayList<>();
        lines.add("plugin " + quoted(plugin));
        lines.add("project " + quoted(settings.projectName()));
        lines.add("models-directory " + quoted(shown(base, settings.modelsDirectory())));
        settings.packs().forEach(pack -> lines.add("pack " + quoted(pack)));
        settings.ruleFiles().forEach(file -> lines.add("rule-file " + quoted(shown(base, file))));
        settings.overrides().forEach(override -> lines.add("override " + describe(override)));
        lines.add("fail-on-severity " + settings.failOnSeverity().label());
        lines.add("as-of " + settings.asOf());
        lines.add("waivers-file " + quoted(shown(base, settings.waiversFile()))
                + (settings.waiversFileRequired() ? " required" : " if-present"));
        if (settings.importers().isEmpty()) {
            lines.add("importers every-built-in");
        }
        settings.importers().forEach(importer -> lines.add("importer " + quoted(importer)));
        lines.add("pdf " + settings.reports().pdf());
        lines.add("source-prefix " + quoted(settings.reports().sourcePrefix()));
        lines.add("signing-key " + (settings.reports().signingKey() == null ? "none"
                : settings.reports().signingKey().keyId()));
        Path templates = settings.reports().templatesDirectory();
        lines.add("templates-directory " + quoted(shown(base, templates)));
        if (templates != null) {
            for (Map.Entry<String, Path> file : templateFiles(templates).entrySet()) {
                lines.add("template " + quoted(file.getKey()) + " " + ProjectFiles.sha256(file.getValue()));
            }
        }
        for (RulePack pack : result.packs()) {
            lines.add("input " + describe(pack.inputFile()));
        }
        if (result.waiversFile() != null) {
            lines.add("input " + describe(result.waiversFile()));
        }
        List<GovernedModel> models = new ArrayList<>(result.models());
        models.sort((a, b) -> a.id().compareTo(b.id()));
        for (GovernedModel model : models) {
            lines.add("model " + quoted(model.id()));
            model.inputs().forEach(input -> lines.add("input " + describe(input)));
        }
        return new RunDigest(String.join("\n", lines) + "\n");
    }

    /** The SHA-256 as 64 lower-case hexadecimal digits. */
    public String sha256() {
        return sha256;
    }

    /** The canonical text the digest is taken over, one item per line: what to compare to see what changed. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return sha256;
    }

    private static String describe(ProjectOverride override) {
        StringBuilder line = new StringBuilder()
                .append("rule=").append(quoted(override.ruleId()))
                .append(" pack=").append(quoted(override.pack()))
                .append(" enforcement=").append(quoted(override.enforcement()))
                .append(" severity=").append(quoted(override.severity()));
        new TreeMap<>(override.params()).forEach((name, value) ->
                line.append(" param ").append(quoted(name)).append('=').append(quoted(value)));
        return line.toString();
    }

    private static String describe(InputFile input) {
        return quoted(input.kind()) + " " + quoted(input.path()) + " " + input.sha256();
    }

    /** Every regular file under the templates folder, by relative path with forward slashes. */
    private static TreeMap<String, Path> templateFiles(Path folder) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.put(folder.relativize(file).toString().replace('\\', '/'), file));
        }
        return files;
    }

    private static String shown(Path base, Path path) {
        return path == null ? null : ProjectFiles.displayPath(base, path);
    }

    /** A value in double quotes with {@code \}, {@code "} and line breaks escaped, so no value can forge a line. */
    private static String quoted(String value) {
        if (value == null) {
            return "none";
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
