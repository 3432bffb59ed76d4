package dev.modelops.pipeline;

import dev.modelops.model.GovernanceResult;
import dev.modelops.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check produced: the result every report was made from, the verdict, where the report is, and the ids
 * of the rules switched off (enforcement off), which were neither evaluated nor reported.
 */
public record CheckOutcome(CheckSettings settings, GovernanceResult result, Verdict verdict, Path indexHtml,
        List<String> rulesOff) {

    public CheckOutcome {
        rulesOff = List.copyOf(rulesOff);
    }
}
