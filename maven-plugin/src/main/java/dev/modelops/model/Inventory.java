package dev.modelops.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An inventory across projects: the published results of each source (a module of the build, or a project
 * resolved from a repository), sorted by label so that the same sources always give the same report. The same
 * model id may appear in two sources (two teams may both call a model {@code churn}); they are told apart by
 * their source. {@code asOf} dates the inventory (its PDF, how long a waiver has left).
 */
public record Inventory(String title, Instant asOf, List<Source> sources) {

    public Inventory {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        sources = sources.stream().sorted(Comparator.comparing(Source::label)).toList();
        Set<String> labels = new HashSet<>();
        for (Source source : sources) {
            if (!labels.add(source.label())) {
                throw new IllegalArgumentException("The source " + source.label() + " is in the inventory twice");
            }
        }
    }

    /**
     * One source: {@code label} names it in the report ({@code groupId:artifactId:version}), {@code coordinates}
     * are its Maven coordinates where known (else null), {@code reportHref} a relative link from the inventory's
     * folder to the source's own {@code index.html} (else null).
     */
    public record Source(String label, String coordinates, String reportHref, PublishedResults results) {

        public Source {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(results, "results");
        }
    }
}
