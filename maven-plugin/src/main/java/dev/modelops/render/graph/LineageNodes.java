package dev.modelops.render.graph;

import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.ModelMetadata;
import dev.modelops.render.XmlText;
import dev.modelops.validate.LineageGraphCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boxes and arrows of one model's lineage graph, before they are placed: every dataset and job once (the
 * first description of an id wins, as validation reports the others), every id an edge names without
 * describing it, and the model artifact when an edge leads to or from it; each arrow once. Self-loops are left
 * out (validation reports them, and a box pointing at itself says nothing about where data came from). The order
 * is the order of the lineage files, which keeps the layout stable.
 *
 * <p>A dataset no edge leads into is a raw source, as the lineage rules count it; the model card's datasets
 * (model.yaml {@code datasets[].lineageRef}) add what each was used for. Every text is cleaned for XML
 * ({@link XmlText}); the template escapes it.
 */
final class LineageNodes {

    private static final String SEPARATOR = " \u00b7 ";
    /** The longest version shown as {@code version <version>}. */
    private static final int VERSION_WITH_WORD = 12;

    /**
     * A box: its lineage id, its kind, the tag above its name (a job's names its type, a dataset's adds what the
     * model used it for), its name, the line below (version of a dataset, run of a job), and every detail for its
     * tooltip, one per line.
     */
    record Vertex(String id, NodeKind kind, String tag, String label, String subLabel, String detail) {
    }

    /** An arrow from one box to another, by lineage id. */
    record Link(String from, String to) {
    }

    private final List<Vertex> vertices;
    private final List<Link> links;

    private LineageNodes(List<Vertex> vertices, List<Link> links) {
        this.vertices = List.copyOf(vertices);
        this.links = List.copyOf(links);
    }

    static LineageNodes of(GovernedModel model) {
        Lineage lineage = model.lineage();
        Set<Link> links = new LinkedHashSet<>();
        for (LineageEdge edge : lineage.edges()) {
            if (present(edge.from()) && present(edge.to()) && !edge.from().equals(edge.to())) {
                links.add(new Link(edge.from(), edge.to()));
            }
        }
        Set<String> withInputs = new HashSet<>();
        links.forEach(link -> withInputs.add(link.to()));
        Map<String, List<String>> uses = uses(model.metadata());

        Map<String, Vertex> vertices = new LinkedHashMap<>();
        for (LineageDataset dataset : lineage.datasets()) {
            if (present(dataset.id()) && !vertices.containsKey(dataset.id())) {
                NodeKind kind = withInputs.contains(dataset.id()) ? NodeKind.DERIVED_DATASET : NodeKind.RAW_SOURCE;
                vertices.put(dataset.id(), dataset(dataset, kind, uses.getOrDefault(dataset.id(), List.of())));
            }
        }
        for (LineageJob job : lineage.jobs()) {
            if (present(job.id()) && !vertices.containsKey(job.id())) {
                vertices.put(job.id(), job(job));
            }
        }
        boolean artifactLinked = false;
        for (Link link : links) {
            for (String end : List.of(link.from(), link.to())) {
                if (LineageGraphCheck.MODEL_ARTIFACT.equals(end)) {
                    artifactLinked = true;
                } else if (!vertices.containsKey(end)) {
                    vertices.put(end, notDescribed(end));
                }
            }
        }
        if (artifactLinked) {
            vertices.put(LineageGraphCheck.MODEL_ARTIFACT, artifact(model.metadata()));
        }
        return new LineageNodes(new ArrayList<>(vertices.values()), new ArrayList<>(links));
    }

    List<Vertex> vertices() {
        return vertices;
    }

    List<Link> links() {
        return links;
    }

    boolean isEmpty() {
        return vertices.isEmpty();
    }

    long count(NodeKind kind) {
        return vertices.stream().filter(vertex -> vertex.kind() == kind).count();
    }

    /** What model.yaml says each lineage dataset was used for: training, validation, test, monitoring. */
    private static Map<String, List<String>> uses(ModelMetadata metadata) {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (DatasetUse use : metadata.datasets()) {
            if (present(use.lineageRef()) && present(use.role())) {
                List<String> roles = uses.computeIfAbsent(use.lineageRef(), key -> new ArrayList<>());
                if (!roles.contains(use.role().strip())) {
                    roles.add(use.role().strip());
                }
            }
        }
        return uses;
    }

