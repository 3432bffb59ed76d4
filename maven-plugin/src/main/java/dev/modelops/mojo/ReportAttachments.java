package dev.modelops.mojo;

import dev.modelops.render.CycloneDxBomWriter;
import dev.modelops.render.JsonResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches the machine-readable files of the published report to the project, so that {@code mvn install} and
 * {@code mvn deploy} publish them next to the project's own artifact, all of type {@value #TYPE}:
 * {@code results.json} with classifier {@value #RESULTS_CLASSIFIER} (as
 * {@code <artifactId>-<version>-modelops-results.json}, what {@code modelops:inventory} resolves), and each
 * model's ML-BOM ({@code bom/<model-id>.cdx.json}) with classifier {@value #BOM_CLASSIFIER_PREFIX}{@code <model-id>}
 * (as {@code <artifactId>-<version>-mlbom-<model-id>.json}).
 */
final class ReportAttachments {

    /** The artifact type of every attachment (its file extension in the repository). */
    static final String TYPE = "json";
    /** The classifier of the attached {@code results.json}. */
    static final String RESULTS_CLASSIFIER = "modelops-results";
    /** The classifier of an attached BOM, followed by the model id. */
    static final String BOM_CLASSIFIER_PREFIX = "mlbom-";

    private ReportAttachments() {
    }

    /**
     * Attaches {@code results.json} of the report in {@code outputDirectory}, if it is there.
     *
     * @return the classifier attached, or null when there was no file to attach
     */
    static String attachResults(MavenProjectHelper helper, MavenProject project, Path outputDirectory) {
        Path results = outputDirectory.resolve(JsonResultsWriter.FILE_NAME);
        if (!Files.isRegularFile(results)) {
            return null;
        }
        helper.attachArtifact(project, TYPE, RESULTS_CLASSIFIER, results.toFile());
        return RESULTS_CLASSIFIER;
    }

    /**
     * Attaches the BOM of every model in {@code modelIds} found under {@code outputDirectory}, in the given order.
     *
     * @return the classifiers attached
     */
    static List<String> attachBoms(MavenProjectHelper helper, MavenProject project, Path outputDirectory,
            List<String> modelIds) {
        List<String> classifiers = new ArrayList<>();
        for (String id : modelIds) {
            Path bom = CycloneDxBomWriter.bomFile(outputDirectory, id);
            if (Files.isRegularFile(bom)) {
                String classifier = BOM_CLASSIFIER_PREFIX + id;
                helper.attachArtifact(project, TYPE, classifier, bom.toFile());
                classifiers.add(classifier);
            }
        }
        return classifiers;
    }
}
