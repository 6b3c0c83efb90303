package nl.sto.reports.intake;

import static nl.sto.commontest.AccessMatrix.expect;
import static nl.sto.reports.intake.ReportApi.AIM;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.AccessMatrix;
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

    private final AccessMatrix matrix = new AccessMatrix();
    private String a;
    private String draft;
    private String submitted;

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        a = ReportFixture.regionLikeR01();
        String b = ReportFixture.regionLikeR02();
        ReportFixture.Obligations owed = ReportFixture.obligations(a);
        draft = ReportApi.startDraft(lead(), a, owed.progressReport1());
        String file = upload();
        submitted = ReportApi.startDraft(lead(), a, owed.progressReport2());
        ReportApi.fillProgressReport(lead(), a, submitted);
        String draftPath = ReportApi.report(a, draft);
        String submittedPath = ReportApi.report(a, submitted);

        matrix.check("GET /api/reports", (t, u) -> t.get("/api/reports"), expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET A/reports", (t, u) -> t.get(ReportApi.reports(a)), expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B/reports", (t, u) -> t.get(ReportApi.reports(b)), expect(403, 200, 403, 200, 200, 200));
        matrix.check("POST A/obligations/{id}/report", (t, u) -> t.post("/api/regions/" + a + "/obligations/"
                + owed.finalReport() + "/report"), expect(201, 403, 403, 403, 403, 403));
        matrix.check("GET A/reports/{id}", (t, u) -> t.get(draftPath), expect(200, 403, 200, 200, 200, 200));
        matrix.check("PUT A/reports/{id}/sections/{s}", (t, u) -> t.contentType(ContentType.JSON).body(AIM)
                .header("If-Match", ReportApi.etag(lead(), a, draft)).put(draftPath + "/sections/aim-dekkend"),
                expect(200, 403, 403, 403, 403, 403));
        matrix.check("POST A/reports/{id}/attachments", (t, u) -> t.multiPart("file", "a.pdf", TestFiles.pdf("Nieuw"))
                .post(draftPath + "/attachments"), expect(201, 403, 403, 403, 403, 403));
        matrix.check("GET A/reports/{id}/attachments/{id}", (t, u) -> t.get(draftPath + "/attachments/" + file),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("DELETE A/reports/{id}/attachments/{id}", (t, u) -> t.delete(draftPath + "/attachments/" + upload()),
                expect(204, 403, 403, 403, 403, 403));
        matrix.check("GET A/reports/{id}/versions/1", (t, u) -> t.get(draftPath + "/versions/1"),
                expect(200, 403, 200, 200, 200, 200));
        // A first version has nothing to compare with: a 404 for whoever may read it, a 403 for the others.
        matrix.check("GET A/reports/{id}/versions/1/changes", (t, u) -> t.get(draftPath + "/versions/1/changes"),
                expect(404, 403, 404, 404, 404, 404));
        matrix.check("GET A/reports/{id}/audit", (t, u) -> t.get(draftPath + "/audit"), expect(200, 403, 200, 200, 200, 200));
        matrix.check("POST A/reports/{id}/submit", (t, u) -> {
            ensure("DRAFT");
            return t.post(submittedPath + "/submit");
        }, expect(200, 403, 403, 403, 403, 403));
        matrix.check("POST A/reports/{id}/review", (t, u) -> {
            ensure("SUBMITTED");
            return t.contentType(ContentType.JSON).body("{\"decision\":\"RETURN\",\"comments\":{\"covid-19\":\"?\"}}")
                    .post(submittedPath + "/review");
        }, expect(403, 403, 403, 200, 200, 403));
        matrix.check("POST A/reports/{id}/revision", (t, u) -> {
            ensure("RETURNED");
            return t.post(submittedPath + "/revision");
        }, expect(201, 403, 403, 403, 403, 403));

        RegulationFixture.Ids draftRegulation = RegulationFixture.drafted();
        RegulationFixture.Ids discarded = RegulationFixture.drafted();
        String amended = "/api/regulations/" + RegulationFixture.published().id();
        String drafted = "/api/regulations/" + draftRegulation.id();
        matrix.check("GET /api/regulations", (t, u) -> t.get("/api/regulations"), expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET /api/regulations/section-types", (t, u) -> t.get("/api/regulations/section-types"),
                expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET /api/regulations/{published}", (t, u) -> t.get("/api/regulations/STO-2025-2028"),
                expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET /api/regulations/{draft}", (t, u) -> t.get(drafted), expect(404, 404, 404, 200, 404, 404));
        matrix.check("POST /api/regulations", (t, u) -> t.contentType(ContentType.JSON)
                .body(RegulationFixture.Ids.fresh().draft()).post("/api/regulations"),
                expect(403, 403, 403, 201, 403, 403));
        matrix.check("PUT /api/regulations/{draft}", (t, u) -> t.contentType(ContentType.JSON).body(draftRegulation.draft())
                .put(drafted), expect(403, 403, 403, 200, 403, 403));
        matrix.check("GET /api/regulations/{draft}/preview", (t, u) -> t.get(drafted + "/preview"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("POST /api/regulations/{draft}/publish", (t, u) -> t.contentType(ContentType.JSON).post(drafted + "/publish"),
                expect(403, 403, 403, 200, 403, 403));
        matrix.check("DELETE /api/regulations/{draft}", (t, u) -> t.delete("/api/regulations/" + discarded.id()),
                expect(403, 403, 403, 204, 403, 403));
        matrix.check("POST /api/regulations/{id}/amendments/preview", (t, u) -> t.contentType(ContentType.JSON).body(amendment())
                .post(amended + "/amendments/preview"), expect(403, 403, 403, 200, 403, 403));
        matrix.check("POST /api/regulations/{id}/amendments", (t, u) -> t.contentType(ContentType.JSON).body(amendment())
                .post(amended + "/amendments"), expect(403, 403, 403, 201, 403, 403));
        matrix.check("GET A/obligations", (t, u) -> t.get("/api/regions/" + a + "/obligations"),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET A/obligations/{id}", (t, u) -> t.get("/api/regions/" + a + "/obligations/" + owed.finalReport()),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET /api/obligations", (t, u) -> t.get("/api/obligations"), expect(403, 403, 403, 200, 200, 200));

        matrix.assertAllAsExpected();
    }

    /** An amendment of a test regulation (see {@link RegulationFixture}) that moves its work plan to a new day. */
    private static String amendment() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"legalReference":"Stcrt. matrix, nr. %s","title":"Matrix","publishedOn":"2002-01-01",
                 "effectiveOn":"2002-01-01","sourceNote":"access matrix","deadlines":{"WORK_PLAN":"%s"}}"""
                .formatted(tag, LocalDate.of(2003, 1, 1).plusDays(Math.floorMod(tag.hashCode(), 500)));
    }

    private String lead() {
        return matrix.token("lead-r01");
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
            case "SUBMITTED" -> ReportApi.review(matrix.token("admin"), a, submitted,
                    "{\"decision\":\"RETURN\",\"comments\":{\"covid-19\":\"?\"}}").then().statusCode(200);
            case "RETURNED" -> ReportApi.revise(lead(), a, submitted).then().statusCode(201);
            default -> throw new IllegalStateException("Report is " + status);
        }
        ensure(wanted);
    }
}
