package nl.sto.regions.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Invents the contact persons of the demo regions. Names are common Dutch first and last names combined by
 * counter; the lists have 24 and 25 entries (no common factor), so the first 600 contacts all differ. The
 * demo logins' own names (Lieke de Vries, Sanne Bakker, Bram Visser) are left out so nobody mistakes a
 * contact for a login.
 */
final class FictionalContacts {

    private static final List<String> FIRST_NAMES = List.of("Anouk", "Bas", "Carlijn", "Daan", "Esther",
            "Floris", "Gijs", "Hanneke", "Iris", "Joost", "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter",
            "Renske", "Sander", "Tessa", "Ruud", "Wendy", "Youssef", "Zeynep", "Thijs");
    private static final List<String> LAST_NAMES = List.of("de Groot", "Jansen", "van Dijk", "Smits", "Meijer",
            "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "Smit", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen",
            "van den Heuvel", "Kaya");
    /** Every sixth contact prefers English (international staff at schools and businesses). */
    private static final int ENGLISH_EVERY = 6;

    private int next;

    DemoContact next(String role) {
        int k = next++;
        if (k >= FIRST_NAMES.size() * LAST_NAMES.size()) {
            throw new IllegalStateException("Out of unique demo contact names");
        }
        String first = FIRST_NAMES.get(k % FIRST_NAMES.size());
        String last = LAST_NAMES.get(k % LAST_NAMES.size());
        String language = k % ENGLISH_EVERY == ENGLISH_EVERY - 1 ? "en" : "nl";
        return new DemoContact(first + " " + last, mailbox(first) + "." + mailbox(last) + "@example.org", role,
                language);
    }

    /** "van den Heuvel" → "vandenheuvel": lower case ASCII without spaces. */
    private static String mailbox(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
