package nl.sto.portal.client.reports;

import nl.sto.portal.UiLanguage;

/**
 * A text in both of the portal's languages as reports-service gives it: the name of an obligation kind, the title
 * of a report section. The regulation is data, so these come from the service rather than from the portal's own
 * message bundles.
 */
public record Names(String nl, String en) {

    public static final Names NONE = new Names("", "");

    public Names {
        nl = nl == null ? "" : nl;
        en = en == null ? "" : en;
    }

    /** In the page's language; the other one where the service has none. */
    public String in(UiLanguage language) {
        String text = language == UiLanguage.EN ? en : nl;
        return text.isBlank() ? (language == UiLanguage.EN ? nl : en) : text;
    }

    static Names orNone(Names names) {
        return names == null ? NONE : names;
    }
}
