package nl.sto.monitor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends HostileInputContractTest {

    private static final String REGION = "R01";

    /**
     * R01 as regions-service announces it, lead-r01's board its lead and biz-r01's company its business partner;
     * one region's events are consumed in order, so once the last partner may act, all of them are here.
     */
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
