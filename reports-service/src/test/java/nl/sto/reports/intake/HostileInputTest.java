package nl.sto.reports.intake;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.reports.ObligationFixture;
import nl.sto.reports.RegulationFixture;

/**
 * R01 admitted in 2020 with lead-r01's board as lead: a draft of progress report 1 with an attachment, where the
 * editors' endpoints get their cases; a submitted progress report 2, where the review gets them; the final report
 * not started yet, where starting one gets them. The regulations' endpoints get theirs on STO-2020-2023 (reading and
 * amending it) and on a drafted test regulation of their own per case (changing, previewing, publishing,
 * discarding it), so that a case wrongly accepted leaves the next ones valid.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends HostileInputContractTest {

    private static final String REGION = "R01";
    private static final String REVIEW = "/api/regions/{code}/reports/{reportId}/review";
    private static final String SECTION = "/api/regions/{code}/reports/{reportId}/sections/{section}";
    private static final String ATTACHMENT = "/api/regions/{code}/reports/{reportId}/attachments/{attachmentId}";
    private static final String REGULATION = "/api/regulations/{id}";
    /** The endpoints that change a draft or make it published: each case gets a draft of its own. */
    private static final Set<String> ON_A_DRAFT = Set.of("PUT " + REGULATION, "DELETE " + REGULATION,
            "GET " + REGULATION + "/preview", "POST " + REGULATION + "/publish");
    /**
     * Each one has a legal reference of its own, moves the final report to another day inside the period of
     * 2020-2023 (which ended on 2025-12-31) and takes effect with the version in force at the earliest: an
     * amendment wrongly published by a case leaves the next ones valid.
     */
    private static final String AMENDMENT = """
            {"legalReference":"Stcrt. 2030, nr. %d","title":"Wijziging van de regeling","publishedOn":"2024-01-01",
             "effectiveOn":"%s","sourceNote":"Staatscourant","deadlines":{"FINAL_REPORT":"%s"}}""";
    /** What the school partners do; the ministry neither writes nor submits reports. */
    private static final Set<String> EDITORS = Set.of(
            "POST /api/regions/{code}/obligations/{obligationId}/report",
            "PUT " + SECTION,
            "POST /api/regions/{code}/reports/{reportId}/attachments",
            "DELETE " + ATTACHMENT,
            "POST /api/regions/{code}/reports/{reportId}/submit",
            "POST /api/regions/{code}/reports/{reportId}/revision");

    private final Map<String, String> known = new HashMap<>();
    private final AtomicInteger amendments = new AtomicInteger();
    private String submittedReport;
    private RegulationFixture.Ids draft = RegulationFixture.Ids.fresh();

    @Override
    protected void prepare() {
        RegionEvents.registerAndAdmit(REGION, LocalDate.of(2020, 3, 1));
        RegionEvents.joinDemoPartners(REGION);
        String lead = Tokens.leadR01();
        // Four obligations of 2020-2023 and three of 2025-2028.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReportApi.as(lead)
                .when().get("/api/regions/" + REGION + "/obligations").then().statusCode(200).body("$", hasSize(7))
                .body("findAll { it.regulationId == 'STO-2020-2023' }", hasSize(4)));
        Map<String, Map<String, Object>> obligations = ObligationFixture.obligationsByKind(REGION, lead);
        String draft = ReportApi.startDraft(lead, REGION, id(obligations, "PROGRESS_REPORT_1"));
        String attachment = attach(lead, draft);
        submittedReport = ReportApi.startDraft(lead, REGION, id(obligations, "PROGRESS_REPORT_2"));
        ReportApi.fillProgressReport(lead, REGION, submittedReport);
        ReportApi.submit(lead, REGION, submittedReport).then().statusCode(200);

        known.put("code", REGION);
        known.put("reportId", draft);
        known.put("attachmentId", attachment);
        known.put("obligationId", id(obligations, "FINAL_REPORT").toString());
        known.put("id", id(obligations, "PROGRESS_REPORT_1").toString());
        known.put("section", "covid-19");
        known.put("number", "1");
    }

    /**
     * The review's report submitted again if a case returned it; a new attachment for each removal; the draft's
     * current ETag for each save.
     */
    @Override
    protected Map<String, String> knownValues(Endpoint endpoint) {
        Map<String, String> values = new HashMap<>(known);
        if (endpoint.is("POST", REVIEW)) {
            submitAgainIfReturned(token(Login.LEAD_R01));
            values.put("reportId", submittedReport);
        }
        if (endpoint.is("DELETE", ATTACHMENT)) {
            values.put("attachmentId", attach(token(Login.LEAD_R01), known.get("reportId")));
        }
        if (endpoint.is("PUT", SECTION)) {
            values.put("If-Match", ReportApi.etag(token(Login.LEAD_R01), REGION, known.get("reportId")));
        }
        if (endpoint.path().startsWith(REGULATION)) {
            values.put("id", "STO-2020-2023");
        }
        if (ON_A_DRAFT.contains(endpoint.name())) {
            draft = RegulationFixture.drafted();
            values.put("id", draft.id());
        }
        return values;
    }

    @Override
    protected Login loginFor(Endpoint endpoint) {
        return EDITORS.contains(endpoint.name()) ? Login.LEAD_R01 : Login.ADMIN;
    }

    @Override
    protected Optional<String> exampleBody(Endpoint endpoint) {
        if (endpoint.is("PUT", SECTION)) {
            return Optional.of(ReportApi.TEXT);
        }
        if (endpoint.path().startsWith(REGULATION + "/amendments")) {
            int number = amendments.incrementAndGet();
            return Optional.of(AMENDMENT.formatted(number, effectiveOnOfTheVersionInForce(),
                    LocalDate.of(2024, 6, 1).plusDays(number)));
        }
        if (endpoint.is("POST", "/api/regulations")) {
            return Optional.of(RegulationFixture.Ids.fresh().draft());
        }
        if (endpoint.is("PUT", REGULATION)) {
            return Optional.of(draft.draft());
        }
        if (endpoint.is("POST", REVIEW)) {
            return Optional.of("""
                    {"decision":"RETURN","summary":"Graag aanvullen","comments":{"aim-duurzaam":"Welke scholen?"}}""");
        }
        return Optional.empty();
    }

    /** The overdue check marks R01's past obligations overdue, one outbox event each, whenever it runs. */
    @Override
    protected Set<String> eventTypesWrittenInBackground() {
        return Set.of(EventTypes.OBLIGATION_OVERDUE);
    }

    private void submitAgainIfReturned(String lead) {
        String status = ReportApi.as(lead).when().get(ReportApi.report(REGION, submittedReport))
                .then().statusCode(200).extract().path("status");
        if ("RETURNED".equals(status)) {
            ReportApi.revise(lead, REGION, submittedReport).then().statusCode(201);
            ReportApi.submit(lead, REGION, submittedReport).then().statusCode(200);
        }
    }

    /** The latest version's effective date, or 2030-01-01 if it is earlier, as the regulation lists it. */
    private String effectiveOnOfTheVersionInForce() {
        List<String> effective = ReportApi.as(token(Login.ADMIN)).when().get("/api/regulations/STO-2020-2023")
                .then().statusCode(200).extract().jsonPath().getList("versions.effectiveOn");
        String latest = effective.get(effective.size() - 1);
        return latest.startsWith("+") || latest.compareTo("2030-01-01") > 0 ? latest : "2030-01-01";
    }

    private static String attach(String lead, String report) {
        byte[] freshFile = TestFiles.pdf(UUID.randomUUID().toString());
        return ReportApi.upload(lead, REGION, report, "verantwoording.pdf", freshFile)
                .then().statusCode(201).extract().path("id");
    }

    private static UUID id(Map<String, Map<String, Object>> obligations, String kind) {
        return UUID.fromString((String) obligations.get(kind).get("id"));
    }
}
