package nl.sto.platform.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import nl.sto.devstack.KeycloakTokens;

/**
 * regions-service seeds its 77 demo regions in the background after it started; R77 (Dronten, admitted late) is
 * the last one. The tests wait for it rather than for a fixed time.
 */
final class DemoData {

    private static volatile boolean seeded;

    private DemoData() {
    }

    static void awaitSeeded() {
        if (seeded) {
            return;
        }
        await("regions-service's demo data up to R77").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    // A fresh token each time: the seeding may take longer than a token lives.
                    String admin = KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
                    List<String> codes = given().auth().oauth2(admin).get(RunningPlatform.REGIONS + "/api/me/regions")
                            .then().statusCode(200).extract().jsonPath().getList("code", String.class);
                    assertThat(codes).contains("R01", "R02", "R77");
                });
        seeded = true;
    }
}
