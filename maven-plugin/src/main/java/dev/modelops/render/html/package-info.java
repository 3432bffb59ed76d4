/**
 * The page models of the HTML report: immutable records holding every value a template shows, already
 * ordered, counted, formatted and cleaned ({@link dev.modelops.render.html.PageFactory}), so that templates only
 * loop and choose. {@link dev.modelops.render.html.RecordPathEvaluator} lets templates read these records without
 * OGNL's reflection on every access.
 */
package dev.modelops.render.html;
