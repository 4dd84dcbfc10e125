package org.antitrafficking.directory.readmodel;

/** A function and how many programs carry it. */
public record FunctionCount(Function function, long programs) {
}
