package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.Approval;
import dev.modelops.model.Change;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.render.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates and references of a card's model details, gathered from where model.yaml records them: the change
 * log, the sign-offs, the evaluation and monitoring results and the impact assessment give the dates; the impact
 * assessment, the datasheets and the code of the lineage's jobs are the references. Only what is recorded is
 * listed; an empty list makes the card say that nothing is.
 */
final class ModelDetailRows {

    private ModelDetailRows() {
    }

    static List<Detail> dates(GovernedModel model) {
        ModelMetadata metadata = model.metadata();
        List<Detail> dates = new ArrayList<>();
        List<Change> changes = metadata.changeLog().stream().filter(change -> change.date() != null).toList();
        if (changes.size() > 1) {
            dates.add(new Detail("First change recorded", change(changes.get(0)), false));
        }
        if (!changes.isEmpty()) {
            dates.add(new Detail("Latest change recorded", change(changes.get(changes.size() - 1)), false));
        }
        Approval latest = null;
        for (Approval approval : metadata.approvals()) {
            if (approval.date() != null && (latest == null || !approval.date().isBefore(latest.date()))) {
                latest = approval;
            }
        }
        if (latest != null) {
            String who = present(latest.by()) ? t(latest.by()) + (present(latest.role()) ? ", " + t(latest.role()) : "") : "";
            String decision = present(latest.decision()) ? t(latest.decision()) : "decision not stated";
            dates.add(new Detail("Latest sign-off", Formats.date(latest.date()) + " ("
                    + (who.isEmpty() ? "" : who + ": ") + decision + ")", false));
        }
        String evaluated = range(model.evaluations());
        if (evaluated != null) {
            dates.add(new Detail("Evaluated", evaluated, false));
        }
        String monitored = range(model.monitoringResults());
        if (monitored != null) {
            dates.add(new Detail("Monitored", monitored, false));
        }
        ImpactAssessment assessment = metadata.impactAssessment();
        if (assessment != null && assessment.date() != null) {
            dates.add(new Detail("Impact assessed", Formats.date(assessment.date()), false));
        }
        return dates;
    }

    /** "2026-10-15: production, version 3.2.0". */
    private static String change(Change change) {
        List<String> parts = new ArrayList<>();
        if (present(change.status())) {
            parts.add(t(change.status()));
        }
        if (present(change.version())) {
            parts.add("version " + t(change.version()));
        }
        return Formats.date(change.date()) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    /** The day, or first and last day, the results were measured; null when none is dated. */
    private static String range(List<MetricResult> results) {
        LocalDate first = null;
        LocalDate last = null;
        for (MetricResult result : results) {
            LocalDate date = result.date();
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        if (first == null) {
            return null;
        }
        return first.equals(last) ? Formats.date(first) : Formats.date(first) + " to " + Formats.date(last);
    }

    static List<Detail> references(GovernedModel model) {
        ModelMetadata metadata = model.metadata();
        List<Detail> references = new ArrayList<>();
        ImpactAssessment assessment = metadata.impactAssessment();
        if (assessment != null && present(assessment.reference())) {
            List<String> about = new ArrayList<>();
            if (present(assessment.by())) {
                about.add(t(assessment.by()));
            }
            if (assessment.date() != null) {
                about.add(Formats.date(assessment.date()));
            }
            references.add(new Detail("Impact assessment", t(assessment.reference())
                    + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"), false));
        }
        Map<String, List<String>> datasheets = new LinkedHashMap<>();
        for (DatasetUse dataset : metadata.datasets()) {
            if (present(dataset.datasheet())) {
                datasheets.computeIfAbsent(t(dataset.datasheet().strip()), sheet -> new ArrayList<>())
                        .add(present(dataset.name()) ? t(dataset.name()) : "unnamed dataset");
            }
        }
        datasheets.forEach((sheet, datasets) ->
                references.add(new Detail("Datasheet", sheet + " (" + String.join("; ", datasets) + ")", false)));
        for (LineageJob job : model.lineage().jobs()) {
            if (present(job.codeRef())) {
                references.add(new Detail("Code", t(job.codeRef()) + " (" + t(present(job.name()) ? job.name() : job.id())
                        + ")", false));
            }
        }
        return references;
    }
}
