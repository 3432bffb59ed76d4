/**
 * The archival PDF of the reports: the XHTML the HTML writer renders from the templates, prepared for print
 * ({@link dev.modelops.render.pdf.PrintPreparation}), laid out by openhtmltopdf on PDFBox as PDF/A-3a (tagged)
 * with the fonts shipped in the plugin ({@link dev.modelops.render.pdf.ShippedFonts}), then given fixed
 * metadata, a fixed document id and {@code results.json} as an associated file
 * ({@link dev.modelops.render.pdf.ArchivalFinish}), so the same inputs give the same bytes.
 */
package dev.modelops.render.pdf;
