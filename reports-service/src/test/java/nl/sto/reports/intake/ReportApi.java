package nl.sto.reports.intake;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The report endpoints as a client calls them. */
final class ReportApi {

    static final String AIM = "{\"activities\":\"Gastlessen door installateurs\",\"results\":\"40 leerlingen\"}";
    static final String TEXT = "{\"text\":\"Door COVID-19 vielen stages weg; we schoven ze op naar 2022.\"}";
    static final String AMOUNTS = "{\"years\":[{\"year\":2021,\"amount\":12500.50},{\"year\":2022,\"amount\":"
            + "8000}],\"explanation\":\"Inzet van docenten en machines\"}";

    private ReportApi() {
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    static String reports(String code) {
        return "/api/regions/" + code + "/reports";
    }

    static String report(String code, String reportId) {
        return reports(code) + "/" + reportId;
    }

    static Response start(String token, String code, UUID obligationId) {
        return as(token).when().post("/api/regions/" + code + "/obligations/" + obligationId + "/report");
    }

    static String startDraft(String token, String code, UUID obligationId) {
        return start(token, code, obligationId).then().statusCode(201).extract().path("id");
    }

    /** The draft's current ETag, as an editor who opens it gets it. */
    static String etag(String token, String code, String reportId) {
        return as(token).when().get(report(code, reportId)).then().statusCode(200).extract().header("ETag");
    }

    static Response save(String token, String code, String reportId, String section, String etag, String body) {
        RequestSpecification request = as(token).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.when().put(report(code, reportId) + "/sections/" + section);
    }

    /** Saves a section on top of whatever is there now, as one careful editor would. */
    static void fill(String token, String code, String reportId, String section, String body) {
        save(token, code, reportId, section, etag(token, code, reportId), body).then().statusCode(200);
    }

    /** Every required section of a progress report. */
    static void fillProgressReport(String token, String code, String reportId) {
        fill(token, code, reportId, "aim-duurzaam", AIM);
        fill(token, code, reportId, "aim-dekkend", AIM);
        fill(token, code, reportId, "aim-kwalitatief-hoogstaand", AIM);
        fill(token, code, reportId, "covid-19", TEXT);
        fill(token, code, reportId, "cofinancing-realised", AMOUNTS);
    }

    static Response upload(String token, String code, String reportId, String filename, byte[] bytes) {
        return as(token).multiPart("file", filename, bytes, "application/octet-stream")
                .when().post(report(code, reportId) + "/attachments");
    }

    static Response submit(String token, String code, String reportId) {
        return as(token).when().post(report(code, reportId) + "/submit");
    }

    static Response review(String token, String code, String reportId, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(report(code, reportId) + "/review");
    }

    static Response revise(String token, String code, String reportId) {
        return as(token).when().post(report(code, reportId) + "/revision");
    }
}
