package nl.sto.portal.regulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.ProblemException;

class RegulationAccessTest {

    @Test
    void ministryAdminsDraftReviewersAndTheMonitorRead() {
        assertThat(RegulationAccess.of(user(Audience.MINISTRY, "ministry-admin")))
                .isEqualTo(new RegulationAccess(true, true));
        assertThat(RegulationAccess.of(user(Audience.MINISTRY, "reviewer"))).isEqualTo(new RegulationAccess(true, false));
        assertThat(RegulationAccess.of(user(Audience.MINISTRY, "monitor"))).isEqualTo(new RegulationAccess(true, false));
    }

    @Test
    void aSchoolLoginWithAMinistryRoleGetsNoAccess() {
        RegulationAccess school = RegulationAccess.of(user(Audience.SCHOOL, "ministry-admin"));

        assertThat(school).isEqualTo(new RegulationAccess(false, false));
        assertThatThrownBy(school::toRead).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aReaderMayNotDraft() {
        assertThatThrownBy(() -> RegulationAccess.of(user(Audience.MINISTRY, "reviewer")).toDraft())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(RegulationAccess.of(user(Audience.MINISTRY)).read()).isFalse();
    }

    static PortalUser user(Audience audience, String... roles) {
        return new PortalUser("Test", "test", audience, "", List.of(roles));
    }
}
