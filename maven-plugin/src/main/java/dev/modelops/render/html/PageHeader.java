package dev.modelops.render.html;

/**
 * The band at the top of every page: the project, the "as of" instant the rules were evaluated at, the
 * severity from which violations fail the build, the verdict with its counts, and the relative links to the
 * style sheet, the report's index and the rule catalogue (cards live one folder down), and to the PDF of the
 * page itself ({@code pdfHref}, empty when the page has none or no PDF is written).
 */
public record PageHeader(
        String project,
        String asOf,
        String asOfIso,
        String failOnSeverity,
        String verdictLabel,
        Badge verdict,
        String verdictSummary,
        String cssHref,
        String indexHref,
        String rulesHref,
        String pdfHref) {
}
