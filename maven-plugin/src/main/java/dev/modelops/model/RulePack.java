package dev.modelops.model;

import java.util.List;

/**
 * A loaded rule pack: its name and version, title, description, the file it came from as shown to the user
 * ({@code modelops/rules/core.yaml} for a pack inside the plugin), the SHA-256 of that file's bytes, the packs it
 * extends as written ({@code core} or {@code core@1.1}), the condition under which its rules apply (CEL, null for
 * every model; each rule carries it as {@link Rule#packWhen()}), and its rules in file order, as declared (before
 * a project's overrides). Version and digest let a report state exactly which rules were in force.
 */
public record RulePack(
        String name,
        String version,
        String title,
        String description,
        String file,
        String sha256,
        List<String> extendsPacks,
        String when,
        List<Rule> rules) {

    /** The kind of {@link InputFile} a rule pack is listed as among a report's inputs. */
    public static final String INPUT_KIND = "rules";

    public RulePack {
        extendsPacks = extendsPacks == null ? List.of() : List.copyOf(extendsPacks);
        rules = List.copyOf(rules);
    }

    /** A pack that extends no other and applies to every model. */
    public RulePack(String name, String version, String title, String description, String file, String sha256,
            List<Rule> rules) {
        this(name, version, title, description, file, sha256, List.of(), null, rules);
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
