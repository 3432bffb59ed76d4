package dev.modelops.pipeline;

import dev.modelops.model.GovernanceResult;
import dev.modelops.verdict.Verdict;
import java.nio.file.Path;

/** What a check produced: the result every report was made from, the verdict, and where the report is. */
public record CheckOutcome(CheckSettings settings, GovernanceResult result, Verdict verdict, Path indexHtml) {
}
