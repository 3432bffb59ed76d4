package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;

/**
 * A project's own rule file, loaded by {@link RulePackLoader} (YAML, schema, CEL compilation). Seeds: {@code
 * ProjectRuleFileFuzzTestInputs/fuzz/} in the test resources.
 */
class ProjectRuleFileFuzzTest {

    private final FuzzFiles files = new FuzzFiles("project-rule-file");
    private final RulePackLoader loader = new RulePackLoader(new StructuredFileParser(), new SchemaValidator());

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("src/main/modelops/team-rules.yaml", input);
        FuzzProperty.resultOrInvalidInput(() -> loader.loadFile(file, files.project()));
    }
}
