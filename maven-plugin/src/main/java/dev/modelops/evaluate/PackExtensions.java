package dev.modelops.evaluate;

import dev.modelops.model.InputProblem;
import dev.modelops.model.RulePack;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the {@code extends} of rule packs: every pack a pack in force extends is put in force too (a built-in
 * pack loaded by name unless a pack of that name is already in force), transitively, and the packs are ordered
 * so that a pack comes after the packs it extends; otherwise the order given is kept. A requirement such as
 * {@code core@1.1} holds for versions 1.1.0 and later before 2.0.0 (the pack's major version is its
 * compatibility promise). Problems (an unknown pack, a version too old, packs that extend each other) are
 * collected, each at the {@code extends} entry that causes it.
 */
final class PackExtensions {

    private static final Pattern REQUIREMENT = Pattern.compile("([a-z0-9][a-z0-9.-]*)(?:@([0-9]+(?:\\.[0-9]+){0,2}))?");
    private static final Pattern VERSION = Pattern.compile("([0-9]+)\\.([0-9]+)\\.([0-9]+).*");

    /** A pack as loaded, with the place of each of its {@code extends} entries. */
    record Loaded(RulePack pack, List<SourceLocation> extendsLocations) {
    }

    private final Function<String, Optional<Loaded>> builtIns;
    private final List<InputProblem> problems;
    private final Map<String, Loaded> byName = new LinkedHashMap<>();

    /**
     * @param builtIns loads a built-in pack by name, empty when there is none (its own problems, such as a pack
     *     that does not compile, are the loader's to record)
     * @param problems where problems are added
     */
    PackExtensions(Function<String, Optional<Loaded>> builtIns, List<InputProblem> problems) {
        this.builtIns = builtIns;
        this.problems = problems;
    }

    /** {@code packs} (named once each) with every pack they extend, extended packs first. */
    List<RulePack> resolve(List<Loaded> packs) {
        packs.forEach(loaded -> byName.putIfAbsent(loaded.pack().name(), loaded));
        List<Loaded> pending = new ArrayList<>(byName.values());
        for (int i = 0; i < pending.size(); i++) {
            Loaded loaded = pending.get(i);
            for (String requirement : loaded.pack().extendsPacks()) {
                String name = name(requirement);
                if (!byName.containsKey(name)) {
                    Optional<Loaded> builtIn = builtIns.apply(name);
                    if (builtIn.isEmpty()) {
                        continue;
                    }
                    byName.put(name, builtIn.get());
                    pending.add(builtIn.get());
                }
            }
        }
        for (Loaded loaded : byName.values()) {
            checkRequirements(loaded);
        }
        List<RulePack> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Loaded loaded : byName.values()) {
            place(loaded, ordered, placed, new LinkedHashSet<>());
        }
        return ordered;
    }

    /** Adds the packs {@code loaded} extends, then {@code loaded}; {@code path} is the chain being placed. */
    private void place(Loaded loaded, List<RulePack> ordered, Set<String> placed, LinkedHashSet<String> path) {
        String name = loaded.pack().name();
        if (placed.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            return;
        }
        List<String> requirements = loaded.pack().extendsPacks();
        for (int i = 0; i < requirements.size(); i++) {
            String extended = name(requirements.get(i));
            Loaded target = byName.get(extended);
            if (target == null) {
                continue;
            }
            if (path.contains(extended)) {
                List<String> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(extended), cycle.size());
                problems.add(new InputProblem(at(loaded, i), "pack " + name + " extends " + extended
                        + ", which extends it in turn (" + String.join(" -> ", cycle) + " -> " + extended + ")",
                        "packs that extend each other in one direction only"));
                continue;
            }
            place(target, ordered, placed, path);
        }
        path.remove(name);
        placed.add(name);
        ordered.add(loaded.pack());
    }

    private void checkRequirements(Loaded loaded) {
        List<String> requirements = loaded.pack().extendsPacks();
        for (int i = 0; i < requirements.size(); i++) {
            Matcher requirement = REQUIREMENT.matcher(requirements.get(i));
            if (!requirement.matches()) {
                continue;
            }
            String name = requirement.group(1);
            Loaded target = byName.get(name);
            if (target == null) {
                problems.add(new InputProblem(at(loaded, i), "pack " + loaded.pack().name() + " extends '" + name
                        + "', which is neither a built-in pack nor the pack of a rule file in force",
                        "one of the built-in packs " + String.join(", ", BuiltInRulePacks.names())
                                + ", or the name of a pack in one of the project's rule files"));
                continue;
            }
            if (name.equals(loaded.pack().name())) {
                problems.add(new InputProblem(at(loaded, i), "pack " + name + " extends itself",
                        "the names of other packs"));
                continue;
            }
            String minimum = requirement.group(2);
            if (minimum != null && !satisfies(target.pack().version(), minimum)) {
                problems.add(new InputProblem(at(loaded, i), "pack " + loaded.pack().name() + " extends " + name + "@"
                        + minimum + ", but the " + name + " pack in force is version " + target.pack().version(),
                        "version " + minimum + " or later, before " + nextMajor(minimum)));
            }
        }
    }

    /** True when {@code version} (MAJOR.MINOR.PATCH) has the major of {@code minimum} and is not below it. */
    static boolean satisfies(String version, String minimum) {
        Matcher actual = VERSION.matcher(version == null ? "" : version);
        if (!actual.matches()) {
            return false;
        }
        String[] wanted = minimum.split("\\.");
        for (int part = 0; part < wanted.length; part++) {
            long have = Long.parseLong(actual.group(part + 1));
            long need = Long.parseLong(wanted[part]);
            if (part == 0 && have != need) {
                return false;
            }
            if (have != need) {
                return have > need;
            }
        }
        return true;
    }

    private static String nextMajor(String minimum) {
        return (Long.parseLong(minimum.split("\\.")[0]) + 1) + ".0.0";
    }

    private static String name(String requirement) {
        int at = requirement.indexOf('@');
        return at < 0 ? requirement : requirement.substring(0, at);
    }

    private static SourceLocation at(Loaded loaded, int index) {
        List<SourceLocation> locations = loaded.extendsLocations();
        return index < locations.size() ? locations.get(index) : SourceLocation.of(loaded.pack().file());
    }
}
