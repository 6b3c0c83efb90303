package nl.sto.reports.intake;

import static io.restassured.RestAssured.given;
import static nl.sto.reports.intake.ReportApi.AIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.reports.RegulationFixture;

/**
 * Every reports-service endpoint (reports, obligations, the regulations), called by every demo user and by nobody,
 * with the status each must get. Region A is like
 * demo R01 (lead-r01's board leads, biz-r01 is a business partner), region B like R02 (school-r02's school).
 * Where a call changes the report, the report is first brought into the state the call needs, so every status
 * below is about who calls, not about the report's state.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportAccessMatrixTest {

    private static final List<String> USERS = List.of("lead-r01", "school-r02", "biz-r01", "admin", "reviewer",
            "monitor", "rogue-admin", "anonymous");
    private static final int NOT_CALLED = -1;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private String a;
    private String draft;
    private String submitted;

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        tokens.put("lead-r01", Tokens.leadR01());
        tokens.put("school-r02", Tokens.schoolR02());
        tokens.put("biz-r01", Tokens.businessR01());
        tokens.put("admin", Tokens.admin());
        tokens.put("reviewer", Tokens.reviewer());
        tokens.put("monitor", Tokens.monitor());
        tokens.put("rogue-admin", Tokens.rogueAdmin());
        a = ReportFixture.regionLikeR01();
        String b = ReportFixture.regionLikeR02();
        ReportFixture.Obligations owed = ReportFixture.obligations(a);
        draft = ReportApi.startDraft(lead(), a, owed.progressReport1());
        String file = upload();
        submitted = ReportApi.startDraft(lead(), a, owed.progressReport2());
        ReportApi.fillProgressReport(lead(), a, submitted);
        String draftPath = ReportApi.report(a, draft);
        String submittedPath = ReportApi.report(a, submitted);

        check("GET /api/reports", t -> t.get("/api/reports"), expect(403, 403, 403, 200, 200, 200));
        check("GET A/reports", t -> t.get(ReportApi.reports(a)), expect(200, 403, 200, 200, 200, 200));
        check("GET B/reports", t -> t.get(ReportApi.reports(b)), expect(403, 200, 403, 200, 200, 200));
        check("POST A/obligations/{id}/report", t -> t.post("/api/regions/" + a + "/obligations/"
                + owed.finalReport() + "/report"), expect(201, 403, 403, 403, 403, 403));
        check("GET A/reports/{id}", t -> t.get(draftPath), expect(200, 403, 200, 200, 200, 200));
        check("PUT A/reports/{id}/sections/{s}", t -> t.contentType(ContentType.JSON).body(AIM)
                .header("If-Match", ReportApi.etag(lead(), a, draft)).put(draftPath + "/sections/aim-dekkend"),
                expect(200, 403, 403, 403, 403, 403));
        check("POST A/reports/{id}/attachments", t -> t.multiPart("file", "a.pdf", TestFiles.pdf("Nieuw"))
                .post(draftPath + "/attachments"), expect(201, 403, 403, 403, 403, 403));
        check("GET A/reports/{id}/attachments/{id}", t -> t.get(draftPath + "/attachments/" + file),
                expect(200, 403, 200, 200, 200, 200));
        check("DELETE A/reports/{id}/attachments/{id}", t -> t.delete(draftPath + "/attachments/" + upload()),
                expect(204, 403, 403, 403, 403, 403));
        check("GET A/reports/{id}/versions/1", t -> t.get(draftPath + "/versions/1"),
                expect(200, 403, 200, 200, 200, 200));
        check("GET A/reports/{id}/audit", t -> t.get(draftPath + "/audit"), expect(200, 403, 200, 200, 200, 200));
        check("POST A/reports/{id}/submit", t -> {
            ensure("DRAFT");
            return t.post(submittedPath + "/submit");
        }, expect(200, 403, 403, 403, 403, 403));
        check("POST A/reports/{id}/review", t -> {
            ensure("SUBMITTED");
            return t.contentType(ContentType.JSON).body("{\"decision\":\"RETURN\",\"comments\":{\"covid-19\":\"?\"}}")
                    .post(submittedPath + "/review");
        }, expect(403, 403, 403, 200, 200, 403));
        check("POST A/reports/{id}/revision", t -> {
            ensure("RETURNED");
            return t.post(submittedPath + "/revision");
        }, expect(201, 403, 403, 403, 403, 403));

        RegulationFixture.Ids draftRegulation = RegulationFixture.drafted();
        RegulationFixture.Ids discarded = RegulationFixture.drafted();
        String amended = "/api/regulations/" + RegulationFixture.published().id();
        String drafted = "/api/regulations/" + draftRegulation.id();
        check("GET /api/regulations", t -> t.get("/api/regulations"), expect(200, 200, 200, 200, 200, 200));
        check("GET /api/regulations/section-types", t -> t.get("/api/regulations/section-types"),
                expect(200, 200, 200, 200, 200, 200));
        check("GET /api/regulations/{published}", t -> t.get("/api/regulations/STO-2025-2028"),
                expect(200, 200, 200, 200, 200, 200));
        check("GET /api/regulations/{draft}", t -> t.get(drafted), expect(404, 404, 404, 200, 404, 404));
        check("POST /api/regulations", t -> t.contentType(ContentType.JSON)
                .body(RegulationFixture.Ids.fresh().draft()).post("/api/regulations"),
                expect(403, 403, 403, 201, 403, 403));
        check("PUT /api/regulations/{draft}", t -> t.contentType(ContentType.JSON).body(draftRegulation.draft())
                .put(drafted), expect(403, 403, 403, 200, 403, 403));
        check("GET /api/regulations/{draft}/preview", t -> t.get(drafted + "/preview"),
                expect(403, 403, 403, 200, 403, 403));
        check("POST /api/regulations/{draft}/publish", t -> t.contentType(ContentType.JSON).post(drafted + "/publish"),
                expect(403, 403, 403, 200, 403, 403));
        check("DELETE /api/regulations/{draft}", t -> t.delete("/api/regulations/" + discarded.id()),
                expect(403, 403, 403, 204, 403, 403));
        check("POST /api/regulations/{id}/amendments/preview", t -> t.contentType(ContentType.JSON).body(amendment())
                .post(amended + "/amendments/preview"), expect(403, 403, 403, 200, 403, 403));
        check("POST /api/regulations/{id}/amendments", t -> t.contentType(ContentType.JSON).body(amendment())
                .post(amended + "/amendments"), expect(403, 403, 403, 201, 403, 403));
        check("GET A/obligations", t -> t.get("/api/regions/" + a + "/obligations"),
                expect(200, 403, 200, 200, 200, 200));
        check("GET A/obligations/{id}", t -> t.get("/api/regions/" + a + "/obligations/" + owed.finalReport()),
                expect(200, 403, 200, 200, 200, 200));
        check("GET /api/obligations", t -> t.get("/api/obligations"), expect(403, 403, 403, 200, 200, 200));

        assertThat(mismatches).as("endpoint / user / expected / got").isEmpty();
    }

    /** An amendment of a test regulation (see {@link RegulationFixture}) that moves its work plan to a new day. */
    private static String amendment() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"legalReference":"Stcrt. matrix, nr. %s","title":"Matrix","publishedOn":"2002-01-01",
                 "effectiveOn":"2002-01-01","sourceNote":"access matrix","deadlines":{"WORK_PLAN":"%s"}}"""
                .formatted(tag, LocalDate.of(2003, 1, 1).plusDays(Math.floorMod(tag.hashCode(), 500)));
    }

    /**
     * Expected statuses for lead-r01, school-r02, biz-r01, admin, reviewer, monitor; anonymous always 401.
     * rogue-admin is lead-r01's school login with a ministry-admin role that a school's login may not grant: it is
     * refused wherever lead-r01 is. Where lead-r01 may act it is not called again, as the second call would meet
     * the state that lead-r01's call left.
     */
    private static int[] expect(int... statuses) {
        int[] all = new int[USERS.size()];
        System.arraycopy(statuses, 0, all, 0, statuses.length);
        all[USERS.indexOf("rogue-admin")] = statuses[0] >= 400 ? statuses[0] : NOT_CALLED;
        all[USERS.size() - 1] = 401;
        return all;
    }

    private void check(String endpoint, Function<RequestSpecification, Response> call, int[] expected) {
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i);
            if (expected[i] == NOT_CALLED) {
                continue;
            }
            RequestSpecification request = given();
            if (tokens.containsKey(user)) {
                request = request.auth().oauth2(tokens.get(user));
            }
            int status = call.apply(request).statusCode();
            if (status != expected[i]) {
                mismatches.add(endpoint + " / " + user + " / " + expected[i] + " / " + status);
            }
        }
    }

    private String lead() {
        return tokens.get("lead-r01");
    }

    /** A new file each time: the same file again would be the attachment already there. */
    private String upload() {
        return ReportApi.upload(lead(), a, draft, "f.pdf", TestFiles.pdf(UUID.randomUUID().toString()))
                .then().statusCode(201).extract().path("id");
    }

    /** Brings the second report into the state the next call needs, through the same steps people take. */
    private void ensure(String wanted) {
        String status = ReportApi.as(lead()).get(ReportApi.report(a, submitted)).then().statusCode(200)
                .extract().path("status");
        if (status.equals(wanted)) {
            return;
        }
        switch (status) {
            case "DRAFT" -> ReportApi.submit(lead(), a, submitted).then().statusCode(200);
            case "SUBMITTED" -> ReportApi.review(tokens.get("admin"), a, submitted,
                    "{\"decision\":\"RETURN\",\"comments\":{\"covid-19\":\"?\"}}").then().statusCode(200);
            case "RETURNED" -> ReportApi.revise(lead(), a, submitted).then().statusCode(201);
            default -> throw new IllegalStateException("Report is " + status);
        }
        ensure(wanted);
    }
}
