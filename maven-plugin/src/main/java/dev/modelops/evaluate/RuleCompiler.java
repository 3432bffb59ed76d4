package dev.modelops.evaluate;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Rule;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compiles every rule's {@code when}, {@code expr} and message placeholders once, before any model is looked
 * at. A rule that does not compile is the rule author's mistake: every such mistake, in every rule, is
 * collected and reported together, each at the line of the faulty key in its pack file, with CEL's own
 * explanation and the position inside the expression.
 */
final class RuleCompiler {

    static final String WHEN = "when";
    static final String EXPR = "expr";
    static final String MESSAGE = "message";
    static final String LOCATE = "locate";

    /** Indents the lines after the first of a multi-line problem under the "  " of the problem list. */
    private static final String CONTINUATION = "    ";
    private static final String EXPRESSION_LENGTH_EXPECTED = String.format(Locale.ROOT,
            "at most %,d characters: a rule is a line or a paragraph, not a program (split it into several rules)",
            RuleLanguage.MAX_EXPRESSION_LENGTH);

    private final RuleLanguage language = RuleLanguage.get();
    private final List<InputProblem> problems = new ArrayList<>();
    /** Each pack's {@code when}, compiled once for all its rules (absent: it did not compile, reported once). */
    private final Map<String, Optional<CelRuntime.Program>> packConditions = new HashMap<>();

    private RuleCompiler() {
    }

