package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.AIM;
import static nl.sto.reports.intake.ReportApi.TEXT;
import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.fill;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * The audit trail of a report whose sections save themselves while they are typed: one entry per stretch of editing
 * a section, not one per save, and the newest entries on their own for a page that shows only those.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportAuditTrailTest {

    private String lead;
    private String school;

    @BeforeEach
    void logIn() {
        lead = Tokens.leadR01();
        school = Tokens.schoolR02();
    }

    @Test
    void savingOneSectionAgainAndAgainIsOneEntryUntilSomethingElseHappens() {
        String code = ReportFixture.regionLikeR01WithSchool();
        String id = startDraft(lead, code, ReportFixture.obligations(code).progressReport1());

        fill(lead, code, id, "covid-19", TEXT);
        fill(lead, code, id, "covid-19", "{\"text\":\"Stages schoven op naar 2022.\"}");
        fill(lead, code, id, "covid-19", "{\"text\":\"Stages schoven op naar 2022 en 2023.\"}");
        assertThat(savedSections(code, id)).containsExactly("covid-19");

        // Another section, another person, then the first section again: each is a step of its own.
        fill(lead, code, id, "aim-dekkend", AIM);
        fill(school, code, id, "aim-dekkend", AIM);
        fill(lead, code, id, "covid-19", TEXT);
        assertThat(savedSections(code, id)).containsExactly("covid-19", "aim-dekkend", "aim-dekkend", "covid-19");

        // The section itself still says who saved it last.
        as(lead).when().get(report(code, id)).then().statusCode(200)
                .body("current.sections.find { it.section == 'aim-dekkend' }.updatedBy", is("Sanne Bakker"));
    }

    @Test
    void theNewestEntriesComeOnTheirOwnWithTheNumberInAll() {
        String code = ReportFixture.regionLikeR01();
        String id = startDraft(lead, code, ReportFixture.obligations(code).progressReport1());
        fill(lead, code, id, "covid-19", TEXT);
        fill(lead, code, id, "aim-dekkend", AIM);
        fill(lead, code, id, "aim-duurzaam", AIM);

        JsonPath latest = as(lead).queryParam("latest", 2).when().get(report(code, id) + "/audit").then()
                .statusCode(200).header("X-Total-Count", "4").extract().jsonPath();
        assertThat(latest.getList("action")).containsExactly("section.saved", "section.saved");
        assertThat(latest.getList("detail", String.class).stream().map(ReportAuditTrailTest::section))
                .containsExactly("aim-dekkend", "aim-duurzaam");

        as(lead).when().get(report(code, id) + "/audit").then().statusCode(200)
                .header("X-Total-Count", "4").body("action", hasItem("draft.started"));
    }

    @Test
    void aNumberOfEntriesOutsideOneTo200IsRefusedNamingIt() {
        String code = ReportFixture.regionLikeR01();
        String id = startDraft(lead, code, ReportFixture.obligations(code).progressReport1());
        for (String latest : List.of("0", "201", "veel")) {
            as(lead).queryParam("latest", latest).when().get(report(code, id) + "/audit").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("latest"));
        }
    }

    private List<String> savedSections(String code, String id) {
        return as(lead).when().get(report(code, id) + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'section.saved' }.detail", String.class).stream()
                .map(ReportAuditTrailTest::section).toList();
    }

    /** The section an entry's detail (JSON) names. */
    private static String section(String detail) {
        return JsonPath.from(detail).getString("section");
    }
}
