package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.AIM;
import static nl.sto.reports.intake.ReportApi.AMOUNTS;
import static nl.sto.reports.intake.ReportApi.TEXT;
import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.etag;
import static nl.sto.reports.intake.ReportApi.fill;
import static nl.sto.reports.intake.ReportApi.fillProgressReport;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.review;
import static nl.sto.reports.intake.ReportApi.revise;
import static nl.sto.reports.intake.ReportApi.save;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static nl.sto.reports.intake.ReportApi.submit;
import static nl.sto.reports.intake.ReportApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

/** A report from its first draft through a return and a revision to its acceptance, and the events it publishes. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportFlowTest {

    private static final String PROBLEM = "application/problem+json";

    private String lead;
    private String school;
    private String business;
    private String reviewer;
    private String admin;

    @BeforeEach
    void logIn() {
        lead = Tokens.leadR01();
        school = Tokens.schoolR02();
        business = Tokens.businessR01();
        reviewer = Tokens.reviewer();
        admin = Tokens.admin();
    }

    @Test
    void fromFirstDraftThroughReturnAndRevisionToAcceptance() {
        String code = ReportFixture.regionLikeR01WithSchool();
        ReportFixture.Obligations owed = ReportFixture.obligations(code);
        String id = startDraft(school, code, owed.progressReport1());

        // Two editors open the draft at the same revision; the second to save is told, not overwritten.
        String seenByLead = etag(lead, code, id);
        String seenBySchool = etag(school, code, id);
        save(lead, code, id, "aim-duurzaam", seenByLead, AIM).then().statusCode(200).header("ETag", "\"1\"");
        save(school, code, id, "aim-duurzaam", seenBySchool, "{\"activities\":\"a\",\"results\":\"b\"}")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("in the meantime"));
        as(business).when().get(report(code, id)).then().statusCode(200)
                .body("regulationId", is("STO-2020-2023"))
                .body("kind", is("PROGRESS_REPORT_1"))
                .body("kindName.en", is("First progress report"))
                .body("current.sections.find { it.section == 'aim-duurzaam' }.shape", is("AIM"))
                .body("current.sections.find { it.section == 'aim-duurzaam' }.title.nl", is("Doel: duurzaam"))
                .body("current.sections.find { it.section == 'cofinancing-realised' }.shape", is("AMOUNTS"))
                .body("current.sections.find { it.section == 'aim-duurzaam' }.content.activities",
                        is("Gastlessen door installateurs"));
        fill(school, code, id, "aim-dekkend", AIM);

        // Attachments: the three types by content; a renamed executable and an oversize file are refused.
        upload(lead, code, id, "verantwoording.pdf", TestFiles.pdf()).then().statusCode(201)
                .body("mediaType", is("application/pdf")).body("sha256", is(Receipts.sha256(TestFiles.pdf())));
        upload(school, code, id, "begroting.xlsx", TestFiles.xlsx()).then().statusCode(201)
                .body("mediaType", is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        byte[] docxFile = TestFiles.docx();
        String docx = upload(lead, code, id, "toelichting.docx", docxFile).then().statusCode(201)
                .body("mediaType", is("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .extract().path("id");
        upload(lead, code, id, "rapport.pdf", TestFiles.exe()).then().statusCode(415).contentType(PROBLEM);
        byte[] oversize = new byte[(int) AttachmentService.MAX_SIZE + 1];
        System.arraycopy(TestFiles.pdf(), 0, oversize, 0, TestFiles.pdf().length);
        upload(lead, code, id, "groot.pdf", oversize).then().statusCode(413).contentType(PROBLEM);
        assertThat(Database.count("SELECT count(*) FROM attachment_content WHERE sha256 = ? "
                + "AND encode(sha256(bytes), 'hex') = sha256", Receipts.sha256(docxFile))).as("stored intact")
                .isEqualTo(1);
        HttpResponse<byte[]> download = download(business, report(code, id) + "/attachments/" + docx);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(docxFile);
        assertThat(download.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("toelichting.docx");

        // Submitting with sections missing names every one of them.
        submit(lead, code, id).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("sections.aim-kwalitatief-hoogstaand", "sections.covid-19",
                        "sections.cofinancing-realised")));
        fillProgressReport(school, code, id);
        submit(school, code, id).then().statusCode(403).contentType(PROBLEM);

        // The receipt; the first progress report was due on 1 Nov 2021, so it is late.
        JsonPath receipt = submit(lead, code, id).then().statusCode(200)
                .body("reference", is("STO-" + code + "-PR1-1")).body("late", is(true))
                .body("checksum", matchesPattern("[0-9a-f]{64}")).extract().jsonPath();
        assertThat(obligationStatus(owed.progressReport1().toString())).isEqualTo(1);
        save(lead, code, id, "covid-19", etag(lead, code, id), TEXT).then().statusCode(409).contentType(PROBLEM);
        upload(lead, code, id, "later.pdf", TestFiles.pdf()).then().statusCode(409);
        as(reviewer).when().get("/api/reports?status=SUBMITTED").then().statusCode(200).body("id", hasItem(id));

        // Returned with comments per section; the region revises and resubmits.
        review(reviewer, code, id, """
                {"decision":"RETURN","summary":"Bijna goed","comments":{"covid-19":"Noem de gevolgen per school"}}""")
                .then().statusCode(200).body("decision", is("RETURNED"));
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE id = ?::uuid AND status = 'RETURNED'",
                owed.progressReport1().toString())).isEqualTo(1);
        save(lead, code, id, "covid-19", etag(lead, code, id), TEXT).then().statusCode(409);
        revise(school, code, id).then().statusCode(201).body("version", is(2));
        as(lead).when().get(report(code, id)).then().statusCode(200)
                .body("current.number", is(2)).body("current.basedOn", is(1)).body("status", is("DRAFT"))
                .body("lastReview.comments.covid-19", is("Noem de gevolgen per school"))
                .body("current.attachments", hasSize(3))
                .body("current.sections.findAll { it.filled }", hasSize(5));
        fill(lead, code, id, "covid-19", "{\"text\":\"Per school: stages vervielen bij Hondsrug, Esdal.\"}");
        String second = submit(lead, code, id).then().statusCode(200).body("reference", is("STO-" + code + "-PR1-2"))
                .extract().path("checksum");
        assertThat(second).isNotEqualTo(receipt.getString("checksum"));
        // The reviewer sees what the region changed since the returned version.
        as(reviewer).when().get(report(code, id) + "/versions/2/changes").then().statusCode(200)
                .body("number", is(2)).body("comparedWith", is(1))
                .body("sections.find { it.section == 'covid-19' }.change", is("CHANGED"))
                .body("sections.find { it.section == 'covid-19' }.before.text", containsString("stages weg"))
                .body("sections.find { it.section == 'covid-19' }.after.text", containsString("Hondsrug, Esdal"))
                .body("sections.find { it.section == 'aim-duurzaam' }.change", is("UNCHANGED"))
                .body("sections.findAll { it.change == 'CHANGED' }", hasSize(1))
                .body("added", hasSize(0)).body("removed", hasSize(0));
        as(reviewer).when().get(report(code, id) + "/versions/1/changes").then().statusCode(404);
        review(admin, code, id, "{\"decision\":\"ACCEPT\",\"summary\":\"Akkoord\"}").then().statusCode(200)
                .body("decision", is("ACCEPTED"));
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE id = ?::uuid AND status = 'ACCEPTED'",
                owed.progressReport1().toString())).isEqualTo(1);
        // The list of accepted reports says when and by whom, for the review queue's history.
        as(reviewer).when().get("/api/reports?status=ACCEPTED").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.reviewedBy", notNullValue())
                .body("find { it.id == '" + id + "' }.reviewedAt", notNullValue())
                .body("find { it.id == '" + id + "' }.version", is(2));

        // Every version stays readable, as submitted.
        as(business).when().get(report(code, id) + "/versions/1").then().statusCode(200)
                .body("status", is("RETURNED")).body("receipt.reference", is("STO-" + code + "-PR1-1"))
                .body("review.comments.covid-19", is("Noem de gevolgen per school"))
                .body("sections.find { it.section == 'covid-19' }.content.text", containsString("stages weg"));
        as(lead).when().get(report(code, id) + "/versions/2").then().statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("sections.find { it.section == 'cofinancing-realised' }.content.years[0].amount",
                        is(12500.50f));

        // Who did what, when.
        List<String> actions = as(reviewer).when().get(report(code, id) + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).startsWith("draft.started", "section.saved", "section.saved")
                .containsSubsequence("attachment.added", "report.submitted", "report.returned", "revision.started",
                        "report.resubmitted", "report.accepted")
                .endsWith("report.accepted");
    }

    @Test
    void everyStepPublishesItsEventOnceOnTheReportsTopic() {
        String code = ReportFixture.regionLikeR01();
        ReportFixture.Obligations owed = ReportFixture.obligations(code);
        String id = startDraft(lead, code, owed.progressReport2());
        fillProgressReport(lead, code, id);
        submit(lead, code, id).then().statusCode(200).body("late", is(false));
        review(reviewer, code, id, "{\"decision\":\"RETURN\",\"comments\":{\"aim-dekkend\":\"Meer cijfers\"}}")
                .then().statusCode(200);
        revise(lead, code, id).then().statusCode(201);
        submit(lead, code, id).then().statusCode(200);
        review(reviewer, code, id, "{\"decision\":\"ACCEPT\"}").then().statusCode(200);

        // The region's first progress report is long overdue, so its obligation.overdue event shares the topic.
        List<ConsumerRecord<String, String>> events = KafkaProbe.awaitRecords(Topics.REPORTS,
                r -> code.equals(r.key()) && KafkaProbe.header(r, "ce_type").startsWith("nl.sto.report."), 5);
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                EventTypes.REPORT_DRAFT_STARTED, EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_RETURNED,
                EventTypes.REPORT_RESUBMITTED, EventTypes.REPORT_ACCEPTED);
        assertThat(events).allSatisfy(r -> assertThat(KafkaProbe.header(r, "ce_subject")).isEqualTo(code));
        assertThat(events).allSatisfy(r -> assertThat(payload(r)).containsEntry("regulationId", "STO-2020-2023"));

        Map<String, Object> started = payload(events.get(0));
        assertThat(started).containsEntry("reportId", id).containsEntry("regionCode", code)
                .containsEntry("obligationId", owed.progressReport2().toString())
                .containsEntry("kind", "PROGRESS_REPORT_2");
        assertThat(payload(events.get(1))).containsEntry("version", 1).containsEntry("late", false)
                .containsEntry("receipt", "STO-" + code + "-PR2-1");
        assertThat(payload(events.get(2))).containsEntry("version", 1)
                .containsEntry("sections", List.of("aim-dekkend"));
        assertThat(payload(events.get(3))).containsEntry("version", 2).containsEntry("late", false)
                .containsEntry("receipt", "STO-" + code + "-PR2-2");
        assertThat(payload(events.get(4))).containsEntry("version", 2).containsEntry("reportId", id);
    }

    /** Raw bytes as a browser would save them, without a test client's idea of the content. */
    private static HttpResponse<byte[]> download(String token, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                    + RestAssured.port + path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> payload(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value()).getMap("$");
    }

    private static long obligationStatus(String obligationId) {
        return Database.count("SELECT count(*) FROM obligation WHERE id = ?::uuid AND status = 'SUBMITTED'",
                obligationId);
    }
}
