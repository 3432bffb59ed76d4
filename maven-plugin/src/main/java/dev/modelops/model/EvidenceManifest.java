package dev.modelops.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every input file a run's reports are based on (each model's files, the rule packs, the waivers file, the
 * project's own templates), each with its SHA-256, sorted by path, with the version of the shipped templates, and
 * one digest over all of it: change one byte of one input and {@link #sha256()} changes, and only that file's row.
 *
 * <p>The digest is the SHA-256 of the UTF-8 bytes of the canonical text {@link #canonicalText}: the line
 * {@code modelops-evidence-manifest 1}, the line {@code shipped-templates <version>} ({@code none} when not known),
 * then one line {@code <sha256> <kind> <path>} per file in the order of {@link #files()} (by path, then kind, by
 * UTF-16 code units), each line ending in a single {@code \n}; in a path, {@code \} is written {@code \\} and line
 * breaks {@code \n} and {@code \r}, so that no path can forge a line. An auditor can rebuild the text from
 * {@code results.json} and compare with {@code sha256sum}.
 */
public record EvidenceManifest(String shippedTemplates, List<InputFile> files, String sha256) {

    /** The kind of {@link InputFile} a file of the project's templates folder is listed as. */
    public static final String TEMPLATE_KIND = "template";

    private static final String HEADER = "modelops-evidence-manifest 1";

    public EvidenceManifest {
        files = List.copyOf(files);
    }

    /** The manifest of {@code files} (duplicates listed once, sorted by path), with its digest. */
    public static EvidenceManifest of(String shippedTemplates, List<InputFile> files) {
        List<InputFile> sorted = new ArrayList<>(new LinkedHashSet<>(files));
        sorted.sort(Comparator.comparing(InputFile::path).thenComparing(InputFile::kind)
                .thenComparing(InputFile::sha256));
        return new EvidenceManifest(shippedTemplates, sorted, Sha256.hex(canonicalText(shippedTemplates, sorted)));
    }

    /** The manifest of a run's inputs: each model's files, the packs, the waivers file and the template files. */
    public static EvidenceManifest of(String shippedTemplates, List<GovernedModel> models, List<RulePack> packs,
            InputFile waiversFile, List<InputFile> templateFiles) {
        List<InputFile> files = new ArrayList<>();
        models.forEach(model -> files.addAll(model.inputs()));
        packs.forEach(pack -> files.add(pack.inputFile()));
        if (waiversFile != null) {
            files.add(waiversFile);
        }
        files.addAll(templateFiles);
        return of(shippedTemplates, files);
    }

    /** The files of the project's templates folder among {@link #files()}. */
    public List<InputFile> templateFiles() {
        return files.stream().filter(file -> TEMPLATE_KIND.equals(file.kind())).toList();
    }

    /** The text the digest is taken over (see the class comment). */
    public String canonicalText() {
        return canonicalText(shippedTemplates, files);
    }

    private static String canonicalText(String shippedTemplates, List<InputFile> files) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("shipped-templates ").append(shippedTemplates == null ? "none" : escaped(shippedTemplates))
                .append('\n');
        for (InputFile file : files) {
            text.append(file.sha256()).append(' ').append(escaped(file.kind())).append(' ')
                    .append(escaped(file.path())).append('\n');
        }
        return text.toString();
    }

    private static String escaped(String value) {
        if (value == null) {
            return "none";
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
