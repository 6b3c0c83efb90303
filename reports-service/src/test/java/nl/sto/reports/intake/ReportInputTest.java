package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.AIM;
import static nl.sto.reports.intake.ReportApi.TEXT;
import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.etag;
import static nl.sto.reports.intake.ReportApi.fill;
import static nl.sto.reports.intake.ReportApi.fillProgressReport;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.reports;
import static nl.sto.reports.intake.ReportApi.review;
import static nl.sto.reports.intake.ReportApi.revise;
import static nl.sto.reports.intake.ReportApi.save;
import static nl.sto.reports.intake.ReportApi.start;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static nl.sto.reports.intake.ReportApi.submit;
import static nl.sto.reports.intake.ReportApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/** Every kind of bad request gets its own status as problem+json, naming what is wrong; none is a 500. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportInputTest {

    private static final String PROBLEM = "application/problem+json";

    private String lead;
    private String admin;
    private String code;
    private ReportFixture.Obligations owed;

    @BeforeEach
    void region() {
        lead = Tokens.leadR01();
        admin = Tokens.admin();
        code = ReportFixture.regionLikeR01();
        owed = ReportFixture.obligations(code);
    }

    @Test
    void unknownRegionReportObligationOrAttachmentIs404() {
        String id = startDraft(lead, code, owed.progressReport1());
        as(admin).when().get(reports("NOPE99")).then().statusCode(404).contentType(PROBLEM);
        as(admin).when().get(report(code, UUID.randomUUID().toString())).then().statusCode(404).contentType(PROBLEM);
        as(admin).when().get(report(code, "not-a-uuid")).then().statusCode(404);
        as(admin).when().get(report(code, id) + "/versions/9").then().statusCode(404).contentType(PROBLEM);
        as(admin).when().get(report(code, id) + "/attachments/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
        start(lead, code, UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        // Another region's obligation is as unknown in this region as a made-up one.
        String other = ReportFixture.regionLikeR01();
        ReportFixture.Obligations othersObligations = ReportFixture.obligations(other);
        start(lead, code, othersObligations.progressReport1()).then().statusCode(404);
        // The report of another region, under this region's path, likewise.
        String othersReport = startDraft(lead, other, othersObligations.progressReport2());
        as(admin).when().get(report(code, othersReport)).then().statusCode(404);
    }

    @Test
    void aReportIsForReportObligationsOnlyAndOnlyOnce() {
        start(lead, code, owed.spendingPeriodEnd()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("obligationId"));
        startDraft(lead, code, owed.progressReport1());
        start(lead, code, owed.progressReport1()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("started already")).body("code", is("already-started"));
    }

    @Test
    void invalidSectionsAre400NamingEachField() {
        String id = startDraft(lead, code, owed.finalReport());
        String etag = etag(lead, code, id);
        save(lead, code, id, "nonsense", etag, TEXT).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("section"));
        save(lead, code, id, "plan-adjustments", etag, TEXT).then().statusCode(400)
                .body("errors[0].field", is("section")).body("detail", containsString("FINAL_REPORT has no section"));
        save(lead, code, id, "aim-dekkend", etag, "{\"activities\":\" \"}").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("activities", "results"));
        save(lead, code, id, "aim-dekkend", etag, "{\"activites\":\"typo\"}").then().statusCode(400)
                .body("errors[0].field", is("activites"));
        save(lead, code, id, "cofinancing-realised", etag,
                "{\"years\":[{\"year\":2021,\"amount\":-5},{\"year\":2022,\"amount\":1.005},{\"year\":2019,"
                        + "\"amount\":1}]}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("years[0].amount", "years[1].amount", "years[2].year")));
        save(lead, code, id, "cofinancing-realised", etag, "{\"years\":[{\"year\":2021,\"amount\":\"veel\"}]}")
                .then().statusCode(400).body("errors[0].field", is("years[0].amount"));
        save(lead, code, id, "covid-19", etag, "{not json").then().statusCode(400).contentType(PROBLEM);
        save(lead, code, id, "covid-19", etag, "").then().statusCode(400).contentType(PROBLEM);
        // Spending after the spending period (ends 1 Aug 2024) cannot be accounted for.
        save(lead, code, id, "spending-per-year", etag, "{\"years\":[{\"year\":2024,\"amount\":10},"
                + "{\"year\":2025,\"amount\":10}]}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("years[1].year")))
                .body("errors[0].message", containsString("outside the spending period"));
        // Nothing was saved by any of these.
        as(lead).when().get(report(code, id)).then().header("ETag", "\"0\"");
    }

    @Test
    void editsNeedTheRevisionTheyWereMadeOn() {
        String id = startDraft(lead, code, owed.progressReport1());
        save(lead, code, id, "covid-19", null, TEXT).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("If-Match"));
        save(lead, code, id, "covid-19", "W/\"zero\"", TEXT).then().statusCode(400)
                .body("errors[0].field", is("If-Match"));
        save(lead, code, id, "covid-19", "\"0\"", TEXT).then().statusCode(200);
        save(lead, code, id, "covid-19", "\"0\"", TEXT).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("revision 0, it is now at 1"));
    }

    @Test
    void finalReportSubmittedIncompleteListsEverySectionMissing() {
        String id = startDraft(lead, code, owed.finalReport());
        fill(lead, code, id, "aim-duurzaam", AIM);
        submit(lead, code, id).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("sections.aim-dekkend", "sections.aim-kwalitatief-hoogstaand",
                        "sections.cofinancing-realised", "sections.spending-per-year",
                        "sections.financial-accounting")));
    }

    @Test
    void attachmentsNeedAFileOfAnAcceptedTypeAndStayWithTheirVersion() {
        String id = startDraft(lead, code, owed.progressReport1());
        as(lead).contentType("multipart/form-data").multiPart("other", "x").when()
                .post(report(code, id) + "/attachments").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("file"));
        upload(lead, code, id, "lijst.xlsx", TestFiles.zip("readme.txt")).then().statusCode(415)
                .contentType(PROBLEM);
        as(lead).contentType(ContentType.JSON).body("{}").when().post(report(code, id) + "/attachments")
                .then().statusCode(415).contentType(PROBLEM);
        String removable = upload(lead, code, id, "a.pdf", TestFiles.pdf()).then().statusCode(201)
                .extract().path("id");
        as(lead).when().delete(report(code, id) + "/attachments/" + removable).then().statusCode(204);
        as(lead).when().get(report(code, id) + "/attachments/" + removable).then().statusCode(404);

        String kept = upload(lead, code, id, "b.pdf", TestFiles.pdf()).then().statusCode(201).extract().path("id");
        fillProgressReport(lead, code, id);
        submit(lead, code, id).then().statusCode(200);
        as(lead).when().delete(report(code, id) + "/attachments/" + kept).then().statusCode(409)
                .contentType(PROBLEM).body("code", is("not-a-draft"));
    }

    @Test
    void aBodyBeyondTheServiceLimitIs413ProblemJson() {
        String id = startDraft(lead, code, owed.progressReport1());
        byte[] huge = new byte[22 * 1024 * 1024];
        upload(lead, code, id, "huge.pdf", huge).then().statusCode(413).contentType(PROBLEM)
                .body("status", is(413));
    }

    /** Sent without a length (chunked), the body is refused once it passes the limit, with the same answer. */
    @Test
    void aChunkedBodyBeyondTheServiceLimitIs413ProblemJson() throws Exception {
        String id = startDraft(lead, code, owed.progressReport1());
        String boundary = "sto-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new ByteArrayInputStream(new byte[22 * 1024 * 1024]), new ByteArrayInputStream(tail))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + report(code, id) + "/attachments"))
                .header("Authorization", "Bearer " + lead)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void reviewsAndRevisionsFitTheReportsState() {
        String id = startDraft(lead, code, owed.progressReport1());
        String reviewer = Tokens.reviewer();
        review(reviewer, code, id, "{\"decision\":\"ACCEPT\"}").then().statusCode(409).contentType(PROBLEM)
                .body("code", is("not-submitted")).body("params.version", is("1")).body("params.status", is("DRAFT"));
        revise(lead, code, id).then().statusCode(409).contentType(PROBLEM)
                .body("code", is("not-returned")).body("params.status", is("DRAFT"));
        fillProgressReport(lead, code, id);
        submit(lead, code, id).then().statusCode(200);
        submit(lead, code, id).then().statusCode(409).contentType(PROBLEM)
                .body("code", is("not-a-draft")).body("params.status", is("SUBMITTED"));
        review(reviewer, code, id, "{\"decision\":\"RETURN\"}").then().statusCode(400)
                .body("errors[0].field", is("comments"));
        review(reviewer, code, id, "{\"decision\":\"RETURN\",\"comments\":{\"spending-per-year\":\"?\"}}")
                .then().statusCode(400).body("errors[0].field", is("comments.spending-per-year"));
        review(reviewer, code, id, "{\"decision\":\"MAYBE\"}").then().statusCode(400)
                .body("errors[0].field", is("decision"));
        review(reviewer, code, id, "{}").then().statusCode(400).body("errors[0].field", containsString("decision"));
        review(reviewer, code, id, "{\"decision\":\"ACCEPT\"}").then().statusCode(200);
        review(reviewer, code, id, "{\"decision\":\"ACCEPT\"}").then().statusCode(409)
                .body("code", is("not-submitted")).body("params.status", is("ACCEPTED"));
        revise(lead, code, id).then().statusCode(409);
        as(reviewer).when().get("/api/reports?status=ACCEPTED").then().statusCode(200).body("id", hasItem(id));
        as(reviewer).when().get("/api/reports?status=LOST").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("status"));
    }

    @Test
    void anotherRegionsPeopleGet403() {
        String id = startDraft(lead, code, owed.progressReport1());
        String school = Tokens.schoolR02();
        as(school).when().get(report(code, id)).then().statusCode(403).contentType(PROBLEM);
        save(school, code, id, "covid-19", "\"0\"", TEXT).then().statusCode(403).contentType(PROBLEM);
        submit(Tokens.businessR01(), code, id).then().statusCode(403).contentType(PROBLEM);
        review(lead, code, id, "{\"decision\":\"ACCEPT\"}").then().statusCode(403).contentType(PROBLEM);
    }
}
