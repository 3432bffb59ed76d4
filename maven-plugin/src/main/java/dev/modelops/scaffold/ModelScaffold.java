package dev.modelops.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.modelops.load.ProjectFiles;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new model folder, {@code <models directory>/<id>/}, from the shipped templates under
 * {@code templates/scaffold/}: a commented {@code model.yaml} with every field the {@code core} pack checks, an
 * example evaluation ({@code evaluations/example.json}) and a lineage ({@code lineage.yaml}: training data, training
 * job, model). The values to fill in are placeholders starting with
 * {@value dev.modelops.validate.ScaffoldPlaceholders#MARKER}, which the check reports as mistakes until they are
 * replaced, so an unfilled scaffold never passes.
 *
 * <p>The id is checked against the model-id pattern of {@code model.schema.json} before it is put into any file
 * (it is then a plain token that needs no escaping in YAML or JSON). An existing folder is never touched: the files
 * are written into a hidden staging folder beside it, which is renamed into place only when all are written, and
 * the rename fails if the folder appeared meanwhile.
 */
public final class ModelScaffold {

    /** The templates, relative to {@code templates/scaffold/} and to the new folder. */
    public static final List<String> FILES = List.of("model.yaml", "evaluations/example.json", "lineage.yaml");

    private static final String TEMPLATE_ROOT = "modelops/templates/scaffold/";
    private static final String ID_TOKEN = "{{ model.id }}";

    private final Pattern idPattern;
    private final String idExpectation;

    public ModelScaffold() {
        JsonNode id = modelSchema().at("/properties/id");
        this.idPattern = Pattern.compile(id.get("pattern").asText());
        this.idExpectation = id.get("patternErrorMessage").asText();
    }

    /**
     * Writes the folder of model {@code modelId} under {@code modelsDirectory} (created if needed).
     *
     * @param baseDirectory the project's folder, for how paths are shown
     * @return the files written, in {@link #FILES} order
     * @throws ScaffoldRefusedException when the id is not a valid model id or the folder exists; nothing is written
     * @throws IOException when the files cannot be written; nothing is left behind then
     */
    public List<Path> create(Path modelsDirectory, String modelId, Path baseDirectory)
            throws ScaffoldRefusedException, IOException {
        String id = modelId == null ? "" : modelId;
        if (!idPattern.matcher(id).matches()) {
            throw new ScaffoldRefusedException("modelops.model is '" + id + "', which is not a model id; expected "
                    + idExpectation + " (model.schema.json, /properties/id)");
        }
        Path models = modelsDirectory.toAbsolutePath().normalize();
        Path folder = models.resolve(id);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw refusedExisting(folder, baseDirectory);
        }
        Files.createDirectories(models);
        Path staging = models.resolve("." + id + "-scaffold");
        deleteTree(staging);
        List<Path> written = new ArrayList<>();
        try {
            for (String file : FILES) {
                Path target = staging.resolve(file);
                Files.createDirectories(target.getParent());
                Files.writeString(target, template(file).replace(ID_TOKEN, id), StandardCharsets.UTF_8);
                written.add(folder.resolve(file));
            }
            Files.move(staging, folder);
        } catch (FileAlreadyExistsException e) {
            deleteTree(staging);
            throw refusedExisting(folder, baseDirectory);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return List.copyOf(written);
    }

    private ScaffoldRefusedException refusedExisting(Path folder, Path baseDirectory) {
        return new ScaffoldRefusedException("The model folder " + ProjectFiles.displayPath(baseDirectory, folder)
                + " already exists; modelops:init never overwrites a model. Choose another id, or edit the files there");
    }

    private static String template(String file) {
        String resource = TEMPLATE_ROOT + file;
        try (InputStream in = ModelScaffold.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is missing its template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's template " + resource, e);
        }
    }

    private static JsonNode modelSchema() {
        String resource = SchemaValidator.resourceName(SchemaValidator.MODEL);
        try (InputStream in = ModelScaffold.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is missing its schema " + resource);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's schema " + resource, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
