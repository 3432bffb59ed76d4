package dev.modelops.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Finds the templates shipped in the plugin under {@link HtmlReportWriter#TEMPLATE_ROOT} (XML mode, UTF-8, cached)
 * and hands them to Thymeleaf with {@code \n} line endings, whatever a Git checkout on Windows made of them:
 * the output is byte-identical on every OS without post-processing every page.
 */
final class ShippedTemplateResolver extends ClassLoaderTemplateResolver {

    ShippedTemplateResolver() {
        super(ShippedTemplateResolver.class.getClassLoader());
        configure(this, HtmlReportWriter.TEMPLATE_ROOT, 2);
    }

    /**
     * What every resolver of the report's templates shares: {@code <prefix><name>.html}, XML mode, UTF-8, cached,
     * a missing file handed on to the resolver of the next {@code order}.
     */
    static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
            String template, String resourceName, String characterEncoding, Map<String, Object> attributes) {
        ITemplateResource resource = super.computeTemplateResource(configuration, ownerTemplate, template,
                resourceName, characterEncoding, attributes);
        return resource == null ? null : new UnixLineEndings(resource);
    }

    /** Turns CRLF and CR line endings into LF. */
    static String normalizeLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static final class UnixLineEndings implements ITemplateResource {
        private final ITemplateResource resource;

        UnixLineEndings(ITemplateResource resource) {
            this.resource = resource;
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }

        @Override
        public String getBaseName() {
            return resource.getBaseName();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public Reader reader() throws IOException {
            try (Reader reader = resource.reader()) {
                StringBuilder text = new StringBuilder(8192);
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return new StringReader(normalizeLineEndings(text.toString()));
            }
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            return new UnixLineEndings(resource.relative(relativeLocation));
        }
    }
}
