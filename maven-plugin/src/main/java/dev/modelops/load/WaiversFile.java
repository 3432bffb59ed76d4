package dev.modelops.load;

import dev.modelops.model.InputFile;
import dev.modelops.model.Waiver;
import java.util.List;

/** The waivers of a project's waivers file, in file order, and the file itself as evidence of the run. */
public record WaiversFile(List<Waiver> waivers, InputFile file) {

    /** Kind of the waivers file in a report's list of inputs. */
    public static final String KIND = "waivers";

    /** A project without a waivers file. */
    public static final WaiversFile NONE = new WaiversFile(List.of(), null);

    public WaiversFile {
        waivers = List.copyOf(waivers);
    }
}
