package nl.sto.monitor;

import static io.restassured.RestAssured.given;
import static nl.sto.commontest.AccessMatrix.expect;
import static nl.sto.monitor.Imports.OLD_STUDENT_HEADER;
import static nl.sto.monitor.Imports.studentRow;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.commontest.AccessMatrix;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every monitor endpoint, called by every demo user and by nobody, with the status each must get. Region A is like
 * R01 (lead-r01's board leads, biz-r01 is a business partner), region B like R02 (school-r02's school).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class MonitorAccessMatrixTest {

    @TempDir
    Path dir;

    @Test
    void everyEndpointAnswersEveryUserAsExpected() throws Exception {
        AccessMatrix matrix = new AccessMatrix();
        String a = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(a, LocalDate.of(2020, 1, 1));
        RegionEvents.joinDemoPartners(a);
        String b = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(b, LocalDate.of(2020, 1, 1));
        RegionEvents.join(b, RegionEvents.SCHOOL_R02_BRIN, "school");
        Path file = Imports.write(dir, "leerlingen.csv", List.of(OLD_STUDENT_HEADER, studentRow("9XA1", "0",
                "VMBO KL lj 3-4", "Techniek", "Mobiliteit en transport", "24", "4", "3")), StandardCharsets.UTF_8);
        String run = Imports.upload(Tokens.monitor(), file, "2097-2098").then().statusCode(202).extract().path("id");
        Imports.awaitFinished(run);
        Imports.awaitNoneRunning();
        String share = "/api/indicators/technical-share-y3?schoolYear=2097-2098";
        await().until(() -> given()
                .auth().oauth2(matrix.token("school-r02")).get(share + "&region=" + b).statusCode() == 200);

        matrix.check("GET /api/indicators", (t, u) -> t.get("/api/indicators"), expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET national share", (t, u) -> t.get(share), expect(200, 200, 200, 200, 200, 200));
        matrix.check("GET A's share", (t, u) -> t.get(share + "&region=" + a), expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B's share", (t, u) -> t.get(share + "&region=" + b), expect(403, 200, 403, 200, 200, 200));
        matrix.check("GET A's figures", (t, u) -> t.get("/api/indicators/figures?region=" + a),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B's figures", (t, u) -> t.get("/api/indicators/figures?region=" + b),
                expect(403, 200, 403, 200, 200, 200));
        matrix.check("POST /api/imports", (t, u) -> t.multiPart("file", file.toFile(), "text/csv")
                .multiPart("schoolYear", "2097-2098").post("/api/imports"), expect(403, 403, 403, 403, 403, 202));
        matrix.check("POST /api/imports/shipped", (t, u) -> t.post("/api/imports/shipped"),
                expect(403, 403, 403, 403, 403, 202));
        matrix.check("GET /api/imports", (t, u) -> t.get("/api/imports"), expect(403, 403, 403, 200, 403, 200));
        matrix.check("GET /api/imports/{id}", (t, u) -> t.get("/api/imports/" + run),
                expect(403, 403, 403, 200, 403, 200));
        matrix.check("GET /api/events", (t, u) -> t.get("/api/events?since=2020-01-01T00:00:00Z"),
                expect(403, 403, 403, 200, 200, 200));

        matrix.assertAllAsExpected();
    }
}
