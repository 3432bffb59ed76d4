package dev.modelops.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.load.imports.CycloneDxImporter;
import dev.modelops.model.Artifact;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Sha256;
import dev.modelops.model.Vendor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.AttachmentText;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.data.Governance;
import org.cyclonedx.model.component.data.Graphics;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.util.LicenseResolver;

/**
 * Writes one CycloneDX 1.6 ML-BOM per model, {@value #FOLDER}/{@code <model-id>}{@value #SUFFIX}, with the CycloneDX
 * library: the model as a component of type {@code machine-learning-model} (name, version, description, licence,
 * the artifact's digests and where it is, the vendor as supplier) with its {@code modelCard} (task and datasets,
 * every evaluation result with its slice and confidence interval, the graphics, and the considerations: intended
 * use, limitations, out-of-scope uses and ethical considerations), and each dataset of the model's lineage as a
 * component of type {@code data} (digests, licence, source, owner, role). What CycloneDX has no field for is written
 * as {@code modelops:} properties, which {@link CycloneDxImporter} reads back.
 *
 * <p>Reproducible: the serial number is a name-based UUID of the model id, its version and the digests of the files
 * it was read from; the timestamp is the run's "as of" instant; components, metrics and properties keep the order of
 * the model's files. Printed with two-space indentation and {@code \n} line endings. The tests check every BOM
 * they write against the CycloneDX 1.6 JSON schema the library bundles; a build does not (loading that schema
 * costs a second and logs the library's own keyword warnings in the user's build).
 */
public final class CycloneDxBomWriter implements ReportWriter {

    /** The folder of the BOMs, under the output directory. */
    public static final String FOLDER = "bom";
    /** How a BOM's file name ends: {@code <model-id>.cdx.json}. */
    public static final String SUFFIX = ".cdx.json";
    /** The specification version written. */
    public static final Version SPEC_VERSION = Version.VERSION_16;

    private static final String PLUGIN_GROUP = "dev.modelops";
    private static final String PLUGIN_NAME = "modelops-maven-plugin";

    private final ObjectWriter writer;

    public CycloneDxBomWriter() {
        this.writer = JsonPrinting.writer();
    }

    @Override
    public String name() {
        return "cyclonedx";
    }

    /** Where the BOM of model {@code modelId} is under the output directory {@code outputDirectory}. */
    public static Path bomFile(Path outputDirectory, String modelId) {
        return outputDirectory.resolve(FOLDER).resolve(modelId + SUFFIX);
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        ReportContent content = ReportContent.of(result);
        if (content.models().isEmpty()) {
            return;
        }
        Files.createDirectories(outputDirectory.resolve(FOLDER));
        Generator generator = new Generator();
        for (GovernedModel model : content.models()) {
            JsonNode bom = generator.toJson(bom(model, result.asOf()));
            byte[] json = writer.writeValueAsBytes(bom);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            Files.write(bomFile(outputDirectory, model.id()), withNewline);
        }
    }

    /**
     * The BOM of {@code model} as the JSON document written. The library writes an absent governance contact as
     * {@code "contact": null}, which the schema refuses (a responsible party is an organisation or a contact); the
     * schema has no null anywhere, so nulls are left out.
     */
    JsonNode toJson(GovernedModel model, Instant asOf) {
        return new Generator().toJson(bom(model, asOf));
    }

    /**
     * The library's JSON generator, made once per run: each generator sets up its own object mapper, which costs
     * milliseconds, far more than turning one BOM into JSON. The library stamps {@code bomFormat} and
     * {@code specVersion} on the BOM it was made with only, so they are put first here. Not thread-safe: one per
     * {@link #write} call.
     */
    private static final class Generator extends BomJsonGenerator {
        Generator() {
            super(new Bom(), SPEC_VERSION);
        }

