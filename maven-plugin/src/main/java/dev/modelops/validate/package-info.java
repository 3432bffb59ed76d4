/**
 * Stage 2, validate: checks parsed input documents against the JSON Schemas shipped in the plugin
 * ({@code modelops/schemas/*.schema.json}) and across files (duplicate ids, missing referenced files, waivers that
 * reference nothing or are approved by the model's own owner or developer),
 * turning every violation into an {@link dev.modelops.model.InputProblem} with file, line and JSON pointer.
 */
package dev.modelops.validate;
