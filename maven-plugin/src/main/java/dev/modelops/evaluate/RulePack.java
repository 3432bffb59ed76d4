package dev.modelops.evaluate;

import dev.modelops.model.InputFile;
import dev.modelops.model.Rule;
import java.util.List;

/**
 * A loaded rule pack: its name and version, title, description, the file it came from as shown to the user
 * ({@code modelops/rules/core.yaml} for a pack inside the plugin), the SHA-256 of that file's bytes, and its
 * rules in file order. Version and digest let a report state exactly which rules were in force.
 */
public record RulePack(
        String name,
        String version,
        String title,
        String description,
        String file,
        String sha256,
        List<Rule> rules) {

    /** The kind of {@link InputFile} a rule pack is listed as among a report's inputs. */
    public static final String INPUT_KIND = "rules";

    public RulePack {
        rules = List.copyOf(rules);
    }

    /** {@code core 1.0.0}. */
    public String label() {
        return name + " " + version;
    }

    /** The pack as one of the inputs a report lists, with its digest. */
    public InputFile inputFile() {
        return new InputFile(file, INPUT_KIND, sha256);
    }
}