    private static Vertex dataset(LineageDataset dataset, NodeKind kind, List<String> roles) {
        String name = present(dataset.name()) ? dataset.name() : dataset.id();
        String tag = roles.isEmpty() ? kind.tag() : kind.tag() + SEPARATOR + String.join(", ", roles);
        String below = present(dataset.version()) ? version(dataset.version())
                : differs(dataset.name(), dataset.id()) ? dataset.id() : "";
        Details detail = new Details(kind.tag() + ": " + name)
                .add("id", dataset.id())
                .add("version", dataset.version())
                .add("used for", roles.isEmpty() ? null : String.join(", ", roles))
                .add("source", dataset.source())
                .add("owner", dataset.owner())
                .add("personal data", dataset.pii())
                .add("status", dataset.status());
        return new Vertex(dataset.id(), kind, clean(tag), clean(name), clean(below), detail.text());
    }

    private static Vertex job(LineageJob job) {
        boolean evaluation = "evaluation".equals(job.type());
        NodeKind kind = evaluation ? NodeKind.EVALUATION : NodeKind.JOB;
        String tag = evaluation ? kind.tag() : jobTag(job.type());
        String name = present(job.name()) ? job.name() : job.id();
        String below = present(job.runId()) ? "run " + job.runId().strip()
                : differs(job.name(), job.id()) ? job.id() : "";
        Details detail = new Details(tag + ": " + name)
                .add("id", job.id())
                .add("run", job.runId())
                .add("owner", job.owner())
                .add("code", job.codeRef());
        return new Vertex(job.id(), kind, tag, clean(name), clean(below), detail.text());
    }

    private static String jobTag(String type) {
        if (type == null) {
            return NodeKind.JOB.tag();
        }
        return switch (type) {
            case "training" -> "Training run";
            case "ingest" -> "Ingest job";
            case "transform" -> "Transform job";
            default -> NodeKind.JOB.tag();
        };
    }

    private static Vertex artifact(ModelMetadata metadata) {
        Artifact artifact = metadata.artifact();
        String model = present(metadata.name()) ? metadata.name() : metadata.id();
        String path = artifact == null ? null : artifact.path();
        String label = present(path) ? fileName(path) : model;
        String below = present(metadata.version()) ? version(metadata.version()) : "";
        if (artifact != null && present(artifact.format())) {
            String withFormat = below.isEmpty() ? artifact.format().strip() : below + SEPARATOR + artifact.format().strip();
            below = withFormat.length() <= LineageLayout.SUB_LABEL_CHARACTERS ? withFormat : below;
        }
        Details detail = new Details(NodeKind.MODEL_ARTIFACT.tag() + ": " + model)
                .add("version", metadata.version())
                .add("path", path)
                .add("format", artifact == null ? null : artifact.format())
                .add("SHA-256", artifact == null ? null : artifact.sha256());
        return new Vertex(LineageGraphCheck.MODEL_ARTIFACT, NodeKind.MODEL_ARTIFACT, NodeKind.MODEL_ARTIFACT.tag(),
                clean(label), clean(below), detail.text());
    }

    private static Vertex notDescribed(String id) {
        String detail = NodeKind.NOT_DESCRIBED.tag() + ": " + id
                + "\nAn edge names this id, but no dataset or job of the lineage has it.";
        return new Vertex(id, NodeKind.NOT_DESCRIBED, NodeKind.NOT_DESCRIBED.tag(), clean(id), "", clean(detail));
    }

    /** {@code version 3.2.0}; a long version (a digest, a timestamp) without the word, to leave room for it. */
    private static String version(String version) {
        String text = version.strip();
        return text.length() <= VERSION_WITH_WORD ? "version " + text : text;
    }

    /** True when {@code name} is stated and is not just {@code id} again. */
    private static boolean differs(String name, String id) {
        return present(name) && !name.strip().equals(id);
    }

    private static String fileName(String path) {
        String trimmed = path.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash >= 0 && slash < trimmed.length() - 1 ? trimmed.substring(slash + 1) : trimmed;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String clean(String text) {
        return XmlText.clean(text);
    }

    /** The lines of a tooltip: a heading, then one {@code name: value} line per stated value. */
    private static final class Details {
        private final StringBuilder text;

        Details(String heading) {
            text = new StringBuilder(heading);
        }

        Details add(String name, String value) {
            if (present(value)) {
                text.append('\n').append(name).append(": ").append(value.strip());
            }
            return this;
        }

        String text() {
            return clean(text.toString());
        }
    }
}
