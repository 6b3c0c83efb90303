package nl.sto.portal.reports;

/**
 * The answer to a section saved while it was typed, for the page's script: the draft's new version check, which
 * every section form on the page then sends back (null when nothing was saved), and the line the section shows.
 */
public record SectionAutosave(String etag, String message) {

    public static SectionAutosave saved(String etag, String message) {
        return new SectionAutosave(etag, message);
    }

    public static SectionAutosave notSaved(String message) {
        return new SectionAutosave(null, message);
    }
}
