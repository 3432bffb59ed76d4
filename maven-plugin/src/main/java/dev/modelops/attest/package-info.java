/**
 * Signed attestations of a governance run: the key files a project supplies (PKCS#8 and X.509 PEM, Ed25519 or
 * ECDSA P-256, read with the JDK alone), DSSE envelopes and their pre-authentication encoding, and the checks of
 * {@code modelops:verify}. Nothing here knows Maven or the reports; the in-toto statement itself is written by
 * {@code render.AttestationWriter}.
 */
package dev.modelops.attest;
