package dev.modelops.attest;

/** A key file the project named cannot be used: the message names the file and says what was expected. */
public final class KeyFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }
}
