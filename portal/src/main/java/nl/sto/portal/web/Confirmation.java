package nl.sto.portal.web;

import java.util.Map;

/**
 * The step before what cannot be undone (submitting a report, a review decision, removing a contact, closing a
 * region): a page that says what will happen and sends the same form again, with {@link #FIELD}, when the person
 * confirms. A page rather than a dialog, so that it works without JavaScript.
 *
 * @param area         the menu item the page belongs to (as the areaNav tag takes it)
 * @param consequence  what will happen, in the person's words
 * @param confirmLabel the button that does it
 * @param action       where the confirmed form goes: the form's own action
 * @param back         the page the person came from, where cancelling leads
 * @param values       the form's fields as posted, sent again unchanged
 */
public record Confirmation(String area, String title, String consequence, String confirmLabel, String action,
        String back, Map<String, String> values) {

    public static final String FIELD = "confirmed";

    public Confirmation {
        values = Map.copyOf(values);
    }

    /** The page the person came from, without the place on it: the path the language links lead to. */
    public String backPage() {
        int fragment = back.indexOf('#');
        return fragment < 0 ? back : back.substring(0, fragment);
    }

    /** Whether the form comes from the confirmation page. */
    public static boolean given(FormFields fields) {
        return "yes".equals(fields.values().get(FIELD));
    }
}
