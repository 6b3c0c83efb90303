package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static nl.sto.commontest.AccessMatrix.expect;
import static nl.sto.notification.ReminderFixture.awaitReminder;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.sto.commontest.AccessMatrix;
import nl.sto.commontest.RegionEvents;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/**
 * Every reminder endpoint, called by every demo user and by nobody, with the status each must get. Region A is like
 * R01 (lead-r01's board leads, biz-r01 is a business partner), region B like R02 (school-r02's school).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReminderAccessMatrixTest {

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        AccessMatrix matrix = new AccessMatrix();
        String a = ReminderFixture.region();
        String b = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(b, LocalDate.of(2020, 1, 1));
        RegionEvents.join(b, RegionEvents.SCHOOL_R02_BRIN, "school");
        ReminderFixture.contact(a, "not-an-address", "nl");
        ReminderFixture.obligation(a, LocalDate.now().plusDays(30), true);
        String failed = awaitReminder(a, "not-an-address", "announcement", "permanent-failure").id();
        await().until(() -> given().auth().oauth2(matrix.token("school-r02"))
                .get("/api/regions/" + b + "/reminders").statusCode() == 200);

        matrix.check("GET A/reminders", (t, u) -> t.get("/api/regions/" + a + "/reminders"),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B/reminders", (t, u) -> t.get("/api/regions/" + b + "/reminders"),
                expect(403, 200, 403, 200, 200, 200));
        // A partner of no region by that code is refused before the service looks the region up: the answer tells
        // an outsider nothing about which codes exist.
        matrix.check("GET unknown/reminders", (t, u) -> t.get("/api/regions/" + RegionEvents.uniqueCode()
                + "/reminders"), expect(403, 403, 403, 404, 404, 404));
        matrix.check("GET A/reminders/{id}", (t, u) -> t.get("/api/regions/" + a + "/reminders/" + failed),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B/reminders/{id of A}", (t, u) -> t.get("/api/regions/" + b + "/reminders/" + failed),
                expect(403, 404, 403, 404, 404, 404));
        matrix.check("GET /api/reminders", (t, u) -> t.get("/api/reminders"), expect(403, 403, 403, 200, 200, 200));
        matrix.check("POST /api/reminders/{id}/resend", (t, u) -> t.post("/api/reminders/" + failed + "/resend"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("GET A/reminder-pause", (t, u) -> t.get("/api/regions/" + a + "/reminder-pause"),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("PUT A/reminder-pause", (t, u) -> t.contentType(ContentType.JSON)
                .body("{\"reason\":\"Onderzoek\"}").put("/api/regions/" + a + "/reminder-pause"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("DELETE A/reminder-pause", (t, u) -> t.delete("/api/regions/" + a + "/reminder-pause"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("GET /api/reminder-templates", (t, u) -> t.get("/api/reminder-templates"),
                expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET /api/reminder-templates/{step}/preview", (t, u) -> t
                .get("/api/reminder-templates/announcement/preview?language=en"), expect(403, 403, 403, 200, 200, 200));
        matrix.check("POST /api/reminder-templates/{step}/test", (t, u) -> t
                .post("/api/reminder-templates/due-day/test"), expect(403, 403, 403, 200, 403, 403));
        matrix.check("GET /api/notices", (t, u) -> t.get("/api/notices"), expect(403, 403, 403, 200, 403, 200));

        matrix.assertAllAsExpected();
    }
}
