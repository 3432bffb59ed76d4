package dev.modelops.attest;

/** An attestation that does not hold: the message says which check failed, with the values compared. */
public final class AttestationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttestationException(String message) {
        super(message);
    }
}
