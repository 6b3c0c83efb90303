package nl.sto.monitor.compliance;

import static nl.sto.monitor.compliance.ComplianceEvents.awaitAnswer;
import static nl.sto.monitor.compliance.ComplianceEvents.awaitConsumed;
import static nl.sto.monitor.compliance.ComplianceEvents.cofinancing;
import static nl.sto.monitor.compliance.ComplianceEvents.grant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/compliance/cofinancing}: what businesses confirmed, in money and in kind, against the grant, per
 * region and nationally, of a year no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ComplianceCofinancingTest {

    private static final int YEAR = 2099;
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2099-03-01T10:00:00Z");

    @Test
    void coFinancingIsSetAgainstTheGrantPerRegionAndNationally() {
        String a = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(a, LocalDate.of(2020, 1, 1));
        RegionEvents.joinDemoPartners(a);
        String b = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(b, LocalDate.of(2020, 1, 1));
        String none = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(none, LocalDate.of(2020, 1, 1));
        grant(a, YEAR, "200000").publish();
        grant(a, YEAR - 1, "50000").publish();
        grant(b, YEAR, "100000").publish();
        cofinancing(a, "11111111", YEAR, "12000", "MONEY", T0.plusDays(1)).publish();
        cofinancing(a, "11111111", YEAR, "10000", "MONEY", T0).publish();
        cofinancing(a, "22222222", YEAR, "3000.50", "IN_KIND", T0).publish().publish();
        cofinancing(a, "22222222", YEAR - 1, "1000", "MONEY", T0).publish();
        cofinancing(b, "33333333", YEAR, "5000", "MONEY", T0).publish();

        awaitConsumed();
        JsonPath year = awaitAnswer("/api/compliance/cofinancing?year=" + YEAR,
                answer -> answer.getList("regions").size() == 2);

        assertThat(year.getInt("year")).isEqualTo(YEAR);
        assertThat(funding(year, a)).as("the later confirmation of 11111111 stands, whatever came first")
                .containsEntry("granted", 200000.00f).containsEntry("money", 12000.00f)
                .containsEntry("inKind", 3000.50f).containsEntry("realised", 15000.50f)
                .containsEntry("percentOfGrant", 7.5f).containsEntry("confirmations", 2);
        assertThat(funding(year, b)).containsEntry("realised", 5000.00f).containsEntry("percentOfGrant", 5.0f);
        assertThat(year.getMap("national")).containsEntry("granted", 300000.00f).containsEntry("money", 17000.00f)
                .containsEntry("inKind", 3000.50f).containsEntry("realised", 20000.50f)
                .containsEntry("percentOfGrant", 6.67f).containsEntry("confirmations", 3);
        assertThat(regionOf(year, a)).containsEntry("name", "Regio " + a);

        JsonPath own = ComplianceEvents.read(Tokens.leadR01(), "/api/compliance/cofinancing?region=" + a);
        assertThat(own.getList("regions")).hasSize(1);
        assertThat(own.getString("year")).as("every year together").isNull();
        assertThat(own.getMap("national")).as("a region's own figures only").isNull();
        assertThat(funding(own, a)).containsEntry("granted", 250000.00f).containsEntry("money", 13000.00f)
                .containsEntry("realised", 16000.50f);

        JsonPath nothing = ComplianceEvents.read(Tokens.admin(), "/api/compliance/cofinancing?year=" + YEAR
                + "&region=" + none);
        assertThat(regionOf(nothing, none)).containsEntry("name", "Regio " + none);
        assertThat(funding(nothing, none)).containsEntry("granted", 0.00f).containsEntry("realised", 0.00f)
                .containsEntry("percentOfGrant", null);
    }

    private static Map<String, Object> regionOf(JsonPath report, String code) {
        List<Map<String, Object>> regions = report.getList("regions");
        return regions.stream().filter(region -> code.equals(region.get("region"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> funding(JsonPath report, String code) {
        return (Map<String, Object>) regionOf(report, code).get("funding");
    }
}
