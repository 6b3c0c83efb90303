package nl.sto.portal.client.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;

class ReportWritersTest {

    private static PortalUser user(Audience audience) {
        return new PortalUser("Test", "test", audience, "", List.of());
    }

    @Test
    void theSchoolPartnersWriteTheReportsAndBusinessesDoNot() {
        assertThat(ReportWriters.include(user(Audience.SCHOOL), RegionRole.PO)).isTrue();
        assertThat(ReportWriters.include(user(Audience.SCHOOL), RegionRole.LEAD)).isTrue();
        assertThat(ReportWriters.include(user(Audience.BUSINESS), RegionRole.BUSINESS)).isFalse();
        assertThat(ReportWriters.include(user(Audience.SCHOOL), null)).isFalse();
    }
}
