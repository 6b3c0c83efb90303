package nl.sto.portal.regions;

/** The addresses of forms about one row of a page (a contact, a partner, an attachment) and their ids. */
public final class PagePaths {

    private PagePaths() {
    }

    /** E.g. {@code row("/school/regions/R01", "contacts", id, "remove")}; an empty verb addresses the row itself. */
    public static String row(String page, String collection, Object id, String verb) {
        return page + "/" + collection + "/" + id + (verb.isEmpty() ? "" : "/" + verb);
    }

    /** The id of a row's form on the page (unique, and the prefix of its fields' ids). */
    public static String formId(String prefix, Object id) {
        return prefix + "-" + id;
    }
}
