package dev.modelops.scaffold;

/** A scaffold that was not written because of the user's request (an invalid id, a folder that exists). */
public final class ScaffoldRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldRefusedException(String message) {
        super(message);
    }
}
