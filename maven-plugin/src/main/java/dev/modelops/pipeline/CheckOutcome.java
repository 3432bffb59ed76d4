package dev.modelops.pipeline;

import dev.modelops.model.GovernanceResult;
import dev.modelops.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check produced: the result every report was made from, the verdict, where the report is, the ids
 * of the rules switched off (enforcement off), which were neither evaluated nor reported, the run's digest
 * ({@link RunDigest}), and whether rendering was skipped because the reports in place were made from exactly
 * the same inputs (the verdict is decided either way).
 */
public record CheckOutcome(CheckSettings settings, GovernanceResult result, Verdict verdict, Path indexHtml,
        List<String> rulesOff, String digest, boolean renderSkipped) {

    public CheckOutcome {
        rulesOff = List.copyOf(rulesOff);
    }

    /** An outcome whose reports were rendered, without a recorded digest. */
    public CheckOutcome(CheckSettings settings, GovernanceResult result, Verdict verdict, Path indexHtml,
            List<String> rulesOff) {
        this(settings, result, verdict, indexHtml, rulesOff, null, false);
    }
}
