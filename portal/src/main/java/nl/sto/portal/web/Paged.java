package nl.sto.portal.web;

/** A page that shows one page of a longer list, with links to the pages before and after it (tag {@code pagination}). */
public interface Paged {

    /** The page number people read, from 1. */
    int pageNumber();

    boolean hasPrevious();

    boolean hasNext();

    String previousUrl();

    String nextUrl();

    /** Whether the list runs over more than this page, so the page needs the links. */
    default boolean paged() {
        return hasPrevious() || hasNext();
    }
}
