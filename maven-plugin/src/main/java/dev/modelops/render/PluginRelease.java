package dev.modelops.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The plugin's own coordinates, for the outputs that name the tool that produced them (the SARIF log's
 * {@code tool.driver}) and for the run digest ({@code pipeline.RunDigest}). Read from {@value #RESOURCE}, which the build fills in by resource filtering: the version
 * is the one the jar was built as, the same on every machine, never looked up at run time. The home page
 * ({@code url}) is null while the plugin's POM declares none.
 */
public record PluginRelease(String groupId, String artifactId, String version, String url) {

    static final String RESOURCE = "modelops/plugin.properties";

    private static final PluginRelease CURRENT = load();

    /** The release of the running plugin. */
    public static PluginRelease current() {
        return CURRENT;
    }

    private static PluginRelease load() {
        Properties properties = new Properties();
        try (InputStream in = PluginRelease.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is missing its resource " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's resource " + RESOURCE, e);
        }
        String url = properties.getProperty("url", "").trim();
        boolean webAddress = url.startsWith("https://") || url.startsWith("http://");
        return new PluginRelease(filled(properties, "groupId"), filled(properties, "artifactId"),
                filled(properties, "version"), webAddress ? url : null);
    }

    private static String filled(Properties properties, String key) {
        String value = properties.getProperty(key, "").trim();
        if (value.isEmpty() || value.contains("${")) {
            throw new IllegalStateException("The plugin's resource " + RESOURCE + " has no " + key
                    + " (was it built without resource filtering?)");
        }
        return value;
    }
}
