package nl.sto.reports.regulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
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
import nl.sto.reports.RegulationFixture.Ids;

/**
 * Only a ministry-admin drafts, changes, previews, publishes and discards a regulation: everyone else who is logged
 * in gets 403 (rogue-admin's school login claims ministry-admin, which only the ministry's login grants), nobody
 * 401, and the draft stays as it was.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegulationAccessTest {

    @Test
    void onlyAMinistryAdminWritesRegulations() {
        Ids draft = RegulationFixture.drafted();
        Ids other = Ids.fresh();
        String path = "/api/regulations/" + draft.id();
        Map<String, Function<RequestSpecification, Response>> calls = Map.of(
                "POST /api/regulations", r -> r.contentType(ContentType.JSON).body(other.draft())
                        .post("/api/regulations"),
                "PUT /api/regulations/{id}", r -> r.contentType(ContentType.JSON)
                        .body(draft.draft().replace("Testregeling", "Overgenomen")).put(path),
                "GET /api/regulations/{id}/preview", r -> r.get(path + "/preview"),
                "POST /api/regulations/{id}/publish", r -> r.contentType(ContentType.JSON).post(path + "/publish"),
                "DELETE /api/regulations/{id}", r -> r.delete(path));

        List<String> others = List.of(Tokens.reviewer(), Tokens.monitor(), Tokens.leadR01(), Tokens.rogueAdmin(),
                Tokens.businessR01(), Tokens.schoolR02());
        calls.forEach((name, call) -> {
            for (String token : others) {
                call.apply(given().auth().oauth2(token)).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            call.apply(given()).then().statusCode(401);
        });

        given().auth().oauth2(Tokens.admin()).when().get(path).then().statusCode(200)
                .body("status", is("DRAFT")).body("title", is("Testregeling " + draft.tag()));
        given().auth().oauth2(Tokens.admin()).when().get("/api/regulations/" + other.id()).then().statusCode(404);
        // The admin may: the same calls answer.
        given().auth().oauth2(Tokens.admin()).when().get(path + "/preview").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().delete(path).then().statusCode(204);
    }
}
