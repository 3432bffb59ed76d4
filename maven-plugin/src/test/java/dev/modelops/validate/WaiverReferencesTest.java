package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Person;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverReferencesTest {

    private static final String FILE = "src/main/modelops/waivers.yaml";
    private static final List<String> RULES = List.of("core.owner-present", "core.slice-thresholds-met");
    private static final List<GovernedModel> MODELS = List.of(churn());

    @Test
    void aWaiverOfARuleInForceForAKnownModelApprovedByTheValidatorStands() {
        assertThat(WaiverReferences.check(List.of(waiver("core.slice-thresholds-met", "churn-prediction", null,
                "Jonathan Achebe", "jonathan.achebe@example.com", 2)), RULES, MODELS)).isEmpty();
    }

    @Test
    void anUnknownRuleIsNamedWithTheClosestRuleInForce() {
        List<InputProblem> problems = WaiverReferences.check(List.of(waiver("core.slice-threshold-met",
                "churn-prediction", null, "Jonathan Achebe", null, 2)), RULES, MODELS);

        assertThat(problems).extracting(InputProblem::describe).containsExactly(FILE + ":2:5: at /waivers/0: a waiver "
                + "of the rule 'core.slice-threshold-met', which is not a rule in force (did you mean "
                + "'core.slice-thresholds-met'?), expected the id of a rule in force (a waiver that references nothing "
                + "cannot stand)");
    }

    @Test
    void anUnknownModelIsNamedWithTheClosestModelOfTheInventory() {
        List<InputProblem> problems = WaiverReferences.check(List.of(waiver("core.owner-present",
                "churn-predicton", null, "Jonathan Achebe", null, 9)), RULES, MODELS);

        assertThat(problems).singleElement().extracting(InputProblem::found).isEqualTo("a waiver for the model "
                + "'churn-predicton', which is not in the model inventory (did you mean 'churn-prediction'?)");
        assertThat(problems.get(0).location().line()).isEqualTo(9);
    }

    @Test
    void aSecondWaiverForTheSameRuleModelAndVersionIsADuplicate() {
        List<InputProblem> problems = WaiverReferences.check(List.of(
                waiver("core.owner-present", "churn-prediction", "2.1.0", "Jonathan Achebe", null, 2),
                waiver("core.owner-present", "churn-prediction", null, "Jonathan Achebe", null, 10),
                waiver("core.owner-present", "churn-prediction", "2.1.0", "Jonathan Achebe", null, 18)), RULES, MODELS);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.location().line()).isEqualTo(18);
            assertThat(problem.found()).isEqualTo("a second waiver of core.owner-present for churn-prediction 2.1.0, "
                    + "already waived at " + FILE + ":2:5");
        });
    }

    @Test
    void theModelsOwnerMayNotApproveAWaiverForItNamesCompareIgnoringCase() {
        List<InputProblem> problems = WaiverReferences.check(List.of(waiver("core.owner-present", "churn-prediction",
                null, "elena MARCHETTI", null, 2)), RULES, MODELS);

        assertThat(problems).singleElement().extracting(InputProblem::describe).isEqualTo(FILE + ":2:5: at /waivers/0: "
                + "the waiver of core.owner-present for churn-prediction is approved by elena MARCHETTI, who is an owner "
                + "of churn-prediction, expected an approver who is neither an owner nor a developer of the model "
                + "(separation of duties)");
    }

    @Test
    void aDeveloperIsRecognisedByEmailToo() {
        List<InputProblem> problems = WaiverReferences.check(List.of(waiver("core.owner-present", "churn-prediction",
                null, "T. Ferreira", "Tomas.Ferreira@example.com", 2)), RULES, MODELS);

        assertThat(problems).singleElement().extracting(InputProblem::found).asString()
                .contains("approved by T. Ferreira, who is a developer of churn-prediction");
    }

    private static Waiver waiver(String rule, String model, String version, String approver, String email, int line) {
        return new Waiver(rule, model, version, "Accepted until re-training.", approver, email, "MRM-1",
                LocalDate.of(2027, 3, 31), new SourceLocation(FILE, line, 5, "/waivers/0"));
    }

    private static GovernedModel churn() {
        ModelMetadata metadata = new ModelMetadata("churn-prediction", "Churn", "2.1.0", null, null, null, null,
                List.of(new Person("Elena Marchetti", "elena.marchetti@example.com", Person.OWNER, null),
                        new Person("Tomás Ferreira", "tomas.ferreira@example.com", Person.DEVELOPER, null),
                        new Person("Jonathan Achebe", "jonathan.achebe@example.com", Person.VALIDATOR, null)),
                "medium", "production", null, null, null, null, null, null, null, null, null);
        return new GovernedModel(metadata, List.of(), null, SourceLocation.of("src/main/models/churn-prediction/model.yaml"),
                List.of(), null);
    }
}
