package dev.modelops.validate;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.Person;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every waiver can stand: it names a rule in force and a model of the inventory (a waiver that
 * references nothing would silently waive nothing, or something else after a rename), it does not repeat
 * another waiver for the same rule, model and version, and its approver is independent of the model
 * (separation of duties: no owner or developer of a model approves an exception for it).
 */
public final class WaiverReferences {

    private WaiverReferences() {
    }

    /** Every problem of {@code waivers}, in file order; empty when all of them can stand. */
    public static List<InputProblem> check(List<Waiver> waivers, Collection<String> ruleIdsInForce,
            List<GovernedModel> models) {
        Set<String> ruleIds = new TreeSet<>(ruleIdsInForce);
        Map<String, GovernedModel> modelsById = new HashMap<>();
        models.forEach(model -> modelsById.put(model.id(), model));
        Set<String> modelIds = new TreeSet<>(modelsById.keySet());
        Map<String, SourceLocation> seen = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Waiver waiver : waivers) {
            SourceLocation at = waiver.location();
            if (!ruleIds.contains(waiver.ruleId())) {
                problems.add(new InputProblem(at, "a waiver of the rule '" + waiver.ruleId()
                        + "', which is not a rule in force" + didYouMean(waiver.ruleId(), ruleIds),
                        "the id of a rule in force (a waiver that references nothing cannot stand)"));
            }
            GovernedModel model = modelsById.get(waiver.modelId());
            if (model == null) {
                problems.add(new InputProblem(at, "a waiver for the model '" + waiver.modelId()
                        + "', which is not in the model inventory" + didYouMean(waiver.modelId(), modelIds),
                        "the id of a model of the project (a waiver that references nothing cannot stand)"));
            } else {
                independence(waiver, model).ifPresent(problems::add);
            }
            String key = waiver.ruleId() + "\n" + waiver.modelId() + "\n"
                    + (waiver.modelVersion() == null ? "" : waiver.modelVersion());
            SourceLocation earlier = seen.putIfAbsent(key, at);
            if (earlier != null) {
                problems.add(new InputProblem(at, "a second waiver of " + waiver.ruleId() + " for "
                        + waiver.modelId() + (waiver.modelVersion() == null ? "" : " " + waiver.modelVersion())
                        + ", already waived at " + earlier, "one waiver per rule, model and model version"));
            }
        }
        return problems;
    }

    private static Optional<InputProblem> independence(Waiver waiver, GovernedModel model) {
        for (Person person : model.metadata().people()) {
            boolean accountable = Person.OWNER.equals(person.role()) || Person.DEVELOPER.equals(person.role());
            if (accountable && samePerson(waiver, person)) {
                return Optional.of(new InputProblem(waiver.location(),
                        "the waiver of " + waiver.ruleId() + " for " + model.id() + " is approved by "
                                + waiver.approverName() + ", who is " + article(person.role()) + " "
                                + person.role() + " of " + model.id(),
                        "an approver who is neither an owner nor a developer of the model (separation of duties)"));
            }
        }
        return Optional.empty();
    }

    /** Same name (ignoring case), or the same e-mail address when both sides give one. */
    private static boolean samePerson(Waiver waiver, Person person) {
        boolean sameName = person.name() != null
                && person.name().strip().equalsIgnoreCase(waiver.approverName().strip());
        boolean sameEmail = person.email() != null && waiver.approverEmail() != null
                && person.email().strip().toLowerCase(Locale.ROOT)
                        .equals(waiver.approverEmail().strip().toLowerCase(Locale.ROOT));
        return sameName || sameEmail;
    }

    private static String article(String role) {
        return role.startsWith("o") ? "an" : "a";
    }

    private static String didYouMean(String written, Collection<String> known) {
        String closest = Suggestions.closest(written, known);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }
}
