package dev.modelops.render;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import dev.modelops.render.html.RecordPathEvaluator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;

/**
 * What every HTML page of the plugin is rendered with, whichever report it belongs to (a project's compliance
 * report and cards, an inventory across projects): one Thymeleaf engine that reads the page models' records and
 * tries the project's own templates before the shipped ones, the style sheet with the project's
 * {@code css/custom.css} after the shipped one, and a template of the project's that Thymeleaf cannot process
 * reported as the user's mistake.
 */
final class ReportTemplates {

    private ReportTemplates() {
    }

    /** An engine for {@code options}: the project's templates folder first, file by file, then the shipped ones. */
    static TemplateEngine engine(ReportOptions options) {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordPathEvaluator());
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        if (options.templatesDirectory() != null) {
            engine.addTemplateResolver(new ProjectTemplateResolver(options.templatesDirectory()));
        }
        engine.addTemplateResolver(new ShippedTemplateResolver());
        return engine;
    }

    /** The shipped style sheet, then the project's {@code css/custom.css} when its templates folder has one. */
    static String styleSheetText(ReportOptions options) throws IOException {
        String custom = options.templatesDirectory() == null ? null
                : ProjectTemplateResolver.customStyleSheet(options.templatesDirectory());
        return custom == null ? HtmlReportWriter.styleSheet() : HtmlReportWriter.styleSheet() + "\n/* "
                + ProjectTemplateResolver.CUSTOM_CSS + " of the project */\n" + custom;
    }

    /**
     * Renders {@code template} into {@code out}.
     *
     * @throws InvalidInputException when a template of the project's own folder cannot be processed; with the
     *     shipped templates alone the failure is the plugin's, and is thrown as it is
     */
    static void process(TemplateEngine engine, ReportOptions options, String template, Context context, Writer out) {
        try {
            engine.process(template, context, out);
        } catch (TemplateProcessingException e) {
            if (options.templatesDirectory() == null) {
                throw e; // the shipped templates alone: a bug of the plugin, not the user's
            }
            throw projectTemplateProblem(options.templatesDirectory(), e);
        }
    }

    /**
     * A template of the project's own templates folder that Thymeleaf cannot process (not well-formed, an
     * expression naming no field of the page, a fragment missing), reported as the user's mistake: the file, its
     * line and column where Thymeleaf knows them, what went wrong and what is expected.
     */
    private static InvalidInputException projectTemplateProblem(Path templatesDirectory, TemplateProcessingException e) {
        String name = e.getTemplateName() == null ? "" : e.getTemplateName();
        Path own = templatesDirectory.resolve(name + ".html");
        String file = !name.isEmpty() && Files.isRegularFile(own) ? own.toString()
                : "template " + (name.isEmpty() ? "(unknown)" : name) + " (shipped; used by a template of "
                        + templatesDirectory + ")";
        int line = e.getLine() == null ? 0 : e.getLine();
        int column = e.getCol() == null ? 0 : e.getCol();
        return new InvalidInputException(new InputProblem(new SourceLocation(file, line, column, ""),
                e.getMessage(), "a template Thymeleaf can process in XML mode: well-formed XHTML whose fragments "
                        + "exist and whose expressions name fields of the page model (see the shipped template of "
                        + "the same path)"));
    }
}
