package nl.sto.regions.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/** The demo data set seeds through the domain services, gives the demo users their regions, and seeds once. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class DemoDataSeedingTest {

    @Inject
    DemoDataSeeder seeder;

    @ConfigProperty(name = "sto.data.dir")
    Path dataDir;

    @Test
    void demoUsersFindTheirRegionsAndASecondSeedAddsNothing() throws Throwable {
        List<DemoRegion> plan = DuoDemoData.load(dataDir);
        int first = VertxContextSupport.subscribeAndAwait(() -> seeder.seed(plan));
        int second = VertxContextSupport.subscribeAndAwait(() -> seeder.seed(plan));
        assertThat(first).isEqualTo(77);
        assertThat(second).isZero();

        given().auth().oauth2(Tokens.leadR01()).when().get("/api/me/regions")
                .then().statusCode(200)
                .body("find { it.code == 'R01' }.role", is("lead"))
                .body("find { it.code == 'R01' }.name", startsWith("Demo: "));
        given().auth().oauth2(Tokens.businessR01()).when().get("/api/me/regions")
                .then().body("find { it.code == 'R01' }.role", is("business"));
        given().auth().oauth2(Tokens.schoolR02()).when().get("/api/me/regions")
                .then().body("find { it.code == 'R02' }.role", is("school"));
        given().auth().oauth2(Tokens.leadR01()).when().get("/api/regions/R02").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/R77")
                .then().statusCode(200)
                .body("tranche", is("LATE"))
                .body("adviceReference", startsWith("BC-"))
                .body("demo", is(true));
        given().auth().oauth2(Tokens.monitor()).queryParam("municipality", "dronten")
                .when().get("/api/regions").then().statusCode(200).body("code", hasItem("R77"));
    }
}
