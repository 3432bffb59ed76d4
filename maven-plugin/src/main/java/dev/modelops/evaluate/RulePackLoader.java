package dev.modelops.evaluate;

import dev.modelops.load.LocatedDocument;
import dev.modelops.load.ProjectFiles;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.Sha256;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the rule packs in force: built-in packs by name (from inside the plugin) and the project's own rule
 * files by path. Every file is checked against {@code rule-pack.schema.json} before anything else, and rule
 * ids must be unique across all of them. Problems from every pack and file are collected and reported
 * together, each naming the file as the user knows it (built-in packs as {@code modelops/rules/core.yaml},
 * project files relative to the project base directory), the line and column, and what was expected.
 * Thread-safe.
 */
public final class RulePackLoader {

    /** Where built-in pack names come from, as messages name it: the plugin parameter's user property. */
    public static final String PACKS_PARAMETER = "modelops.packs";

    private final StructuredFileParser parser;
    private final SchemaValidator validator;

    public RulePackLoader() {
        this(new StructuredFileParser(), new SchemaValidator());
    }

    public RulePackLoader(StructuredFileParser parser, SchemaValidator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    /**
     * The built-in packs named in {@code packNames} (each once, in the order given), then the rule files, in the
     * order given, with every pack they extend (see {@link PackExtensions}): a pack comes after the packs it
     * extends.
     *
     * @throws InvalidInputException with every problem found: unknown packs, missing or malformed files,
     *     schema violations, two files of one pack name, unresolvable {@code extends} and duplicate rule ids
     */
    public List<RulePack> load(List<String> packNames, List<Path> ruleFiles, Path baseDirectory) {
        List<PackExtensions.Loaded> loaded = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String name : new LinkedHashSet<>(packNames)) {
            try {
                loaded.add(builtIn(name));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, String> fileOfPack = new HashMap<>();
        loaded.forEach(pack -> fileOfPack.put(pack.pack().name(), pack.pack().file()));
        for (Path file : ruleFiles) {
            try {
                PackExtensions.Loaded pack = file(file, baseDirectory);
                String first = fileOfPack.putIfAbsent(pack.pack().name(), pack.pack().file());
                if (first != null) {
                    problems.add(new InputProblem(SourceLocation.of(pack.pack().file()), "the pack name '"
                            + pack.pack().name() + "', which " + first + " already uses",
                            "a pack name of its own for each rule file (built-in pack names included)"));
                    continue;
                }
                loaded.add(pack);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<RulePack> packs = new PackExtensions(name -> extendedBuiltIn(name, problems), problems).resolve(loaded);
        problems.addAll(RuleIds.duplicates(rules(packs)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(packs);
    }

    /** A built-in pack that another pack extends; empty (the caller reports it) when there is none by that name. */
    private Optional<PackExtensions.Loaded> extendedBuiltIn(String name, List<InputProblem> problems) {
        if (!BuiltInRulePacks.names().contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(builtIn(name));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /**
     * A pack shipped in the plugin.
     *
     * @throws InvalidInputException naming the available packs when there is no pack {@code name}
     */
    public RulePack loadBuiltIn(String name) {
        return builtIn(name).pack();
    }

    private PackExtensions.Loaded builtIn(String name) {
        String display = BuiltInRulePacks.resourceName(name);
        Optional<String> text = BuiltInRulePacks.text(name);
        if (text.isEmpty()) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(PACKS_PARAMETER),
                    "unknown rule pack '" + name + "'; available packs: " + String.join(", ", BuiltInRulePacks.names()),
                    null));
        }
        return read(parser.parse(text.get(), display, true), Sha256.hex(text.get()));
    }

    /**
     * A project's rule file (YAML or JSON), shown in messages relative to {@code baseDirectory}.
     *
     * @throws InvalidInputException when the file is missing, unreadable as YAML/JSON or not a valid rule pack
     */
    public RulePack loadFile(Path file, Path baseDirectory) {
        return file(file, baseDirectory).pack();
    }

    private PackExtensions.Loaded file(Path file, Path baseDirectory) {
        String display = ProjectFiles.displayPath(baseDirectory, file);
        if (!Files.isRegularFile(file)) {
            String found = Files.exists(file) ? "the rule file is not a regular file" : "the rule file does not exist";
            throw new InvalidInputException(new InputProblem(SourceLocation.of(display), found,
                    "an existing .yaml, .yml or .json rule pack file"));
        }
        if (!StructuredFileParser.isStructured(file)) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(display),
                    "a rule file that is neither YAML nor JSON", "a .yaml, .yml or .json rule pack file"));
        }
        return read(parser.parse(file, display), ProjectFiles.sha256(file));
    }

    /** Every rule of {@code packs}, in pack order and, within a pack, in file order. */
    public static List<Rule> rules(List<RulePack> packs) {
        return packs.stream().flatMap(pack -> pack.rules().stream()).toList();
    }

    private PackExtensions.Loaded read(LocatedDocument document, String sha256) {
        List<InputProblem> problems = validator.validate(document, SchemaValidator.RULE_PACK);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RulePack pack = RulePackReader.read(document, sha256);
        List<InputProblem> duplicates = RuleIds.duplicates(pack.rules());
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(duplicates);
        }
        List<SourceLocation> extendsLocations = new ArrayList<>();
        for (int i = 0; i < pack.extendsPacks().size(); i++) {
            extendsLocations.add(document.locateValue("/extends/" + i));
        }
        return new PackExtensions.Loaded(pack, extendsLocations);
    }
}
