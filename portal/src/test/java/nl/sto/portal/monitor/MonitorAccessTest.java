package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.ProblemException;

class MonitorAccessTest {

    static PortalUser ministry(String... roles) {
        return new PortalUser("Someone", "someone", Audience.MINISTRY, "", List.of(roles));
    }

    @Test
    void theMonitorTeamReadsImportsAndSubscribes() {
        MonitorAccess monitor = MonitorAccess.of(ministry("monitor"));

        assertThat(monitor).isEqualTo(new MonitorAccess(true, true, true, true));
    }

    @Test
    void aMinistryAdminReadsImportsAndSubscribesButDoesNotImport() {
        assertThat(MonitorAccess.of(ministry("ministry-admin"))).isEqualTo(new MonitorAccess(true, true, false, true));
    }

    @Test
    void aReviewerOnlyReads() {
        MonitorAccess reviewer = MonitorAccess.of(ministry("reviewer"));

        assertThat(reviewer).isEqualTo(new MonitorAccess(true, false, false, false));
        assertThatThrownBy(reviewer::toSubscribe).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
        assertThatThrownBy(reviewer::toReadImports).isInstanceOf(ProblemException.class);
    }

    @Test
    void aSchoolOrBusinessGetsNothingWhateverItsRoles() {
        PortalUser school = new PortalUser("Lead", "lead-r01", Audience.SCHOOL, "16PK", List.of("monitor"));

        assertThat(MonitorAccess.of(school)).isEqualTo(new MonitorAccess(false, false, false, false));
        assertThatThrownBy(() -> MonitorAccess.of(school).toRead()).isInstanceOf(ProblemException.class);
        assertThat(school.ministryStaff()).isFalse();
        assertThat(ministry("monitor").ministryStaff()).isTrue();
        assertThat(ministry().ministryStaff()).isFalse();
    }
}
