/**
 * Starting a model's governance record: {@link dev.modelops.scaffold.ModelScaffold} writes a new model folder from
 * the shipped templates under {@code templates/scaffold/}, for the {@code modelops:init} goal.
 */
package dev.modelops.scaffold;
