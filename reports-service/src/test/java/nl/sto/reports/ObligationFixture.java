package nl.sto.reports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;

/** Regions admitted through their events, and their obligations as a client reads them. */
public final class ObligationFixture {

    private ObligationFixture() {
    }

    /**
     * A region with its obligations created (the four of 2020-2023 when admitted in its period), lead-r01 as its
     * lead and biz-r01 as business partner.
     */
    public static String admittedRegion(LocalDate admittedOn) {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, admittedOn);
        RegionEvents.joinDemoPartners(code);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.leadR01()).when().get("/api/regions/" + code + "/obligations")
                    .then().statusCode(200).body("findAll { it.regulationId == 'STO-2020-2023' }", hasSize(4));
            given().auth().oauth2(Tokens.businessR01()).when().get("/api/regions/" + code + "/my-role")
                    .then().statusCode(200);
        });
        return code;
    }

    public static Map<String, Map<String, Object>> obligationsByKind(String code, String token) {
        List<Map<String, Object>> list = JsonPath.from(given().auth().oauth2(token)
                .when().get("/api/regions/" + code + "/obligations").then().statusCode(200).extract().asString())
                .getList("$");
        return list.stream().collect(Collectors.toMap(o -> (String) o.get("kind"), o -> o));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> lastMove(Map<String, Object> obligation) {
        List<Map<String, Object>> history = (List<Map<String, Object>>) obligation.get("history");
        return history.get(history.size() - 1);
    }
}
