package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.LocatedDocument;
import dev.modelops.model.SourceLocation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One OpenLineage event of a file and where its parts are: the document it was parsed from, the pointer of the
 * event in that document ({@code ""} for a file of one event or a line of an NDJSON file, {@code /3} for the
 * fourth element of an array) and the line the document starts on. Pointers given to its methods are relative to
 * the event ({@code /run/runId}); the locations it gives name the pointer in the file ({@code /3/run/runId}).
 *
 * @param order the event's position in its file, from 0
 */
record OpenLineageEvent(JsonNode root, int order, String prefix, LocatedDocument document, int firstLine) {

    /** The three kinds of OpenLineage event: a run of a job, a job's static lineage, a dataset's metadata. */
    enum Kind {
        RUN("RunEvent"), JOB("JobEvent"), DATASET("DatasetEvent");

        private final String specName;

        Kind(String specName) {
            this.specName = specName;
        }

        String specName() {
            return specName;
        }
    }

    /**
     * What kind of event {@code root} is, or null when it is none: a RunEvent has a run (or a job, when its run
     * is missing), a JobEvent a job and its schemaURL says so, a DatasetEvent a dataset and no job.
     */
    static Kind kindOf(JsonNode root) {
        if (!root.isObject()) {
            return null;
        }
        String schema = text(root.get("schemaURL"));
        if (root.has("run")) {
            return Kind.RUN;
        }
        if (schema != null && schema.endsWith("/JobEvent") && root.has("job")) {
            return Kind.JOB;
        }
        if (root.has("dataset") && !root.has("job")) {
            return Kind.DATASET;
        }
        return root.has("job") ? Kind.RUN : null;
    }

    /** What kind of event this is (never null: only events are made into this record). */
    Kind kind() {
        return kindOf(root);
    }

    /** Where the value at {@code pointer} is, or where its nearest present ancestor is when it is missing. */
    SourceLocation at(String pointer) {
        SourceLocation found = document.locateValue(prefix + pointer);
        int line = found.line() == 0 ? 0 : found.line() + firstLine - 1;
        return new SourceLocation(found.file(), line, found.column(), prefix + pointer);
    }

    /** The node at {@code pointer}, a missing node when there is none. */
    JsonNode node(String pointer) {
        return root.at(pointer);
    }

    /** The text at {@code pointer}, or null when it is missing, blank or not a string. */
    String text(String pointer) {
        return text(root.at(pointer));
    }

    /** When the event happened ({@code eventTime}), or null when that is missing or not an RFC 3339 date-time. */
    Instant time() {
        return instant(text("/eventTime"));
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A key as one token of a JSON pointer. */
    static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