    /**
     * The rules compiled, in the given order.
     *
     * @throws InvalidInputException listing every duplicate rule id and every expression that does not compile
     */
    static List<CompiledRule> compile(List<Rule> rules) {
        RuleCompiler compiler = new RuleCompiler();
        compiler.problems.addAll(RuleIds.duplicates(rules));
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            CompiledRule one = compiler.compile(rule);
            if (one != null) {
                compiled.add(one);
            }
        }
        if (!compiler.problems.isEmpty()) {
            throw new InvalidInputException(compiler.problems);
        }
        return compiled;
    }

    /** The compiled rule, or null when it has problems (recorded). */
    private CompiledRule compile(Rule rule) {
        int problemsBefore = problems.size();
        Optional<CelRuntime.Program> packWhen = isBlank(rule.packWhen()) ? Optional.empty() : packCondition(rule);
        if (packWhen == null) {
            return null;
        }
        CelRuntime.Program when = isBlank(rule.when()) ? null : condition(rule, WHEN, rule.when());
        CelRuntime.Program expr = null;
        if (isBlank(rule.expr())) {
            problem(rule, EXPR, "expr is missing", "a CEL expression that is true when the model complies");
        } else {
            expr = condition(rule, EXPR, rule.expr());
        }
        CompiledMessage message = message(rule);
        CelRuntime.Program locate = null;
        if (!isBlank(rule.locate())) {
            CelAbstractSyntaxTree checked = check(rule, LOCATE, LOCATE, rule.locate());
            locate = checked == null ? null : program(rule, LOCATE, checked);
        }
        return problems.size() == problemsBefore
                ? new CompiledRule(rule, packWhen.orElse(null), when, expr, message, locate) : null;
    }

    /**
     * The pack's {@code when}, compiled for the first of its rules and reused for the others; null when it does
     * not compile, which is reported once, for the pack, at the line where the pack file writes it. It may read
     * every variable but {@code params}, which belong to rules.
     */
    private Optional<CelRuntime.Program> packCondition(Rule rule) {
        Optional<CelRuntime.Program> known = packConditions.get(rule.pack());
        if (known == null) {
            known = Optional.ofNullable(compilePackCondition(rule.pack(), rule.packWhen(),
                    rule.locate(Rule.PACK_WHEN_KEY)));
            packConditions.put(rule.pack(), known);
        }
        return known.isPresent() ? known : null;
    }

    private CelRuntime.Program compilePackCondition(String pack, String source, SourceLocation at) {
        SourceLocation where = new SourceLocation(at.file(), at.line(), at.column(), "");
        String subject = "pack " + pack + ": when";
        String tooLong = tooLong(source);
        if (tooLong != null) {
            problems.add(new InputProblem(where, subject + tooLong, EXPRESSION_LENGTH_EXPECTED));
            return null;
        }
        CelValidationResult result = language.compile(source, WHEN);
        try {
            if (result.hasError()) {
                problems.add(new InputProblem(where, subject + " does not compile: " + readable(result.getErrorString()),
                        null));
                return null;
            }
            CelAbstractSyntaxTree checked = result.getAst();
            if (!ParameterReads.of(checked.getExpr()).isEmpty()) {
                problems.add(new InputProblem(where, subject + " reads params", "params only in a rule's own expressions"));
                return null;
            }
            CelType type = checked.getResultType();
            if (type.kind() != CelKind.BOOL && type.kind() != CelKind.DYN) {
                problems.add(new InputProblem(where, subject + " is of type " + type.name() + ", not bool",
                        "an expression that is true or false, e.g. model.riskTier in ['high', 'critical']"));
                return null;
            }
            return language.program(checked);
        } catch (CelValidationException | CelEvaluationException e) {
            problems.add(new InputProblem(where, subject + " does not compile: " + readable(e.getMessage()), null));
            return null;
        }
    }

    /** A boolean expression: it must compile, and its type must be bool (or dyn, which CEL checks when it runs). */
    private CelRuntime.Program condition(Rule rule, String key, String source) {
        CelAbstractSyntaxTree checked = check(rule, key, key, source);
        if (checked == null) {
            return null;
        }
        CelType type = checked.getResultType();
        if (type.kind() != CelKind.BOOL && type.kind() != CelKind.DYN) {
            problem(rule, key, key + " is of type " + type.name() + ", not bool",
                    "an expression that is true or false, e.g. size(model.limitations) > 0");
            return null;
        }
        return program(rule, key, checked);
    }

    private CompiledMessage message(Rule rule) {
        String text = isBlank(rule.message()) ? rule.title() : rule.message();
        if (text == null) {
            problem(rule, MESSAGE, "message is missing", "a message shown when the rule fails");
            return null;
        }
        MessageTemplate.Parsed parsed = MessageTemplate.parse(text);
        if (parsed.error().isPresent()) {
            problem(rule, MESSAGE, "message is malformed: " + parsed.problem(),
                    "placeholders written as {{ expression }}");
            return null;
        }
        List<CompiledMessage.Segment> segments = new ArrayList<>();
        boolean compiles = true;
        for (MessageTemplate.Part part : parsed.template().parts()) {
            if (!part.placeholder()) {
                segments.add(new CompiledMessage.Segment(part.text(), null));
                continue;
            }
            String what = "message placeholder " + part.number() + " {{ " + part.text() + " }}";
            CelAbstractSyntaxTree checked = check(rule, MESSAGE, what, part.text());
            CelRuntime.Program program = checked == null ? null : program(rule, MESSAGE, checked);
            compiles &= program != null;
            segments.add(new CompiledMessage.Segment(part.text(), program));
        }
        return compiles ? new CompiledMessage(segments) : null;
    }

    private CelAbstractSyntaxTree check(Rule rule, String key, String what, String source) {
        String tooLong = tooLong(source);
        if (tooLong != null) {
            problem(rule, key, what + tooLong, EXPRESSION_LENGTH_EXPECTED);
            return null;
        }
        CelValidationResult result = language.compile(source, key);
        if (result.hasError()) {
            problem(rule, key, what + " does not compile: " + readable(result.getErrorString()), null);
            return null;
        }
        CelAbstractSyntaxTree checked;
        try {
            checked = result.getAst();
        } catch (CelValidationException e) {
            problem(rule, key, what + " does not compile: " + readable(e.getMessage()), null);
            return null;
        }
        Set<String> undeclared = new TreeSet<>(ParameterReads.of(checked.getExpr()));
        undeclared.removeAll(rule.params().keySet());
        if (!undeclared.isEmpty()) {
            problem(rule, key, what + " reads " + undeclared.stream().map(name -> "params." + name)
                    .collect(Collectors.joining(", ")) + ", which the rule does not declare",
                    rule.params().isEmpty() ? "a params: entry in the rule declaring each parameter it reads"
                            : "one of the declared parameters: " + String.join(", ", rule.params().keySet()));
            return null;
        }
        return checked;
    }

    private CelRuntime.Program program(Rule rule, String key, CelAbstractSyntaxTree checked) {
        try {
            return language.program(checked);
        } catch (CelEvaluationException e) {
            problem(rule, key, key + " cannot be prepared for evaluation: " + e.getMessage(), null);
            return null;
        }
    }

    /** A problem at the line of {@code key} in the rule's file; {@code found} follows "rule <id>: ". */
    private void problem(Rule rule, String key, String found, String expected) {
        SourceLocation at = rule.locate(key);
        SourceLocation withoutPointer = new SourceLocation(at.file(), at.line(), at.column(), "");
        problems.add(new InputProblem(withoutPointer, "rule " + rule.id() + ": " + found, expected));
    }

    /**
     * CEL's report with the expression and the caret under the error on lines of their own, indented under the
     * problem they belong to, and without CEL's "(in container '')", which means nothing in a rule file.
     */
    /**
     * {@code " is 16,004 characters long"} for an expression longer than CEL is allowed to parse, measured as CEL
     * does (in code points); else null.
     */
    private static String tooLong(String source) {
        int length = source.codePointCount(0, source.length());
        return length <= RuleLanguage.MAX_EXPRESSION_LENGTH ? null
                : String.format(Locale.ROOT, " is %,d characters long", length);
    }

    static String readable(String celErrors) {
        return celErrors.strip().replace(" (in container '')", "").replace("\n", "\n" + CONTINUATION);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
