package dev.modelops.mojo;

import dev.modelops.render.CycloneDxBomWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches each model's ML-BOM ({@code bom/<model-id>.cdx.json} of the published report) to the project, so that
 * {@code mvn install} and {@code mvn deploy} publish it next to the project's own artifact: type {@value #TYPE},
 * classifier {@value #CLASSIFIER_PREFIX}{@code <model-id>}, as {@code <artifactId>-<version>-mlbom-<model-id>.json}.
 */
final class BomAttachments {

    /** The artifact type of an attached BOM (its file extension in the repository). */
    static final String TYPE = "json";
    /** The classifier of an attached BOM, followed by the model id. */
    static final String CLASSIFIER_PREFIX = "mlbom-";

    private BomAttachments() {
    }

    /**
     * Attaches the BOM of every model in {@code modelIds} found under {@code outputDirectory}, in the given order.
     *
     * @return the classifiers attached
     */
    static List<String> attach(MavenProjectHelper helper, MavenProject project, Path outputDirectory,
            List<String> modelIds) {
        List<String> classifiers = new ArrayList<>();
        for (String id : modelIds) {
            Path bom = CycloneDxBomWriter.bomFile(outputDirectory, id);
            if (Files.isRegularFile(bom)) {
                String classifier = CLASSIFIER_PREFIX + id;
                helper.attachArtifact(project, TYPE, classifier, bom.toFile());
                classifiers.add(classifier);
            }
        }
        return classifiers;
    }
}
