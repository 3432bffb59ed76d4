/**
 * The whole governance check as one call, without Maven: load → validate → evaluate → render → verdict.
 * The mojos only translate their parameters into {@link dev.modelops.pipeline.CheckSettings}.
 */
package dev.modelops.pipeline;
