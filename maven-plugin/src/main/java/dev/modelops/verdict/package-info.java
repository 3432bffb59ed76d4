/**
 * Stage 5, verdict: decides from the findings whether the build fails, and words the summary a user reads
 * in the build log. Runs after every report is written, so reports exist even when the build fails.
 */
package dev.modelops.verdict;
