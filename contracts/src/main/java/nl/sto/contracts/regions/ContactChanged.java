package nl.sto.contracts.regions;

/**
 * {@code nl.sto.contact.changed.v1}: a contact person of a region was added, changed or removed
 * ({@code removed = true}); contacts receive the reminders, in their {@code language} ({@code nl} or {@code en}).
 */
public record ContactChanged(String contactId, String regionCode, String name, String email, String role,
        String language, boolean removed) {
}
