package dev.modelops.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Finds templates in the project's own templates folder ({@code modelops.templatesDirectory}) before the shipped
 * ones: a file there replaces the shipped file of the same relative path, and only that file. Every page is made
 * of small files (each card section under {@code html/card/}, each report section under {@code html/report/},
 * the logo and organisation name in {@code html/fragments/branding.html}), so changing the logo or one section
 * means copying one small file, not the templates. A name with no file there falls through to the shipped
 * templates.
 *
 * <p>The same XML mode, encoding and line-ending normalisation as the shipped templates apply: a custom template
 * must be well-formed XHTML, since the PDF is printed from it too.
 */
final class ProjectTemplateResolver extends FileTemplateResolver {

    /** The style sheet of the project, added after the shipped one in the HTML and the PDF. */
    static final String CUSTOM_CSS = "css/custom.css";

    ProjectTemplateResolver(Path templatesDirectory) {
        ShippedTemplateResolver.configure(this, templatesDirectory.toAbsolutePath().normalize() + "/", 1);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
            String template, String resourceName, String characterEncoding, Map<String, Object> attributes) {
        ITemplateResource resource = super.computeTemplateResource(configuration, ownerTemplate, template,
                resourceName, characterEncoding, attributes);
        return resource == null ? null : new ShippedTemplateResolver.UnixLineEndings(resource);
    }

    /** The text of {@value #CUSTOM_CSS} in {@code templatesDirectory}, or {@code null} when there is none. */
    static String customStyleSheet(Path templatesDirectory) throws IOException {
        Path file = templatesDirectory.resolve(CUSTOM_CSS);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return ShippedTemplateResolver.normalizeLineEndings(Files.readString(file, StandardCharsets.UTF_8));
    }
}
