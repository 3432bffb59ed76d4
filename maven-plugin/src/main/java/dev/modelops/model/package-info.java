/**
 * The domain: immutable records shared by every stage (load, validate, evaluate, render, verdict).
 * Nothing here reads files or knows about Maven.
 */
package dev.modelops.model;
