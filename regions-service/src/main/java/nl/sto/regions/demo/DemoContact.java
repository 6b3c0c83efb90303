package nl.sto.regions.demo;

import java.util.Objects;

/**
 * A fictional contact person of a demo region.
 *
 * @param email always at {@code example.org}, a domain reserved for examples, so no demo mail reaches anyone
 * @param role e.g. {@code Penvoerder}, {@code Projectleider}
 * @param language {@code nl} or {@code en}: the language the contact's reminders are written in
 */
public record DemoContact(String name, String email, String role, String language) {

    public DemoContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
    }
}
