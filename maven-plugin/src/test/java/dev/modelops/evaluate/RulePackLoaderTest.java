package dev.modelops.evaluate;

import dev.modelops.model.RulePack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.load.ProjectFiles;
import dev.modelops.model.Enforcement;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulePackLoaderTest {

    private final RulePackLoader loader = new RulePackLoader();

    @Test
    void loadsTheCorePackFromInsideThePlugin() {
        RulePack core = loader.loadBuiltIn("core");

        assertThat(core.name()).isEqualTo("core");
        assertThat(core.version()).isEqualTo("1.3.0");
        assertThat(core.file()).isEqualTo("modelops/rules/core.yaml");
        assertThat(core.sha256()).matches("[0-9a-f]{64}");
        assertThat(core.inputFile()).isEqualTo(new InputFile("modelops/rules/core.yaml", "rules", core.sha256()));
        assertThat(core.rules()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(core.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).startsWith("core.");
            assertThat(rule.pack()).isEqualTo("core");
            assertThat(rule.source().file()).isEqualTo("modelops/rules/core.yaml");
            assertThat(rule.references()).isNotEmpty();
        });
    }

    @Test
    void remembersWhereEachRuleAndEachOfItsKeysIs() {
        RulePack bank = loader.loadFile(RulePackFixtures.file("bank.yaml"), RulePackFixtures.baseDirectory());

        Rule first = bank.rules().get(0);
        assertThat(bank.file()).isEqualTo("rule-packs/bank.yaml");
        assertThat(bank.sha256()).isEqualTo(ProjectFiles.sha256(RulePackFixtures.file("bank.yaml")));
        assertThat(first.source().toString()).isEqualTo("rule-packs/bank.yaml:5:5");
        assertThat(first.locate("when").toString()).isEqualTo("rule-packs/bank.yaml:8:5");
        assertThat(first.locate("expr").toString()).isEqualTo("rule-packs/bank.yaml:9:5");
        assertThat(first.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(first.field()).isEqualTo("/people");
        assertThat(first.references()).containsExactly(new Reference("SR 11-7", "Model validation"));
        assertThat(bank.rules().get(1).when()).isNull();
        assertThat(bank.rules().get(1).field()).isNull();
    }

    @Test
    void unknownPackNamesTheAvailablePacks() {
        assertThatThrownBy(() -> loader.loadBuiltIn("banking"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("modelops.packs: unknown rule pack 'banking'; available packs: core");
    }

    @Test
    void loadsBuiltInPacksFirstThenFilesInOrder() {
        List<RulePack> packs = loader.load(List.of("core", "core"),
                List.of(RulePackFixtures.file("bank.yaml")), RulePackFixtures.baseDirectory());

        assertThat(packs).extracting(RulePack::label).containsExactly("core 1.3.0", "bank 2.1.0");
        List<Rule> rules = RulePackLoader.rules(packs);
        assertThat(rules.get(0).id()).isEqualTo("core.owner-present");
        assertThat(rules.get(rules.size() - 1).id()).isEqualTo("bank.auc-floor");
    }

    @Test
    void duplicateRuleIdAcrossPacksNamesBothPlaces() {
        assertThatThrownBy(() -> loader.load(List.of("core"), List.of(RulePackFixtures.file("duplicate-ids.yaml")),
                RulePackFixtures.baseDirectory()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.location().toString()).isEqualTo("rule-packs/duplicate-ids.yaml:10:5");
                    assertThat(problem.describe())
                            .contains("duplicate rule id 'core.owner-present', first declared at "
                                    + "modelops/rules/core.yaml:")
                            .contains("(pack core)")
                            .contains("expected rule ids that are unique across every rule pack in force");
                });
    }

    @Test
    void duplicateRuleIdWithinOneFile() {
        assertThatThrownBy(() -> loader.loadFile(RulePackFixtures.file("duplicate-ids-within.yaml"),
                RulePackFixtures.baseDirectory()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rule-packs/duplicate-ids-within.yaml:10:5")
                .hasMessageContaining("duplicate rule id 'bank.twice', first declared at "
                        + "rule-packs/duplicate-ids-within.yaml:5:5 (pack bank)");
    }

    @Test
    void everyFileIsCheckedAgainstTheSchemaWithLines() {
        assertThatThrownBy(() -> loader.loadFile(RulePackFixtures.file("schema-violations.yaml"),
                RulePackFixtures.baseDirectory()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> problems = e.problems().stream().map(InputProblem::describe).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rule-packs/schema-violations.yaml:1:")
                            .contains("/pack"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rule-packs/schema-violations.yaml:2:")
                            .contains("/version"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rule-packs/schema-violations.yaml:4:")
                            .contains("severity"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rule-packs/schema-violations.yaml:10:")
                            .contains("/rules/1/severity"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("rule-packs/schema-violations.yaml:16:")
                            .contains("/rules/2/expr"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("expression"));
                });
    }

    @Test
    void readsEnforcementAndTypedParameterDefaultsInDeclarationOrder() {
        Rule rule = loader.loadFile(RulePackFixtures.file("parameterised.yaml"), RulePackFixtures.baseDirectory())
                .rules().get(0);

        assertThat(rule.enforcement()).isEqualTo(Enforcement.WARN);
        assertThat(rule.params().keySet()).containsExactly("minRatio", "maxAge", "metric", "strict", "minCount");
        assertThat(rule.paramValues()).containsEntry("minRatio", 0.8).containsEntry("maxAge", Duration.ofDays(365))
                .containsEntry("metric", "disparate_impact").containsEntry("strict", false).containsEntry("minCount", 3L);
        assertThat(rule.params().get("minRatio").description()).isEqualTo("The lowest acceptable ratio.");
    }

    @Test
    void aRuleWithoutEnforcementIsEnforcedAsFail() {
        assertThat(loader.loadBuiltIn("core").rules()).filteredOn(r -> r.id().equals("core.owner-present"))
                .extracting(Rule::enforcement).containsExactly(Enforcement.FAIL);
    }

    @Test
    void aParameterDefaultNotOfItsTypeIsReportedAtItsLine() {
        assertThatThrownBy(() -> loader.loadFile(RulePackFixtures.file("bad-param-defaults.yaml"),
                RulePackFixtures.baseDirectory()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().stream().map(InputProblem::describe).toList()).containsExactly(
                        "rule-packs/bad-param-defaults.yaml:12:20: at /rules/0/params/kind/type: found 'colour', "
                                + "expected one of number, integer, string, boolean, duration"));
    }

    @Test
    void anUnknownEnforcementAParameterWithoutDefaultOrANameCelCannotReadAreSchemaErrors() throws IOException {
        Path file = Files.createTempDirectory("params").resolve("schema.yaml");
        Files.writeString(file, String.join("\n",
                "pack: bad",
                "version: 1.0.0",
                "rules:",
                "  - id: bad.rule",
                "    title: t",
                "    severity: low",
                "    enforcement: block",
                "    params:",
                "      max-age: {type: integer, default: 1}",
                "      limit: {type: integer}",
                "    expr: \"true\"",
                "    message: m",
                ""));

        assertThatThrownBy(() -> loader.loadFile(file, file.getParent()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> problems = e.problems().stream().map(InputProblem::describe).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("schema.yaml:7:")
                            .contains("/rules/0/enforcement", "fail, warn, audit, off"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("schema.yaml:").contains("max-age"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("schema.yaml:10:")
                            .contains("/rules/0/params/limit", "default"));
                });
    }

    @Test
    void defaultsOfTheWrongTypeAreReportedEachAtItsLine() throws IOException {
        Path file = Files.createTempDirectory("params").resolve("defaults.yaml");
        Files.writeString(file, Files.readString(RulePackFixtures.file("bad-param-defaults.yaml"))
                .replace("      kind: {type: colour, default: red}\n", ""));

        assertThatThrownBy(() -> loader.loadFile(file, file.getParent()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().stream().map(InputProblem::describe).toList()).containsExactly(
                        "defaults.yaml:8:29: at /rules/0/params/days/default: rule bad.defaults: the default of "
                                + "parameter days is 36.5, not of its type integer, expected a whole number such as 365",
                        "defaults.yaml:9:29: at /rules/0/params/ratio/default: rule bad.defaults: the default of "
                                + "parameter ratio is \"0.8\", not of its type number, expected a number such as 0.8",
                        "defaults.yaml:10:32: at /rules/0/params/window/default: rule bad.defaults: the default of "
                                + "parameter window is \"8760h\", not of its type duration, expected an ISO-8601 "
                                + "duration such as P365D or PT12H",
                        "defaults.yaml:11:29: at /rules/0/params/flag/default: rule bad.defaults: the default of "
                                + "parameter flag is \"yes please\", not of its type boolean, expected true or false"));
    }

    @Test
    void problemsOfEveryFileAreReportedTogether() {
        assertThatThrownBy(() -> loader.load(List.of("nope"), List.of(RulePackFixtures.file("malformed.yaml"),
                RulePackFixtures.missing("absent.yaml"), RulePackFixtures.file("notes.txt")),
                RulePackFixtures.baseDirectory()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe)
                        .satisfiesExactly(
                                unknown -> assertThat(unknown).contains("unknown rule pack 'nope'"),
                                malformed -> assertThat(malformed).startsWith("rule-packs/malformed.yaml:")
                                        .contains("malformed YAML"),
                                missing -> assertThat(missing).isEqualTo("rule-packs/absent.yaml: the rule file "
                                        + "does not exist, expected an existing .yaml, .yml or .json rule pack file"),
                                text -> assertThat(text).startsWith("rule-packs/notes.txt: ")
                                        .contains("neither YAML nor JSON")));
    }

    @Test
    void theIndexListsEveryPackOfTheRulesFolderAndEachDeclaresItsOwnName() throws IOException {
        Path rulesFolder = Path.of(System.getProperty("user.dir")).resolve("../rules").normalize();
        List<String> files;
        try (Stream<Path> listing = Files.list(rulesFolder)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertThat(BuiltInRulePacks.names()).containsExactlyInAnyOrderElementsOf(files);
        for (String name : BuiltInRulePacks.names()) {
            RulePack pack = loader.loadBuiltIn(name);
            assertThat(pack.name()).isEqualTo(name);
            RuleEngine.compile(pack.rules());
        }
    }

    @Test
    void eachBuiltInPackSelectedAloneBringsThePacksItExtendsFirst() {
        for (String name : BuiltInRulePacks.names()) {
            List<RulePack> packs = loader.load(List.of(name), List.of(), RulePackFixtures.baseDirectory());

            assertThat(packs.get(packs.size() - 1).name()).as(name).isEqualTo(name);
            assertThat(packs.get(0).name()).as(name).isEqualTo("core");
            List<String> inForce = packs.stream().map(RulePack::name).toList();
            for (RulePack pack : packs) {
                for (String extended : pack.extendsPacks()) {
                    String extendedName = extended.split("@")[0];
                    assertThat(inForce.indexOf(extendedName)).as(pack.name() + " extends " + extended)
                            .isBetween(0, inForce.indexOf(pack.name()) - 1);
                }
            }
        }
    }

    @Test
    void everyBuiltInPackTogetherIsInForceOnceAndCompilesWithUniqueRuleIds() {
        List<RulePack> packs = loader.load(BuiltInRulePacks.names(), List.of(), RulePackFixtures.baseDirectory());

        assertThat(packs).extracting(RulePack::name).containsExactlyInAnyOrderElementsOf(BuiltInRulePacks.names());
        RuleEngine engine = RuleEngine.compile(RulePackLoader.rules(packs));
        assertThat(engine.rules()).extracting(Rule::id).doesNotHaveDuplicates().hasSizeGreaterThan(90);
    }
}
