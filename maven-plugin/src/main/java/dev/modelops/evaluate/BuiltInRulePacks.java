package dev.modelops.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The rule packs shipped inside the plugin, under {@code modelops/rules/<name>.yaml}. A jar cannot be listed
 * reliably through the class loader, so the names come from an index file, {@code modelops/rules/packs.txt}
 * (one name per line, {@code #} starts a comment); a test keeps the index and the folder in step.
 */
public final class BuiltInRulePacks {

    public static final String FOLDER = "modelops/rules/";
    public static final String INDEX = FOLDER + "packs.txt";

    private BuiltInRulePacks() {
    }

    /** The names of the shipped packs, in index order. */
    public static List<String> names() {
        return Index.NAMES;
    }

    /** {@code modelops/rules/core.yaml}: the resource name, which is also how messages show the file. */
    public static String resourceName(String pack) {
        return FOLDER + pack + ".yaml";
    }

    /** The pack's text, if {@code pack} is a shipped pack. */
    static Optional<String> text(String pack) {
        if (!names().contains(pack)) {
            return Optional.empty();
        }
        return Optional.of(read(resourceName(pack)).orElseThrow(() -> new IllegalStateException(
                "The plugin's rule pack index lists '" + pack + "' but " + resourceName(pack) + " is missing")));
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = BuiltInRulePacks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin's resource " + resource, e);
        }
    }

    private static List<String> readIndex() {
        String index = read(INDEX).orElseThrow(() -> new IllegalStateException("The plugin is missing " + INDEX));
        return index.lines()
                .map(line -> line.indexOf('#') < 0 ? line : line.substring(0, line.indexOf('#')))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** Read once, on first use. */
    private static final class Index {
        private static final List<String> NAMES = readIndex();
    }
}
