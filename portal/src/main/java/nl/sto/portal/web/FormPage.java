package nl.sto.portal.web;

/** A page with forms: the addresses its forms post to, and the ids of its forms about one row. */
public interface FormPage {

    /** The page's own address, e.g. {@code /school/regions/R01}. */
    String path();

    /** The action of a form about the whole page, e.g. {@code action("manage/plan")}. */
    default String action(String sub) {
        return path() + "/" + sub;
    }

    /**
     * The action of a form about one row (a contact, a partner, an attachment), e.g.
     * {@code rowAction("contacts", id, "remove")}; an empty verb addresses the row itself.
     */
    default String rowAction(String collection, Object id, String verb) {
        return path() + "/" + collection + "/" + id + (verb.isEmpty() ? "" : "/" + verb);
    }

    /** The id of a row's form on the page (unique, and the prefix of its fields' ids). */
    default String formId(String prefix, Object id) {
        return prefix + "-" + id;
    }
}
