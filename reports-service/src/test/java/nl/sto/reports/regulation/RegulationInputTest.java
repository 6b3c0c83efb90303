package nl.sto.reports.regulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.reports.RegulationFixture;
import nl.sto.reports.RegulationFixture.Ids;

/** A drafted regulation the service cannot keep is a 400 or 409 problem naming the field, and nothing is saved. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegulationInputTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aDueDateOutsideThePeriodIs400NamingIt() {
        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("2002-10-01", "2005-01-01"), 400)
                .body("errors[0].field", is("kinds[0].due.date"))
                .body("errors[0].message", containsString("outside the regulation's period"));
        refused(ids, ids.draft().replace("2004-06-30", "2001-03-31"), 400)
                .body("errors[0].field", is("kinds[3].due.date"));
    }

    @Test
    void aDueDateBeforeThePublicationIs400NamingIt() {
        Ids ids = Ids.fresh();
        String early = ids.draft().replace("\"period\":{\"from\":\"2001-04-01\"", "\"period\":{\"from\":\"2001-01-01\"")
                .replace("2002-10-01", "2001-02-01");
        refused(ids, early, 400)
                .body("errors[0].field", is("kinds[0].due.date"))
                .body("errors[0].message", containsString("before the regulation's publication on 2001-03-01"));
    }

    @Test
    void aKindWithoutANameIs400NamingBothLanguages() {
        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("\"name\":{\"nl\":\"Werkplan\",\"en\":\"Work plan\"},", ""), 400)
                .body("errors.field", hasItems("kinds[0].name.nl", "kinds[0].name.en"));
        refused(ids, ids.draft().replace("\"nl\":\"Werkplan\"", "\"nl\":\" \""), 400)
                .body("errors.field", is(java.util.List.of("kinds[0].name.nl")));
    }

    @Test
    void aReportKindWithoutSectionsIs400() {
        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("\"sections\":[{\"type\":\"cofinancing-realised\",\"required\":true}]",
                "\"sections\":[]"), 400)
                .body("errors[0].field", is("kinds[1].sections"));
    }

    @Test
    void everyFieldErrorIsNamedInOneAnswer() {
        Ids ids = Ids.fresh();
        String bad = ids.draft().replace("\"id\":\"" + ids.id() + "\"", "\"id\":\"test lower\"")
                .replace("2002-10-01", "2005-01-01")
                .replace("\"key\":\"eigen-verhaal\"", "\"key\":\"Eigen Verhaal\"")
                .replace("\"rule\":\"YEARLY\",\"month\":3,\"day\":1", "\"rule\":\"YEARLY\",\"month\":2,\"day\":30")
                .replace("\"weeks\":8", "\"weeks\":0");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/regulations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", is(java.util.List.of("id", "kinds[0].due.date", "kinds[0].sections[1].key",
                        "kinds[1].due.day", "kinds[2].due.weeks")));
    }

    @Test
    void anAbbreviationOfAnotherRegulationIs409NamingTheKind() {
        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("\"abbreviation\":\"J" + ids.tag() + "\"", "\"abbreviation\":\"PR1\""), 409)
                .body("errors[0].field", is("kinds[1].abbreviation"))
                .body("detail", containsString("STO-2020-2023"));
        // Within the draft itself, twice is a 400.
        refused(ids, ids.draft().replace("\"abbreviation\":\"J" + ids.tag() + "\"",
                "\"abbreviation\":\"W" + ids.tag() + "\""), 400)
                .body("errors[0].field", is("kinds[1].abbreviation"));
    }

    @Test
    void anIdOrLegalReferenceTakenIs409() {
        Ids taken = RegulationFixture.drafted();
        String again = taken.draft();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(again)
                .when().post("/api/regulations").then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", is("id"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Ids.fresh().draft().replaceFirst("\"id\":\"TEST-[0-9A-F]{6}\"", "\"id\":\"STO-2020-2023\""))
                .when().post("/api/regulations").then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", is("id"));

        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("Stcrt. test regeling " + ids.tag(), "Stcrt. 2021, nr. 40070"), 409)
                .body("errors[0].field", is("legalReference"));
        refused(ids, ids.draft().replace("Stcrt. test regeling " + ids.tag(), "Stcrt. test regeling " + taken.tag()),
                409).body("errors[0].field", is("legalReference"));
    }

    @Test
    void unknownFieldsAre400NamingThem() {
        Ids ids = Ids.fresh();
        refused(ids, ids.draft().replace("\"sourceNote\":", "\"colour\":\"blue\",\"sourceNote\":"), 400)
                .body("errors.field", hasItem("colour"));
        refused(ids, ids.draft().replace("\"code\":\"WORK_PLAN\",", "\"code\":\"WORK_PLAN\",\"shape\":\"AIM\","), 400)
                .body("errors.field", hasItem("kinds[0].shape"));
        refused(ids, ids.draft().replace("\"due\":{\"rule\":\"FIXED\",\"date\":\"2002-10-01\"}",
                "\"due\":{\"rule\":\"SOMETIMES\",\"date\":\"2002-10-01\"}"), 400)
                .body("errors.field", hasItem("kinds[0].due.rule"));
    }

    @Test
    void aChangeMustKeepTheIdAndTheRules() {
        Ids ids = RegulationFixture.drafted();
        String path = "/api/regulations/" + ids.id();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(ids.draft().replace("\"id\":\"" + ids.id() + "\"", "\"id\":\"TEST-OTHER1\""))
                .when().put(path).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("id"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(ids.draft().replace("2002-10-01", "2005-01-01"))
                .when().put(path).then().statusCode(400).body("errors[0].field", is("kinds[0].due.date"));
        given().auth().oauth2(Tokens.admin()).when().get(path).then().statusCode(200)
                .body("kinds[0].due.date", is("2002-10-01"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(ids.draft())
                .when().put("/api/regulations/TEST-NONE99").then().statusCode(400);
    }

    /** Posted by the ministry-admin: refused with the status, as a problem, and nothing saved under the id. */
    private static ValidatableResponse refused(Ids ids, String body, int status) {
        ValidatableResponse response = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/regulations").then().statusCode(status).contentType(PROBLEM);
        assertThat(Database.count("SELECT count(*) FROM regulation WHERE id = ?", ids.id())).isZero();
        assertThat(Database.count("SELECT count(*) FROM obligation_kind WHERE regulation_id = ?", ids.id())).isZero();
        return response;
    }
}
