package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.client.regions.RegionViews;
import nl.sto.portal.web.FormFeedback;

/** The contact fields as the region page includes them: empty for a new contact, filled for one being changed. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactFieldsTest {

    @Inject
    Engine engine;

    public record Page(FormFeedback feedback) {
    }

    private String render(String include, RegionViews.Contact contact) {
        return engine.parse(include).data("page", new Page(FormFeedback.NONE)).data("c", contact).render();
    }

    @Test
    void aNewContactStartsWithEmptyFieldsAndDutch() {
        String fields = render("{#include regions/contact-fields form='add-contact' /}", null);

        assertThat(fields).contains("id=\"add-contact-name\" name=\"name\" type=\"text\" value=\"\"")
                .contains("id=\"add-contact-email\" name=\"email\" type=\"email\" value=\"\"")
                .contains("id=\"add-contact-role\" name=\"role\" type=\"text\" value=\"\"")
                .doesNotContain("Optional").doesNotContain("NOT_FOUND");
        assertThat(fields).containsPattern("<option value=\"nl\"\\s+selected");
    }

    @Test
    void aContactBeingChangedShowsItsDetails() {
        String fields = render("{#include regions/contact-fields form='edit' contact=c /}",
                new RegionViews.Contact("c-1", "Anna Bakker", "anna@example.org", "Penvoerder", "en"));

        assertThat(fields).contains("value=\"Anna Bakker\"").contains("value=\"anna@example.org\"")
                .contains("value=\"Penvoerder\"");
        assertThat(fields).containsPattern("<option value=\"en\"\\s+selected");
    }
}
