package dev.ladder.serve;

/** The preview could not start; the message says why and what to do, in words for the person who ran it. */
public final class ServeException extends Exception {

    public ServeException(String message) {
        super(message);
    }
}
