package nl.sto.common.rest;

import io.quarkus.panache.common.Page;

import nl.sto.common.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of a list, checked before they reach a query: a page from 0, a
 * size from 1 to {@link #MAX_SIZE}, and no page so far on that its first row lies beyond what an offset can hold
 * ({@code page=2147483647} would overflow into a negative offset). Each is a 400 naming the parameter. Taken as text,
 * so that {@code page=abc} is a 400 too, not the 404 of a parameter that cannot be converted.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** The page asked for; a parameter left out takes page 0 and the given size. */
    public static Page of(String page, String size, int defaultSize) {
        int index = parse("page", page, 0);
        int length = parse("size", size, defaultSize);
        if (index < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (length < 1 || length > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be from 1 to " + MAX_SIZE);
        }
        if ((long) index * length > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page", "lies beyond the last row this list can reach");
        }
        return Page.of(index, length);
    }

    /** A number of rows asked for in the parameter {@code name}, from 1 to {@link #MAX_SIZE}; null when left out. */
    public static Integer count(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int count = parse(name, value, 0);
        if (count < 1 || count > MAX_SIZE) {
            throw ProblemException.badRequest(name, "must be from 1 to " + MAX_SIZE);
        }
        return count;
    }

    private static int parse(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }
}
