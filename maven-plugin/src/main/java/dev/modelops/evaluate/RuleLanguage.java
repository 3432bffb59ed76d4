package dev.modelops.evaluate;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;

/**
 * The expression language of rules: CEL with exactly the variables of {@link CelModelView}, the standard
 * macros ({@code has}, {@code all}, {@code exists}, {@code exists_one}, {@code map}, {@code filter}), the
 * strings extension ({@code join}, {@code lowerAscii}, {@code trim} ...) and three functions of ours:
 * {@code text(value)}, which writes a value as finding messages do, and {@code roundDown(value, places)} and
 * {@code roundUp(value, places)}, which shorten a number for a message without ever moving it across its bound
 * (a value below a minimum is rounded down, one above a maximum up, so 0.7999 against 0.8 reads 0.79, not 0.80).
 * Nothing else can be called: an expression cannot reach Java, files or the clock.
 *
 * <p>Why the standard interpreter and not cel-java's newer "planner" runtime: in cel-java 0.14 the planner
 * converts a variable's whole value, deeply, every time an expression reads it, so {@code has(model.x)} costs
 * time in proportion to the size of the model (measured: 90 microseconds on a model with 100 people, against
 * under 1 with the standard interpreter), and nested loops over lineage become quadratic in data size. The
 * planner's advantages are kept by other means: {@link CelModelView} hands CEL only {@code long}, {@code double},
 * strings, booleans, timestamps, lists and maps (never a Jackson {@code Integer}), and heterogeneous numeric
 * comparison is switched on, so an int from the YAML compares with a double threshold.
 *
 * <p>Built once per JVM (building costs a few hundred milliseconds) and shared: compiling and the programs it
 * creates are thread-safe.
 */
final class RuleLanguage {

    /**
     * The most loop iterations ({@code all}, {@code exists}, {@code map} ...) one evaluation may take, summed over
     * every loop in it. About 70 ms of work: far above what a real rule needs over thousands of metric results,
     * low enough that a runaway nested loop fails the rule instead of hanging the build.
     */
    static final int MAX_ITERATIONS_PER_EVALUATION = 100_000;

    /** The longest expression accepted, in characters; a rule is a line or a paragraph, not a program. */
    static final int MAX_EXPRESSION_LENGTH = 10_000;

    static final String TEXT_FUNCTION = "text";
    static final String ROUND_DOWN_FUNCTION = "roundDown";
    static final String ROUND_UP_FUNCTION = "roundUp";

    private static final CelType VARIABLE_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);

    private final Cel cel;

    private RuleLanguage() {
        CelOptions options = CelOptions.current()
                // Lets an int from the YAML compare with a double threshold (12 < 12.5, 3 == 3.0 at run time).
                .enableHeterogeneousNumericComparisons(true)
                .comprehensionMaxIterations(MAX_ITERATIONS_PER_EVALUATION)
                .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
                .build();
        this.cel = CelFactory.standardCelBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelExtensions.strings())
                .addRuntimeLibraries(CelExtensions.strings())
                .addVar(CelModelView.MODEL, VARIABLE_MAP)
                .addVar(CelModelView.EVALUATIONS, ListType.create(VARIABLE_MAP))
                .addVar(CelModelView.LINEAGE, VARIABLE_MAP)
                .addVar(CelModelView.AS_OF, SimpleType.TIMESTAMP)
                .addVar(CelModelView.PARAMS, VARIABLE_MAP)
                .addVar(CelModelView.MONITORING_RESULTS, ListType.create(VARIABLE_MAP))
                .addVar(CelModelView.BASELINE, VARIABLE_MAP)
                .addVar(CelModelView.FAIRNESS, ListType.create(VARIABLE_MAP))
                .addVar(CelModelView.INPUT_WARNINGS, ListType.create(VARIABLE_MAP))
                .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(TEXT_FUNCTION,
                        CelOverloadDecl.newGlobalOverload("text_dyn", SimpleType.STRING, SimpleType.DYN)))
                .addFunctionBindings(CelFunctionBinding.from("text_dyn", Object.class, ValueText::of))
                .addFunctionDeclarations(rounding(ROUND_DOWN_FUNCTION), rounding(ROUND_UP_FUNCTION))
                .addFunctionBindings(
                        CelFunctionBinding.from("roundDown_double_int", Double.class, Long.class,
                                (value, places) -> Rounding.down(value, places)),
                        CelFunctionBinding.from("roundDown_int_int", Long.class, Long.class,
                                (value, places) -> value.doubleValue()),
                        CelFunctionBinding.from("roundUp_double_int", Double.class, Long.class,
                                (value, places) -> Rounding.up(value, places)),
                        CelFunctionBinding.from("roundUp_int_int", Long.class, Long.class,
                                (value, places) -> value.doubleValue()))
                .build();
    }

    /** {@code name(double, int) -> double} and {@code name(int, int) -> double}: an int needs no rounding. */
    private static CelFunctionDecl rounding(String name) {
        return CelFunctionDecl.newFunctionDeclaration(name,
                CelOverloadDecl.newGlobalOverload(name + "_double_int", SimpleType.DOUBLE, SimpleType.DOUBLE,
                        SimpleType.INT),
                CelOverloadDecl.newGlobalOverload(name + "_int_int", SimpleType.DOUBLE, SimpleType.INT,
                        SimpleType.INT));
    }

    static RuleLanguage get() {
        return Holder.INSTANCE;
    }

    /** Parses and type-checks {@code expression}; {@code name} (e.g. "expr") is how CEL's messages refer to it. */
    CelValidationResult compile(String expression, String name) {
        return cel.compile(expression, name);
    }

    CelRuntime.Program program(CelAbstractSyntaxTree checked) throws CelEvaluationException {
        return cel.createProgram(checked);
    }

    private static final class Holder {
        private static final RuleLanguage INSTANCE = new RuleLanguage();
    }
}
