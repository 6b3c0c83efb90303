package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.etag;
import static nl.sto.reports.intake.ReportApi.fillProgressReport;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.review;
import static nl.sto.reports.intake.ReportApi.save;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static nl.sto.reports.intake.ReportApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * Input a report cannot mean is a 400 naming the field (never a 500, never stored as a guess), and whoever may not
 * use an endpoint gets 403 before any of its rules are checked.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportStrictInputTest {

    private static final String PROBLEM = "application/problem+json";

    private String lead;
    private String code;
    private String id;

    @BeforeEach
    void draft() {
        lead = Tokens.leadR01();
        code = ReportFixture.regionLikeR01();
        id = startDraft(lead, code, ReportFixture.obligations(code).progressReport1());
    }

    private Response saveAsLead(String section, String body) {
        return save(lead, code, id, section, etag(lead, code, id), body);
    }

    @Test
    void aNulCharacterInSectionTextIs400NamingTheField() {
        saveAsLead("covid-19", "{\"text\":\"Stages\\u0000weg\"}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("text"));
        saveAsLead("aim-dekkend", "{\"activities\":\"a\",\"results\":\"\\u0000\"}").then().statusCode(400)
                .body("errors[0].field", is("results"));
        assertNothingSaved();
    }

    @Test
    void aBooleanOrNumberAsTextIs400NamingTheField() {
        saveAsLead("covid-19", "{\"text\":true}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("text"));
        saveAsLead("covid-19", "{\"text\":12}").then().statusCode(400).body("errors[0].field", is("text"));
        assertNothingSaved();
    }

    @Test
    void anAmountAsTextOrAYearWithAFractionIs400NamingTheField() {
        saveAsLead("cofinancing-realised", "{\"years\":[{\"year\":2021,\"amount\":\"12.50\"}]}").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("years[0].amount"));
        saveAsLead("cofinancing-realised", "{\"years\":[{\"year\":2021.5,\"amount\":12.50}]}").then()
                .statusCode(400).body("errors[0].field", is("years[0].year"));
        saveAsLead("cofinancing-realised", "{\"years\":[{\"year\":2021,\"amount\":12.50}],\"total\":12.5}").then()
                .statusCode(400).body("errors[0].field", is("total"));
        assertNothingSaved();
    }

    @Test
    void aSectionBodyThatIsNotUtf8Is400() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"text\":\"Stages ".getBytes(StandardCharsets.UTF_8));
        body.write(0xC3);
        body.write(0x28);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        as(lead).contentType("application/json").header("If-Match", etag(lead, code, id)).body(body.toByteArray())
                .when().put(report(code, id) + "/sections/covid-19")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("text"));
        assertNothingSaved();
    }

    @Test
    void aNulCharacterOrInvalidUtf8InThePathOrQueryIs400NamingTheParameter() {
        as(lead).urlEncodingEnabled(false).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"text\":\"x\"}").when().put(report(code, id) + "/sections/covid%0019")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("section"));
        as(Tokens.reviewer()).urlEncodingEnabled(false).when().get("/api/reports?status=SUB%00MITTED")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("status"));
        as(Tokens.reviewer()).urlEncodingEnabled(false).when().get("/api/obligations?status=%C3%28")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("status"));
        as(Tokens.reviewer()).when().get("/api/obligations?status=LATE")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("status"));
    }

    @Test
    void anUnknownFieldInAReviewIs400NamingIt() {
        fillProgressReport(lead, code, id);
        submit(lead, code, id).then().statusCode(200);
        review(Tokens.reviewer(), code, id, "{\"decision\":\"ACCEPT\",\"grade\":9}").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", is("grade"));
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIs400Problem() throws Exception {
        assertIsProblem400(upload("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n"));
    }

    @Test
    void aBrokenMultipartBodyIs400Problem() throws Exception {
        assertIsProblem400(upload("multipart/form-data; boundary=sto", "--sto\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"a.pdf\"\r\n%PDF-1.4 and no end"));
    }

    /** Sent with the JDK's client, which sends the body exactly as given. */
    private HttpResponse<String> upload(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + report(code, id) + "/attachments"))
                .header("Authorization", "Bearer " + lead)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertIsProblem400(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(PROBLEM));
        assertThat(answer.body()).contains("\"status\":400");
    }

    @Test
    void aFileNameWithANulCharacterIs400NamingTheFile() {
        as(lead).multiPart("file", "bijlage\u0000.pdf", TestFiles.pdf(), "application/pdf")
                .when().post(report(code, id) + "/attachments")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("file"));
    }

    @Test
    void anotherRegionsSchoolGets403WhateverItSends() {
        String school = Tokens.schoolR02();
        for (String body : new String[] {"{not json", "{\"text\":true}", "{\"unknown\":1}"}) {
            save(school, code, id, "covid-19", "\"0\"", body).then().statusCode(403).contentType(PROBLEM);
            save(school, code, id, "nonsense", null, body).then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void theRegionsOwnPeopleGet403OnTheReviewWhateverTheySend() {
        for (String body : new String[] {"{\"decision\":\"MAYBE\"}", "{not json", "{}"}) {
            review(lead, code, id, body).then().statusCode(403).contentType(PROBLEM);
            review(Tokens.monitor(), code, id, body).then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void aBusinessGets403OnAmendmentsWhateverItSends() {
        as(Tokens.businessR01()).contentType("application/json").body("{\"legalReference\":\"\"}")
                .when().post("/api/regulations/STO-2020-2023/amendments/preview")
                .then().statusCode(403).contentType(PROBLEM);
    }

    private void assertNothingSaved() {
        assertThat(Database.count("SELECT count(*) FROM report_section s JOIN report_version v ON v.id = s.version_id "
                + "WHERE v.report_id = CAST(? AS uuid)", id)).isZero();
    }
}
