/**
 * Stage 3, evaluate: loads rule packs (built in and the project's own), compiles every rule's CEL expressions
 * once, and runs them on each governed model to produce one {@link dev.modelops.model.Finding} per model and
 * rule. The entry points are {@link dev.modelops.evaluate.RulePackLoader} and
 * {@link dev.modelops.evaluate.RuleEngine}; {@link dev.modelops.evaluate.CelModelView} defines what a rule
 * expression can see. {@link dev.modelops.evaluate.WaiverApplier} then applies the project's waivers to the
 * findings.
 */
package dev.modelops.evaluate;
