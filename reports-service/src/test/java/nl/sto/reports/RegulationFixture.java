package nl.sto.reports;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.sto.commontest.Tokens;

/**
 * Drafted regulations with ids, abbreviations and legal references of their own, so that tests sharing a database
 * never meet each other's. Their period lies in 2001-2004, before any admission other tests use (2020 and later),
 * so that publishing one makes only the regions a test admits for it take part, and the seeded regulations' tests
 * keep their counts.
 */
public final class RegulationFixture {

    /** A work plan on a fixed date, annual figures every 1 March, a grant plan 8 weeks after the grant, a milestone. */
    public static final String DRAFT = """
            {"id":"%1$s","title":"Testregeling %2$s","legalReference":"Stcrt. test regeling %2$s",
             "publishedOn":"2001-03-01","effectiveOn":"2001-04-01","period":{"from":"2001-04-01","to":"2004-12-31"},
             "sourceNote":"A regulation of the tests","grantsDecidedOn":"2001-06-01",
             "kinds":[
              {"code":"WORK_PLAN","name":{"nl":"Werkplan","en":"Work plan"},"abbreviation":"W%2$s","report":true,
               "due":{"rule":"FIXED","date":"2002-10-01"},
               "sections":[{"type":"aim-duurzaam","required":true},
                           {"type":"free-text","key":"eigen-verhaal","title":{"nl":"Ons verhaal","en":"Our story"},
                            "required":true},
                           {"type":"plan-adjustments","required":false}]},
              {"code":"ANNUAL_FIGURES","name":{"nl":"Jaarcijfers","en":"Annual figures"},"abbreviation":"J%2$s",
               "report":true,"due":{"rule":"YEARLY","month":3,"day":1},
               "sections":[{"type":"cofinancing-realised","required":true}]},
              {"code":"GRANT_PLAN","name":{"nl":"Plan na beschikking","en":"Plan after the grant"},
               "abbreviation":"G%2$s","report":true,"due":{"rule":"WEEKS_AFTER_GRANT","weeks":8},
               "sections":[{"type":"aim-dekkend","required":true}]},
              {"code":"END_OF_WORK","name":{"nl":"Einde van het werk","en":"End of the work"},"abbreviation":"E%2$s",
               "report":false,"due":{"rule":"FIXED","date":"2004-06-30"},"sections":[]}]}""";

    private RegulationFixture() {
    }

    /** A new id and tag (six capitals or digits, for abbreviations and references). */
    public record Ids(String id, String tag) {

        public static Ids fresh() {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
            return new Ids("TEST-" + tag, tag);
        }

        public String draft() {
            return DRAFT.formatted(id, tag);
        }
    }

    /** Drafted by the ministry-admin (201). */
    public static Ids drafted() {
        Ids ids = Ids.fresh();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(ids.draft())
                .when().post("/api/regulations").then().statusCode(201);
        return ids;
    }

    /** Drafted and published by the ministry-admin. */
    public static Ids published() {
        Ids ids = drafted();
        publish(Tokens.admin(), ids.id()).then().statusCode(200);
        return ids;
    }

    /**
     * The publish call as a JSON client sends it, with {@code Content-Type: application/json} and no body. (Without
     * a Content-Type the service answers 415, see RegulationsTest#publishingTakesNoBodySoNeedsNoContentType.)
     */
    public static Response publish(String token, String id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when()
                .post("/api/regulations/" + id + "/publish");
    }
}
