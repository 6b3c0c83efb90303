package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * The hostile-input suite for a service whose endpoints are those every service has (whoami, the region projection,
 * the caller's role in a region): region R01 as regions-service announces it, with its demo partners.
 */
public abstract class RegionProjectionHostileInputTest extends HostileInputContractTest {

    private static final String REGION = "R01";

    /** One region's events are consumed in order, so once the last partner may act, all of them are here. */
    @Override
    protected void prepare() {
        RegionEvents.registerAndAdmit(REGION, LocalDate.of(2020, 3, 1));
        RegionEvents.joinDemoPartners(REGION);
        String business = Tokens.businessR01();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(business)
                .when().get("/api/regions/" + REGION + "/my-role").then().statusCode(200));
    }

    @Override
    protected Map<String, String> knownValues(Endpoint endpoint) {
        return Map.of("code", REGION);
    }
}
