package nl.sto.portal.regions;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/**
 * The values of the forms' fixed choices, in the order offered: {@code {choices:kinds}}. Their labels are texts
 * ({@code web:option(field, value)}); the values are what regions-service accepts.
 */
@TemplateExtension(namespace = "choices")
final class Choices {

    private Choices() {
    }

    static List<String> kinds() {
        return List.of("MONEY", "IN_KIND");
    }

    static List<String> tranches() {
        return List.of("1", "2", "3", "LATE");
    }

    static List<String> partnerRoles() {
        return List.of("business", "school", "mbo", "po", "lead");
    }

    static List<String> identifierTypes() {
        return List.of("KVK", "LOCATION", "INSTITUTION", "BOARD");
    }

    static List<String> languages() {
        return List.of("nl", "en");
    }
}
