package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.model.Property;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/** The ministry reads every template in both languages with sample data, and sends one to itself. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class TemplatePreviewTest {

    @Test
    void everyTemplateIsWrittenInBothLanguagesWithAValidCalendarEntry() throws Exception {
        List<String> steps = given().auth().oauth2(Tokens.reviewer()).get("/api/reminder-templates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(steps).containsExactly("announcement", "before-14d", "due-day", "overdue-1", "date-moved",
                "returned-1", "calendar-cancel-1");
        for (String step : steps) {
            for (String language : List.of("nl", "en")) {
                JsonPath preview = given().auth().oauth2(Tokens.monitor())
                        .get("/api/reminder-templates/" + step + "/preview?language=" + language)
                        .then().statusCode(200).extract().jsonPath();
                assertThat(preview.getString("subject")).as(step + " " + language).isNotBlank();
                assertThat(preview.getString("text")).contains(language.equals("en") ? "Dear Sample contact"
                        : "Geachte Voorbeeldcontactpersoon");
                assertThat(preview.getString("html")).startsWith("<!DOCTYPE html>");
                assertThat(ReminderFlowTest.value(ReminderFlowTest.event(preview.getString("calendar")),
                        Property.DTSTART)).hasSize(8);
                assertThat(preview.getString("templateVersion")).hasSize(12);
            }
        }
        assertThat(given().auth().oauth2(Tokens.admin()).get("/api/reminder-templates/date-moved/preview")
                .then().extract().<String>path("text")).contains("Stcrt. 2025, nr. 1234");
    }

    @Test
    void anUnknownTemplateOrLanguageIsRefusedNamingIt() {
        given().auth().oauth2(Tokens.admin()).get("/api/reminder-templates/birthday/preview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("step"));
        given().auth().oauth2(Tokens.admin()).get("/api/reminder-templates/due-day/preview?language=de")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("language"));
    }

    @Test
    void theMinistryAdminSendsATestToItself() {
        String address = "admin@ministerie.sto.example";
        int before = Mailbox.to(address).size();
        given().auth().oauth2(Tokens.admin()).post("/api/reminder-templates/overdue-1/test?language=en")
                .then().statusCode(200).body("recipient", org.hamcrest.Matchers.equalTo(address));
        MimeMessage test = Mailbox.await(address, before + 1).get(before);
        assertThat(Mailbox.subject(test)).startsWith("[TEST] Overdue: Progress report was due ");
        assertThat(Mailbox.part(test, "text/calendar")).contains("BEGIN:VCALENDAR");
    }

    @Test
    void whenTheMailServerIsAwayTheTestSaysSo() {
        DevstackTestResource.smtp().stop();
        try {
            given().auth().oauth2(Tokens.admin()).post("/api/reminder-templates/due-day/test")
                    .then().statusCode(503).contentType("application/problem+json");
        } finally {
            DevstackTestResource.smtp().restart();
        }
    }
}
