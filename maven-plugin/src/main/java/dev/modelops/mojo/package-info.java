/**
 * The goals. Mojos are thin: they read Maven parameters, call the pipeline, and turn its outcome into log
 * lines and, for violations or bad input, a {@link org.apache.maven.plugin.MojoFailureException}.
 */
package dev.modelops.mojo;
