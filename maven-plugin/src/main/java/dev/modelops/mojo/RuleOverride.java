package dev.modelops.mojo;

import dev.modelops.evaluate.ProjectOverride;
import java.util.Map;

/**
 * One {@code <rule>} of the {@code check} goal's {@code <rules>}: names a rule ({@code <id>}) or a whole pack
 * ({@code <pack>}) and overrides its {@code <enforcement>} (fail, warn, audit, off), its {@code <severity>}
 * and, for a rule, its {@code <params>}. Maven fills the fields; the values are checked by the pipeline.
 */
public class RuleOverride {

    /** The rule id, e.g. {@code core.approval-current}; or leave it out and name a {@code pack}. */
    private String id;

    /** A pack in force, e.g. {@code core}: the override applies to each of its rules, unless one overrides it. */
    private String pack;

    /** fail, warn, audit or off. */
    private String enforcement;

    /** info, low, medium, high or critical. */
    private String severity;

    /** Parameter values by name, e.g. {@code <maxAgeDays>180</maxAgeDays>}. */
    private Map<String, String> params;

    public void setId(String id) {
        this.id = id;
    }

    public void setPack(String pack) {
        this.pack = pack;
    }

    public void setEnforcement(String enforcement) {
        this.enforcement = enforcement;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public void setParams(Map<String, String> params) {
        this.params = params;
    }

    ProjectOverride toProjectOverride() {
        return new ProjectOverride(id, pack, enforcement, severity, params);
    }

    @Override
    public String toString() {
        return "RuleOverride[" + (id != null ? "id=" + id : "pack=" + pack) + ", enforcement=" + enforcement
                + ", severity=" + severity + ", params=" + params + "]";
    }
}