        JsonNode toJson(Bom next) {
            this.bom = next;
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("bomFormat", "CycloneDX");
            json.put("specVersion", SPEC_VERSION.getVersionString());
            toJsonNode().fields().forEachRemaining(field -> {
                if (!json.has(field.getKey())) {
                    json.set(field.getKey(), field.getValue());
                }
            });
            return withoutNulls(json);
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    empty.add(field.getKey());
                } else {
                    withoutNulls(field.getValue());
                }
            });
            object.remove(empty);
        } else if (node instanceof ArrayNode array) {
            array.forEach(CycloneDxBomWriter::withoutNulls);
        }
        return node;
    }

    /** The BOM of {@code model}: the model component first, then its lineage datasets in lineage order. */
    Bom bom(GovernedModel model, Instant asOf) {
        Bom bom = new Bom();
        bom.setSerialNumber(serialNumber(model));
        bom.setVersion(1);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(asOf));
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setGroup(PLUGIN_GROUP);
        tool.setName(PLUGIN_NAME);
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        bom.setMetadata(metadata);

        Map<String, String> datasetRefs = datasetRefs(model);
        List<Component> components = new ArrayList<>();
        components.add(modelComponent(model, datasetRefs));
        for (LineageDataset dataset : model.lineage().datasets()) {
            components.add(dataComponent(dataset, datasetRefs.get(dataset.id()), roles(model, dataset.id())));
        }
        bom.setComponents(components);
        return bom;
    }

    /**
     * {@code urn:uuid:} of a name-based UUID of the model id, its version and the digests of its inputs: the same
     * inputs give the same serial number, a changed file a new one.
     */
    static String serialNumber(GovernedModel model) {
        StringBuilder name = new StringBuilder("modelops-maven-plugin ML-BOM\n")
                .append(model.id()).append('\n')
                .append(model.metadata().version() == null ? "" : model.metadata().version()).append('\n');
        for (InputFile input : model.inputs()) {
            name.append(input.kind()).append(' ').append(input.path()).append(' ').append(input.sha256()).append('\n');
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(Sha256.of(name.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The bom-ref of each lineage dataset: its id, unless that is the model's own id. */
    private static Map<String, String> datasetRefs(GovernedModel model) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (LineageDataset dataset : model.lineage().datasets()) {
            refs.put(dataset.id(), dataset.id().equals(model.id()) ? "data:" + dataset.id() : dataset.id());
        }
        return refs;
    }

    private static Component modelComponent(GovernedModel model, Map<String, String> datasetRefs) {
        ModelMetadata metadata = model.metadata();
        Component component = new Component();
        component.setType(Component.Type.MACHINE_LEARNING_MODEL);
        component.setBomRef(model.id());
        component.setName(metadata.name());
        component.setVersion(metadata.version());
        component.setDescription(metadata.description());
        component.setLicenses(licenses(metadata.license()));
        Vendor vendor = metadata.vendor();
        List<Property> properties = new ArrayList<>();
        if (vendor != null) {
            OrganizationalEntity supplier = new OrganizationalEntity();
            supplier.setName(vendor.name());
            component.setSupplier(supplier);
            addProperty(properties, "modelops:vendor.product", vendor.product());
            addProperty(properties, "modelops:vendor.contract", vendor.contract());
        }
        addProperty(properties, "modelops:id", model.id());
        addProperty(properties, "modelops:type", metadata.type());
        addProperty(properties, "modelops:riskTier", metadata.riskTier());
        addProperty(properties, "modelops:status", metadata.status());
        Artifact artifact = metadata.artifact();
        if (artifact != null) {
            component.setHashes(hashes(artifact.sha256(), artifact.md5()));
            if (isUri(artifact.path())) {
                ExternalReference distribution = new ExternalReference();
                distribution.setType(ExternalReference.Type.DISTRIBUTION);
                distribution.setUrl(artifact.path());
                distribution.setHashes(hashes(artifact.sha256(), artifact.md5()));
                component.setExternalReferences(List.of(distribution));
            } else {
                addProperty(properties, "modelops:artifact.path", artifact.path());
            }
            addProperty(properties, "modelops:artifact.format", artifact.format());
        }
        component.setProperties(properties.isEmpty() ? null : properties);
        component.setModelCard(modelCard(model, datasetRefs));
        return component;
    }

    private static ModelCard modelCard(GovernedModel model, Map<String, String> datasetRefs) {
        ModelMetadata metadata = model.metadata();
        ModelCard card = new ModelCard();

        ModelParameters parameters = new ModelParameters();
        parameters.setTask(metadata.task());
        List<DatasetChoice> datasets = new ArrayList<>();
        for (DatasetUse use : metadata.datasets()) {
            DatasetChoice choice = new DatasetChoice();
            String ref = use.lineageRef() == null ? null : datasetRefs.get(use.lineageRef());
            if (ref != null) {
                if (datasets.stream().anyMatch(d -> ref.equals(d.getRef()))) {
                    continue;
                }
                choice.setRef(ref);
            } else {
                ComponentData inline = new ComponentData();
                inline.setType(ComponentData.ComponentDataType.DATASET);
                inline.setName(use.name());
                inline.setDescription(use.description());
                choice.setComponentData(inline);
            }
            datasets.add(choice);
        }
        parameters.setDatasets(datasets.isEmpty() ? null : datasets);
        if (parameters.getTask() != null || parameters.getDatasets() != null) {
            card.setModelParameters(parameters);
        }

        List<PerformanceMetric> metrics = new ArrayList<>();
        for (MetricResult result : model.evaluations()) {
            PerformanceMetric metric = new PerformanceMetric();
            metric.setType(result.metric());
            metric.setValue(Formats.exact(result.value()));
            metric.setSlice(result.slice().isEmpty() ? null : sliceText(result));
            if (result.confidenceInterval() != null) {
                PerformanceMetric.ConfidenceInterval interval = new PerformanceMetric.ConfidenceInterval();
                interval.setLowerBound(Formats.exact(result.confidenceInterval().lower()));
                interval.setUpperBound(Formats.exact(result.confidenceInterval().upper()));
                metric.setConfidenceInterval(interval);
            }
            metrics.add(metric);
        }
        List<Graphics.Graphic> pictures = new ArrayList<>();
        for (dev.modelops.model.Graphic graphic : model.graphics()) {
            Graphics.Graphic picture = new Graphics.Graphic();
            picture.setName(graphic.name());
            AttachmentText image = new AttachmentText();
            image.setContentType(graphic.mediaType());
            image.setEncoding("base64");
            image.setText(graphic.base64());
            picture.setImage(image);
            pictures.add(picture);
        }
        if (!metrics.isEmpty() || !pictures.isEmpty()) {
            QuantitativeAnalysis analysis = new QuantitativeAnalysis();
            analysis.setPerformanceMetrics(metrics.isEmpty() ? null : metrics);
            if (!pictures.isEmpty()) {
                Graphics graphics = new Graphics();
                graphics.setCollection(pictures);
                analysis.setGraphics(graphics);
            }
            card.setQuantitativeAnalysis(analysis);
        }

        Considerations considerations = new Considerations();
        if (metadata.intendedUse() != null && !metadata.intendedUse().isBlank()) {
            considerations.setUseCases(List.of(metadata.intendedUse()));
        }
        List<String> limitations = new ArrayList<>(metadata.limitations());
        metadata.outOfScopeUses().forEach(use -> limitations.add(CycloneDxImporter.OUT_OF_SCOPE_PREFIX + use));
        considerations.setTechnicalLimitations(limitations.isEmpty() ? null : limitations);
        List<Risk> risks = new ArrayList<>();
        for (String consideration : metadata.ethicalConsiderations()) {
            Risk risk = new Risk();
            risk.setName(consideration);
            risks.add(risk);
        }
        considerations.setEthicalConsiderations(risks.isEmpty() ? null : risks);
        if (considerations.getUseCases() != null || considerations.getTechnicalLimitations() != null
                || considerations.getEthicalConsiderations() != null) {
            card.setConsiderations(considerations);
        }
        return card;
    }

    /** {@code age_band=18-25;region=north}: the slice as the native CSV writes it, which the importer reads back. */
    private static String sliceText(MetricResult result) {
        StringBuilder text = new StringBuilder();
        result.slice().forEach((feature, value) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(feature).append('=').append(value);
        });
        return text.toString();
    }

    private static Component dataComponent(LineageDataset dataset, String ref, List<String> roles) {
        Component component = new Component();
        component.setType(Component.Type.DATA);
        component.setBomRef(ref);
        component.setName(dataset.name() == null || dataset.name().isBlank() ? dataset.id() : dataset.name());
        component.setVersion(dataset.version());
        component.setDescription(dataset.description());
        component.setHashes(hashes(dataset.sha256(), dataset.md5()));
        component.setLicenses(licenses(dataset.license()));
        List<Property> properties = new ArrayList<>();
        roles.forEach(role -> addProperty(properties, CycloneDxImporter.ROLE_PROPERTY, role));
        addProperty(properties, CycloneDxImporter.PII_PROPERTY, dataset.pii());
        addProperty(properties, CycloneDxImporter.STATUS_PROPERTY, dataset.status());
        addProperty(properties, CycloneDxImporter.LEGAL_BASIS_PROPERTY, dataset.legalBasis());
        addProperty(properties, CycloneDxImporter.MASKED_PROPERTY,
                dataset.masked() == null ? null : dataset.masked().toString());
        ComponentData data = new ComponentData();
        data.setType(ComponentData.ComponentDataType.DATASET);
        data.setName(component.getName());
        boolean described = false;
        if (dataset.source() != null && !dataset.source().isBlank()) {
            if (isUri(dataset.source())) {
                Content contents = new Content();
                contents.setUrl(dataset.source());
                data.setContents(contents);
                described = true;
            } else {
                addProperty(properties, CycloneDxImporter.SOURCE_PROPERTY, dataset.source());
            }
        }
        if (dataset.owner() != null && !dataset.owner().isBlank()) {
            OrganizationalEntity organization = new OrganizationalEntity();
            organization.setName(dataset.owner());
            Governance.DataGovernanceResponsibleParty owner = new Governance.DataGovernanceResponsibleParty();
            owner.setOrganization(organization);
            Governance governance = new Governance();
            governance.setOwners(List.of(owner));
            data.setGovernance(governance);
            described = true;
        }
        component.setData(described ? List.of(data) : null);
        component.setProperties(properties.isEmpty() ? null : properties);
        return component;
    }

    /** The roles the model's declared datasets give the lineage dataset {@code id}, in declaration order. */
    private static List<String> roles(GovernedModel model, String id) {
        List<String> roles = new ArrayList<>();
        for (DatasetUse use : model.metadata().datasets()) {
            if (id.equals(use.lineageRef()) && use.role() != null && !roles.contains(use.role())) {
                roles.add(use.role());
            }
        }
        return roles;
    }

    private static List<Hash> hashes(String sha256, String md5) {
        List<Hash> hashes = new ArrayList<>();
        if (sha256 != null) {
            hashes.add(new Hash(Hash.Algorithm.SHA_256, sha256));
        }
        if (md5 != null) {
            hashes.add(new Hash(Hash.Algorithm.MD5, md5));
        }
        return hashes.isEmpty() ? null : hashes;
    }

    /**
     * The licence: an SPDX expression when it joins licences with AND, OR or WITH; an SPDX id when it is one
     * (spelt canonically); otherwise a named licence, such as {@code proprietary}.
     */
    private static LicenseChoice licenses(String license) {
        if (license == null || license.isBlank()) {
            return null;
        }
        LicenseChoice choice = new LicenseChoice();
        if (license.matches(".*\\s(AND|OR|WITH)\\s.*")) {
            Expression expression = new Expression();
            expression.setValue(license);
            choice.setExpression(expression);
            return choice;
        }
        License single = new License();
        String spdx = spdxId(license);
        if (spdx != null) {
            single.setId(spdx);
        } else {
            single.setName(license);
        }
        choice.addLicense(single);
        return choice;
    }

    /** SPDX ids by the licence texts met: the library's lookup reads its licence list each time. */
    private static final Map<String, Optional<String>> SPDX_IDS = new ConcurrentHashMap<>();

    private static String spdxId(String license) {
        return SPDX_IDS.computeIfAbsent(license, text -> Optional.ofNullable(lookUpSpdxId(text))).orElse(null);
    }

    private static String lookUpSpdxId(String license) {
        try {
            LicenseChoice resolved = LicenseResolver.resolve(license.strip(), false);
            if (resolved != null && resolved.getLicenses() != null && resolved.getLicenses().size() == 1) {
                String id = resolved.getLicenses().get(0).getId();
                if (id != null && id.toLowerCase(Locale.ROOT).equals(license.strip().toLowerCase(Locale.ROOT))) {
                    return id;
                }
            }
        } catch (RuntimeException e) {
            // Not a licence the SPDX list knows: written as a named licence.
        }
        return null;
    }

    /** True for a text the schema accepts as a URL (an IRI reference): {@code artifacts/m.onnx}, {@code s3://...}. */
    private static boolean isUri(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void addProperty(List<Property> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.add(new Property(name, value));
        }
    }
}
