package nl.sto.monitor.compliance;

import static nl.sto.commontest.AccessMatrix.expect;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitConsumed;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.commontest.AccessMatrix;
import nl.sto.commontest.RegionEvents;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.monitor.compliance.ComplianceEvents.Obligation;

import org.junit.jupiter.api.Test;

/**
 * Every compliance endpoint, called by every demo user and by nobody, with the status each must get. Region A is like
 * R01 (lead-r01's board leads, biz-r01 is a business partner), region B like R02 (school-r02's school).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ComplianceAccessMatrixTest {

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        AccessMatrix matrix = new AccessMatrix();
        String a = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(a, LocalDate.of(2020, 1, 1));
        RegionEvents.joinDemoPartners(a);
        String b = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(b, LocalDate.of(2020, 1, 1));
        RegionEvents.join(b, RegionEvents.SCHOOL_R02_BRIN, "school");
        String regulation = "STO-MATRIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Obligation.of(a, regulation).created(LocalDate.of(2031, 11, 1), 1).publish();
        Obligation.of(b, regulation).created(LocalDate.of(2031, 11, 1), 1).publish();
        awaitConsumed();
        String unknown = RegionEvents.uniqueCode();

        matrix.check("GET A's board", (t, u) -> t.get("/api/compliance?region=" + a),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B's board", (t, u) -> t.get("/api/compliance?region=" + b),
                expect(403, 200, 403, 200, 200, 200));
        matrix.check("GET A's board of a kind", (t, u) -> t.get("/api/compliance?obligationKind=VOORTGANG&region=" + a),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET every region's board", (t, u) -> t.get("/api/compliance"),
                expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET an unknown region's board", (t, u) -> t.get("/api/compliance?region=" + unknown),
                expect(404, 404, 404, 404, 404, 404));
        matrix.check("GET /api/compliance/summary", (t, u) -> t.get("/api/compliance/summary"),
                expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET /api/compliance/at-risk", (t, u) -> t.get("/api/compliance/at-risk"),
                expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET every region's co-financing", (t, u) -> t.get("/api/compliance/cofinancing?year=2031"),
                expect(403, 403, 403, 200, 200, 200));
        matrix.check("GET A's co-financing", (t, u) -> t.get("/api/compliance/cofinancing?region=" + a),
                expect(200, 403, 200, 200, 200, 200));
        matrix.check("GET B's co-financing", (t, u) -> t.get("/api/compliance/cofinancing?year=2031&region=" + b),
                expect(403, 200, 403, 200, 200, 200));
        matrix.check("GET an unknown region's co-financing",
                (t, u) -> t.get("/api/compliance/cofinancing?region=" + unknown),
                expect(404, 404, 404, 404, 404, 404));

        matrix.assertAllAsExpected();
    }
}
