package nl.sto.reports.regulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.reports.RegulationFixture;
import nl.sto.reports.RegulationFixture.Ids;

/**
 * Regulations as data through the API: reading the seeded ones, and a ministry-admin drafting, changing,
 * previewing, publishing and discarding one (see {@link RegulationFixture} for the test regulation and why its
 * period lies in 2001-2004); regions taking part in it, a report of its own kind, and an amendment of it.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegulationsTest {

    static final String REGULATIONS = "/api/regulations";

    @Test
    void everyLoggedInUserReadsThePublishedRegulations() {
        for (String token : List.of(Tokens.leadR01(), Tokens.schoolR02(), Tokens.businessR01(), Tokens.admin(),
                Tokens.reviewer(), Tokens.monitor(), Tokens.rogueAdmin())) {
            given().auth().oauth2(token).when().get(REGULATIONS).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("id", hasItems("STO-2020-2023", "STO-2025-2028"))
                    .body("findAll { it.id == 'STO-2025-2028' }[0].legalReference", containsString("2024, nr. 11193"))
                    .body("findAll { it.id == 'STO-2025-2028' }[0].period.from", is("2024-04-03"))
                    .body("findAll { it.id == 'STO-2025-2028' }[0].period.to", is("2029-03-30"))
                    .body("findAll { it.id == 'STO-2020-2023' }[0].title",
                            is("Subsidieregeling sterk techniekonderwijs 2020-2023"))
                    .body("findAll { it.id == 'STO-2020-2023' }[0].period.from", is("2019-04-01"))
                    .body("findAll { it.id == 'STO-2020-2023' }[0].status", is("PUBLISHED"))
                    .body("findAll { it.id == 'STO-2020-2023' }[0].currentVersion", notNullValue());
        }
        given().when().get(REGULATIONS).then().statusCode(401).contentType("application/problem+json");

        // Current first: 2025-2028's period holds today, 2020-2023's has ended.
        List<String> ids = given().auth().oauth2(Tokens.monitor()).when().get(REGULATIONS).then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(ids.get(0)).isEqualTo("STO-2025-2028");
        assertThat(ids.indexOf("STO-2025-2028")).isLessThan(ids.indexOf("STO-2020-2023"));

        JsonPath regulation = JsonPath.from(given().auth().oauth2(Tokens.businessR01())
                .when().get(REGULATIONS + "/STO-2020-2023").then().statusCode(200).extract().asString());
        assertThat(regulation.getList("versions.number")).startsWith(1, 2, 3);
        assertThat(regulation.getString("versions[2].legalReference")).contains("19 juli 2023");
        assertThat(regulation.getString("kinds[0].code")).isEqualTo("PROGRESS_REPORT_1");
        assertThat(regulation.getString("kinds[0].abbreviation")).isEqualTo("PR1");
        assertThat(regulation.getString("kinds[0].due.rule")).isEqualTo("FIXED");
        assertThat(regulation.getList("kinds[0].sections.key")).containsExactly("aim-duurzaam", "aim-dekkend",
                "aim-kwalitatief-hoogstaand", "plan-adjustments", "covid-19", "cofinancing-realised");
        assertThat(regulation.getString("kinds[0].sections[5].shape")).isEqualTo("AMOUNTS");
        assertThat(regulation.getBoolean("kinds[3].report")).isFalse();
        assertThat(regulation.getList("kinds[3].sections")).isEmpty();
        given().auth().oauth2(Tokens.reviewer()).when().get(REGULATIONS + "/STO-2025-2028").then().statusCode(200)
                .body("kinds.abbreviation", is(List.of("OP25", "AP25", "AP27")))
                .body("kinds[0].sections.type", hasItem("free-text"))
                .body("kinds[0].sections.find { it.type == 'free-text' }.key", is("begroting-op-hoofdlijnen"))
                .body("kinds[0].sections.find { it.type == 'free-text' }.shape", is("TEXT"))
                .body("versions[0].number", is(1))
                .body("versions[0].deadlines.OUTLINE_PLAN", is("2024-10-01"));
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/STO-1999-2000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSectionCatalogueListsEveryTypeWithItsShape() {
        given().auth().oauth2(Tokens.leadR01()).when().get(REGULATIONS + "/section-types").then().statusCode(200)
                .body("type", is(List.of("aim-duurzaam", "aim-dekkend", "aim-kwalitatief-hoogstaand",
                        "plan-adjustments", "covid-19", "cofinancing-realised", "spending-per-year",
                        "financial-accounting", "free-text")))
                .body("find { it.type == 'aim-dekkend' }.shape", is("AIM"))
                .body("find { it.type == 'spending-per-year' }.shape", is("AMOUNTS"))
                .body("find { it.type == 'free-text' }.shape", is("TEXT"))
                .body("find { it.type == 'covid-19' }.title.nl", is("Gevolgen van COVID-19"));
        given().when().get(REGULATIONS + "/section-types").then().statusCode(401);
    }

    @Test
    void draftsAreTheMinistryAdminsUntilPublished() {
        Ids ids = Ids.fresh();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(ids.draft())
                .when().post(REGULATIONS).then().statusCode(201)
                .header("Location", endsWith(REGULATIONS + "/" + ids.id()))
                .body("id", is(ids.id()))
                .body("status", is("DRAFT"))
                .body("currentVersion", nullValue())
                .body("versions", hasSize(0))
                .body("kinds.code", is(List.of("WORK_PLAN", "ANNUAL_FIGURES", "GRANT_PLAN", "END_OF_WORK")))
                .body("kinds[0].sections.key", is(List.of("aim-duurzaam", "eigen-verhaal", "plan-adjustments")))
                .body("kinds[0].sections[0].title.nl", is("Doel: duurzaam"))
                .body("kinds[0].sections[1].type", is("free-text"))
                .body("kinds[0].sections[1].title.en", is("Our story"))
                .body("kinds[1].due.rule", is("YEARLY"))
                .body("kinds[1].due.month", is(3))
                .body("kinds[2].due.weeks", is(8));

        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + ids.id()).then().statusCode(200)
                .body("status", is("DRAFT")).body("grantsDecidedOn", is("2001-06-01"));
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS).then().statusCode(200)
                .body("id", hasItem(ids.id()));
        for (String token : List.of(Tokens.leadR01(), Tokens.businessR01(), Tokens.reviewer(), Tokens.monitor(),
                Tokens.rogueAdmin())) {
            given().auth().oauth2(token).when().get(REGULATIONS).then().statusCode(200)
                    .body("id", not(hasItem(ids.id())));
            given().auth().oauth2(token).when().get(REGULATIONS + "/" + ids.id()).then().statusCode(404)
                    .contentType("application/problem+json");
        }

        // Changed as a whole: another title, the work plan a month later, without the optional section.
        String changed = ids.draft().replace("\"title\":\"Testregeling", "\"title\":\"Gewijzigde testregeling")
                .replace("2002-10-01", "2002-11-01")
                .replaceAll(",\\s*\\{\"type\":\"plan-adjustments\",\"required\":false\\}", "");
        assertThat(changed).doesNotContain("plan-adjustments");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(changed)
                .when().put(REGULATIONS + "/" + ids.id()).then().statusCode(200)
                .body("title", containsString("Gewijzigde"))
                .body("kinds[0].due.date", is("2002-11-01"))
                .body("kinds[0].sections.key", is(List.of("aim-duurzaam", "eigen-verhaal")));
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + ids.id()).then().statusCode(200)
                .body("title", containsString("Gewijzigde")).body("kinds", hasSize(4));

        // A draft is discarded; a published regulation is not, nor changed, nor published again.
        given().auth().oauth2(Tokens.admin()).when().delete(REGULATIONS + "/" + ids.id()).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + ids.id()).then().statusCode(404);
        assertThat(Database.count("SELECT count(*) FROM obligation_kind WHERE regulation_id = ?", ids.id())).isZero();

        Ids published = RegulationFixture.published();
        RegulationFixture.publish(Tokens.admin(), published.id()).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(published.draft())
                .when().put(REGULATIONS + "/" + published.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("amendment"));
        given().auth().oauth2(Tokens.admin()).when().delete(REGULATIONS + "/" + published.id())
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + published.id() + "/preview")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.monitor()).when().get(REGULATIONS + "/" + published.id()).then()
                .statusCode(200).body("status", is("PUBLISHED")).body("currentVersion", is(1))
                .body("versions[0].deadlines.WORK_PLAN", is("2002-10-01"))
                .body("versions[0].deadlines.END_OF_WORK", is("2004-06-30"))
                .body("versions[0].deadlines", not(org.hamcrest.Matchers.hasKey("ANNUAL_FIGURES")));

        // An amendment is for published regulations; an unknown one is 404.
        Ids draft = RegulationFixture.drafted();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(amendment("2002-11-15"))
                .when().post(REGULATIONS + "/" + draft.id() + "/amendments/preview").then().statusCode(409)
                .body("code", is("regulation-draft"));
        for (String path : List.of("", "/preview", "/publish")) {
            Response unknown = path.equals("/publish") ? RegulationFixture.publish(Tokens.admin(), "TEST-UNKNOWN")
                    : given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/TEST-UNKNOWN" + path);
            unknown.then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.admin()).when().delete(REGULATIONS + "/TEST-UNKNOWN").then().statusCode(404);
    }

    @Test
    void publishingMakesEveryAdmittedRegionOweWhatFallsDueAfterItsAdmissionWithOneEventEach() {
        // Admitted before the grant decision (1 Jun 2001), and after the work plan's date (1 Oct 2002).
        String early = admit(LocalDate.of(2001, 1, 15));
        String late = admit(LocalDate.of(2003, 5, 1));
        Ids ids = RegulationFixture.drafted();

        JsonPath preview = JsonPath.from(given().auth().oauth2(Tokens.admin())
                .when().get(REGULATIONS + "/" + ids.id() + "/preview").then().statusCode(200).extract().asString());
        assertThat(preview.getString("regulationId")).isEqualTo(ids.id());
        assertThat(preview.getInt("regions")).isGreaterThanOrEqualTo(2);
        assertThat(preview.getList("perKind.code")).containsExactly("WORK_PLAN", "ANNUAL_FIGURES", "GRANT_PLAN",
                "END_OF_WORK");
        assertThat(preview.getList("perKind.find { it.code == 'WORK_PLAN' }.dueDates")).containsExactly("2002-10-01");
        assertThat(preview.getList("perKind.find { it.code == 'ANNUAL_FIGURES' }.dueDates"))
                .contains("2002-03-01", "2003-03-01", "2004-03-01");
        assertThat(preview.getList("perKind.find { it.code == 'GRANT_PLAN' }.dueDates"))
                .contains("2001-07-27", "2003-06-26");
        assertThat(preview.getInt("obligations")).isEqualTo(preview.<Integer>getList("perKind.obligations").stream()
                .mapToInt(Integer::intValue).sum());
        assertThat(preview.<Map<String, Object>>getList("notOwed").stream()
                .filter(n -> late.equals(n.get("regionCode"))).map(n -> n.get("code") + "@" + n.get("dueDate")))
                .containsExactlyInAnyOrder("WORK_PLAN@2002-10-01", "ANNUAL_FIGURES@2002-03-01",
                        "ANNUAL_FIGURES@2003-03-01");
        assertThat(preview.<Map<String, Object>>getList("notOwed").stream()
                .filter(n -> early.equals(n.get("regionCode")))).isEmpty();
        assertThat(Database.count("SELECT count(*) FROM obligation WHERE regulation_id = ?", ids.id())).isZero();
        assertThat(Database.count("SELECT count(*) FROM regulation_version WHERE regulation_id = ?", ids.id()))
                .isZero();

        JsonPath published = JsonPath.from(RegulationFixture.publish(Tokens.admin(), ids.id()).then().statusCode(200)
                .extract().asString());
        assertThat(published.getString("regulationId")).isEqualTo(ids.id());
        assertThat(published.getInt("version")).isEqualTo(1);
        assertThat(published.getInt("regions")).isEqualTo(preview.getInt("regions"));
        assertThat(published.getInt("obligationsCreated")).isEqualTo(preview.getInt("obligations"));

        assertThat(owed(early, ids.id())).containsExactly("GRANT_PLAN@2001-07-27", "ANNUAL_FIGURES@2002-03-01",
                "WORK_PLAN@2002-10-01", "ANNUAL_FIGURES@2003-03-01", "ANNUAL_FIGURES@2004-03-01",
                "END_OF_WORK@2004-06-30");
        assertThat(owed(late, ids.id())).containsExactly("GRANT_PLAN@2003-06-26", "ANNUAL_FIGURES@2004-03-01",
                "END_OF_WORK@2004-06-30");

        List<ConsumerRecord<String, String>> created = KafkaProbe.awaitRecords(Topics.REGULATION,
                r -> (early.equals(r.key()) || late.equals(r.key()))
                        && EventTypes.OBLIGATION_CREATED.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(ids.id()), 9);
        assertThat(created).hasSize(9);
        assertThat(created).allSatisfy(r -> assertThat(JsonPath.from(r.value()).getString("regulationId"))
                .isEqualTo(ids.id()));
        assertThat(created.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting())))
                .containsOnly(Map.entry(early, 6L), Map.entry(late, 3L));
        JsonPath plan = created.stream().map(r -> JsonPath.from(r.value()))
                .filter(e -> "WORK_PLAN".equals(e.getString("kind"))).findFirst().orElseThrow();
        assertThat(plan.getString("kindName.en")).isEqualTo("Work plan");
        assertThat(plan.getBoolean("report")).isTrue();
        assertThat(plan.getInt("version")).isEqualTo(1);
        assertThat(plan.getString("legalReference")).isEqualTo("Stcrt. test regeling " + ids.tag());

        List<ConsumerRecord<String, String>> announced = KafkaProbe.awaitRecords(Topics.REGULATION,
                r -> ids.id().equals(r.key())
                        && EventTypes.REGULATION_PUBLISHED.equals(KafkaProbe.header(r, "ce_type")), 1);
        assertThat(announced).hasSize(1);
        JsonPath event = JsonPath.from(announced.get(0).value());
        assertThat(event.getString("regulationId")).isEqualTo(ids.id());
        assertThat(event.getList("kinds.code")).containsExactly("WORK_PLAN", "ANNUAL_FIGURES", "GRANT_PLAN",
                "END_OF_WORK");
        assertThat(event.getInt("regions")).isEqualTo(published.getInt("regions"));
        assertThat(event.getInt("obligationsCreated")).isEqualTo(published.getInt("obligationsCreated"));
        assertThat(event.getString("periodFrom")).isEqualTo("2001-04-01");
    }

    @Test
    void aRegionAdmittedAfterPublicationOwesTheNewRegulationsObligationsAndReportsOnItsOwnKind() {
        Ids ids = RegulationFixture.published();
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, LocalDate.of(2002, 1, 1));
        RegionEvents.joinDemoPartners(code);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.leadR01()).when().get("/api/regions/" + code + "/obligations")
                    .then().statusCode(200).body("findAll { it.regulationId == '" + ids.id() + "' }", hasSize(6));
            given().auth().oauth2(Tokens.businessR01()).when().get("/api/regions/" + code + "/my-role")
                    .then().statusCode(200);
        });

        // Every obligation names its regulation: the new one, and the seeded ones the region takes part in too.
        List<Map<String, Object>> all = obligations(code);
        assertThat(all).allSatisfy(o -> assertThat(o.get("regulationId")).isNotNull());
        assertThat(all).filteredOn(o -> "STO-2020-2023".equals(o.get("regulationId"))).hasSize(4);
        assertThat(all).filteredOn(o -> "STO-2025-2028".equals(o.get("regulationId"))).hasSize(3);
        assertThat(owed(code, ids.id())).containsExactly("GRANT_PLAN@2002-02-26", "ANNUAL_FIGURES@2002-03-01",
                "WORK_PLAN@2002-10-01", "ANNUAL_FIGURES@2003-03-01", "ANNUAL_FIGURES@2004-03-01",
                "END_OF_WORK@2004-06-30");
        Map<String, Object> workPlan = one(all, ids.id(), "WORK_PLAN");
        assertThat(workPlan.get("kindName")).isEqualTo(Map.of("nl", "Werkplan", "en", "Work plan"));
        assertThat(workPlan).containsEntry("report", true).containsEntry("version", 1)
                .containsEntry("legalReference", "Stcrt. test regeling " + ids.tag());
        assertThat(all).filteredOn(o -> ids.id().equals(o.get("regulationId")) && "ANNUAL_FIGURES".equals(o.get("kind")))
                .extracting(o -> o.get("occurrence"))
                .containsExactly(2002, 2003, 2004);

        // A report of the new kind: its catalogue section and its free-text section, submitted and accepted.
        String lead = Tokens.leadR01();
        String path = "/api/regions/" + code + "/obligations/" + workPlan.get("id") + "/report";
        String reportId = given().auth().oauth2(lead).when().post(path).then().statusCode(201)
                .body("regulationId", is(ids.id()))
                .body("kind", is("WORK_PLAN"))
                .body("kindName.nl", is("Werkplan"))
                .body("current.sections.section", is(List.of("aim-duurzaam", "eigen-verhaal", "plan-adjustments")))
                .body("current.sections.find { it.section == 'eigen-verhaal' }.shape", is("TEXT"))
                .body("current.sections.find { it.section == 'eigen-verhaal' }.title.nl", is("Ons verhaal"))
                .body("current.sections.find { it.section == 'eigen-verhaal' }.required", is(true))
                .body("current.sections.find { it.section == 'plan-adjustments' }.required", is(false))
                .body("current.sections.find { it.section == 'aim-duurzaam' }.shape", is("AIM"))
                .extract().path("id");
        String report = "/api/regions/" + code + "/reports/" + reportId;

        given().auth().oauth2(lead).when().post(report + "/submit").then().statusCode(422)
                .body("errors.field", hasItems("sections.aim-duurzaam", "sections.eigen-verhaal"));
        save(lead, report, "aim-duurzaam", "{\"activities\":\"Gastlessen\",\"results\":\"40 leerlingen\"}");
        save(lead, report, "eigen-verhaal", "{\"text\":\"Zo gingen we te werk.\"}");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag(lead, report))
                .body("{\"activities\":\"x\",\"results\":\"y\"}").when().put(report + "/sections/eigen-verhaal")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag(lead, report))
                .body("{\"text\":\"x\"}").when().put(report + "/sections/covid-19")
                .then().statusCode(400).body("errors[0].field", is("section"));

        given().auth().oauth2(lead).when().get(report).then().statusCode(200)
                .body("current.sections.find { it.section == 'eigen-verhaal' }.filled", is(true))
                .body("current.sections.find { it.section == 'eigen-verhaal' }.content.text",
                        is("Zo gingen we te werk."));
        String receipt = "STO-" + code + "-W" + ids.tag() + "-1";
        given().auth().oauth2(lead).when().post(report + "/submit").then().statusCode(200)
                .body("reference", is(receipt))
                .body("late", is(true));
        given().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPT\",\"summary\":\"Helder\"}").when().post(report + "/review")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.monitor()).when().get(report).then().statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("regulationId", is(ids.id()));
        assertThat(one(obligations(code), ids.id(), "WORK_PLAN").get("status")).isEqualTo("ACCEPTED");

        var submitted = KafkaProbe.awaitRecords(Topics.REPORTS, r -> code.equals(r.key())
                && EventTypes.REPORT_SUBMITTED.equals(KafkaProbe.header(r, "ce_type")), 1);
        assertThat(submitted).singleElement().satisfies(r -> {
            JsonPath event = JsonPath.from(r.value());
            assertThat(event.getString("regulationId")).isEqualTo(ids.id());
            assertThat(event.getString("kind")).isEqualTo("WORK_PLAN");
            assertThat(event.getString("receipt")).isEqualTo(receipt);
        });

        // A milestone has no report.
        given().auth().oauth2(lead).when().post("/api/regions/" + code + "/obligations/"
                + one(all, ids.id(), "END_OF_WORK").get("id") + "/report").then().statusCode(400)
                .body("errors[0].field", is("obligationId"));
    }

    @Test
    void anAmendmentOfTheNewRegulationReDatesOnlyItsOwnObligations() {
        String code = admit(LocalDate.of(2001, 2, 1));
        Ids amended = RegulationFixture.published();
        Ids other = RegulationFixture.published();
        List<Map<String, Object>> before = obligations(code);

        String reference = "Stcrt. test wijziging " + amended.tag();
        JsonPath published = JsonPath.from(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment("2002-11-15").replace("%REF%", reference))
                .when().post(REGULATIONS + "/" + amended.id() + "/amendments").then().statusCode(201)
                .extract().asString());
        assertThat(published.getString("regulationId")).isEqualTo(amended.id());
        assertThat(published.getInt("version")).isEqualTo(2);
        assertThat(published.getList("changes.kind")).containsExactly("WORK_PLAN");

        List<Map<String, Object>> after = obligations(code);
        Map<String, Object> moved = one(after, amended.id(), "WORK_PLAN");
        assertThat(moved).containsEntry("dueDate", "2002-11-15").containsEntry("version", 2)
                .containsEntry("legalReference", reference);
        assertThat(ObligationHistory.of(moved)).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("from", "2002-10-01").containsEntry("to", "2002-11-15")
                .containsEntry("reason", reference).containsEntry("version", 2));
        // The same kind code of another regulation, and every other obligation, stay as they were.
        assertThat(one(after, other.id(), "WORK_PLAN")).containsEntry("dueDate", "2002-10-01")
                .containsEntry("version", 1);
        for (Map<String, Object> o : before) {
            if (!(amended.id().equals(o.get("regulationId")) && "WORK_PLAN".equals(o.get("kind")))) {
                Map<String, Object> same = after.stream().filter(a -> a.get("id").equals(o.get("id"))).findFirst()
                        .orElseThrow();
                assertThat(same.get("dueDate")).as(o.get("regulationId") + "/" + o.get("kind"))
                        .isEqualTo(o.get("dueDate"));
            }
        }
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + amended.id()).then().statusCode(200)
                .body("currentVersion", is(2))
                .body("versions[1].deadlines.WORK_PLAN", is("2002-11-15"))
                .body("versions[1].deadlines.END_OF_WORK", is("2004-06-30"));
        given().auth().oauth2(Tokens.admin()).when().get(REGULATIONS + "/" + other.id()).then().statusCode(200)
                .body("currentVersion", is(1));

        var changed = KafkaProbe.awaitRecords(Topics.REGULATION, r -> code.equals(r.key())
                && EventTypes.DEADLINE_CHANGED.equals(KafkaProbe.header(r, "ce_type"))
                && r.value().contains(reference), 1);
        assertThat(changed).singleElement().satisfies(r -> {
            JsonPath event = JsonPath.from(r.value());
            assertThat(event.getString("regulationId")).isEqualTo(amended.id());
            assertThat(event.getString("kind")).isEqualTo("WORK_PLAN");
            assertThat(event.getString("to")).isEqualTo("2002-11-15");
        });

        // A rule kind has no date to move.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(amendment("2002-11-15").replace("WORK_PLAN", "ANNUAL_FIGURES").replace("%REF%",
                        reference + " b"))
                .when().post(REGULATIONS + "/" + amended.id() + "/amendments/preview").then().statusCode(400)
                .body("errors[0].field", is("deadlines.ANNUAL_FIGURES"));
    }

    @Test
    void publishingTakesNoBodySoNeedsNoContentType() {
        // POST /publish has no body (like submitting a report, which takes any Content-Type or none): a client that
        // sends none must be heard, and one who may not publish must be told so (403) rather than 415.
        Ids ids = RegulationFixture.drafted();
        given().auth().oauth2(Tokens.reviewer()).when().post(REGULATIONS + "/" + ids.id() + "/publish")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().post(REGULATIONS + "/" + ids.id() + "/publish")
                .then().statusCode(200).body("regulationId", is(ids.id())).body("version", is(1));
    }

    /** An amendment of a test regulation moving its work plan; %REF% is the legal reference. */
    static String amendment(String workPlan) {
        return """
                {"legalReference":"%%REF%%","title":"Werkplan later","publishedOn":"2002-01-01",
                 "effectiveOn":"2002-01-01","sourceNote":"test amendment","deadlines":{"WORK_PLAN":"%s"}}"""
                .formatted(workPlan).replace("%%REF%%", "%REF%");
    }

    /** A region admitted on the day, known to the projection with lead-r01's board as lead. */
    static String admit(LocalDate admittedOn) {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, admittedOn);
        RegionEvents.joinDemoPartners(code);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Database.count("SELECT count(*) FROM admission WHERE region_code = ?", code)).isEqualTo(1);
            given().auth().oauth2(Tokens.businessR01()).when().get("/api/regions/" + code + "/my-role")
                    .then().statusCode(200);
        });
        return code;
    }

    static List<Map<String, Object>> obligations(String code) {
        return JsonPath.from(given().auth().oauth2(Tokens.admin()).when().get("/api/regions/" + code + "/obligations")
                .then().statusCode(200).extract().asString()).getList("$");
    }

    /** The region's obligations of the regulation as kind@dueDate, in the API's order (by due date). */
    static List<String> owed(String code, String regulationId) {
        return obligations(code).stream().filter(o -> regulationId.equals(o.get("regulationId")))
                .map(o -> o.get("kind") + "@" + o.get("dueDate")).toList();
    }

    static Map<String, Object> one(List<Map<String, Object>> obligations, String regulationId, String kind) {
        return obligations.stream().filter(o -> regulationId.equals(o.get("regulationId")) && kind.equals(o.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + regulationId + "/" + kind));
    }

    static String etag(String token, String report) {
        return given().auth().oauth2(token).when().get(report).then().statusCode(200).extract().header("ETag");
    }

    static void save(String token, String report, String section, String body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, report)).body(body)
                .when().put(report + "/sections/" + section).then().statusCode(200);
    }

    /** An obligation's history as the API lists it. */
    static final class ObligationHistory {

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> of(Map<String, Object> obligation) {
            return (List<Map<String, Object>>) obligation.get("history");
        }
    }
}
