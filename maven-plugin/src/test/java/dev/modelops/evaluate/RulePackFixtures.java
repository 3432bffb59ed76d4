package dev.modelops.evaluate;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The rule pack files under {@code src/test/resources/rule-packs/}, shown as {@code rule-packs/<name>}. */
final class RulePackFixtures {

    private RulePackFixtures() {
    }

    /** The directory that plays the project base directory: file names are shown relative to it. */
    static Path baseDirectory() {
        return file("bank.yaml").getParent().getParent();
    }

    static Path file(String name) {
        try {
            return Path.of(RulePackFixtures.class.getResource("/rule-packs/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test fixture rule-packs/" + name, e);
        }
    }

    /** A path in the fixture folder that does not exist. */
    static Path missing(String name) {
        return baseDirectory().resolve("rule-packs").resolve(name);
    }
}
