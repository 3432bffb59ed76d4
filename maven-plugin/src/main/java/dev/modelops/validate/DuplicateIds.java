package dev.modelops.validate;

import dev.modelops.model.InputProblem;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ids declared more than once (model ids across a project, node ids across a model's lineage files).
 * Each repeat is reported where it is written, naming where the id was first declared, so both places are
 * in one message whichever the user opens first.
 */
public final class DuplicateIds {

    /** An id and where it is declared. */
    public record Occurrence(String id, SourceLocation location) {
    }

    private DuplicateIds() {
    }

    /**
     * One problem per repeated declaration, in the order of {@code occurrences}.
     *
     * @param what what the ids identify, for messages: "model id", "lineage node id"
     * @param expected what the user should make of it: "an id unique in the project"
     */
    public static List<InputProblem> find(List<Occurrence> occurrences, String what, String expected) {
        Map<String, SourceLocation> first = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            SourceLocation earlier = first.putIfAbsent(occurrence.id(), occurrence.location());
            if (earlier != null) {
                problems.add(new InputProblem(occurrence.location(),
                        "the " + what + " '" + occurrence.id() + "', already declared at " + earlier, expected));
            }
        }
        return problems;
    }
}
