/**
 * Stage 4, render: writes what a run found, for people and for machines. One {@link dev.modelops.render.ReportWriter}
 * per output format: {@link dev.modelops.render.HtmlReportWriter} (compliance report, rule catalogue and model cards, from the
 * Thymeleaf templates in the repository's {@code templates/} folder), {@link dev.modelops.render.JsonResultsWriter}
 * ({@code results.json}, documented by {@code modelops/schemas/results.schema.json}) and
 * {@link dev.modelops.render.JunitXmlWriter} (one JUnit XML report per model). The
 * {@link dev.modelops.render.ReportPublisher} runs them into a staging directory and replaces the previous report
 * only when all succeeded.
 *
 * <p>Every output is deterministic: equal results give byte-identical files (no clock, no random ids, fixed
 * ordering through {@link dev.modelops.render.ReportContent}, {@code \n} line endings, {@link java.util.Locale#ROOT}).
 * Numbers are formatted once, by {@link dev.modelops.render.Formats}; the counts per rule and per framework that both
 * the HTML and {@code results.json} show are computed once, by {@link dev.modelops.render.FindingCounts} and
 * {@link dev.modelops.render.FrameworkCoverage}.
 */
package dev.modelops.render;
