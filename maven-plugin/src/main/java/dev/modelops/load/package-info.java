/**
 * Stage 1, load: finds the model folders of a project and reads each input file (model metadata, evaluations,
 * lineage, the waivers file) into the domain records. One reader class per input format; a foreign format is one more reader.
 */
package dev.modelops.load;
