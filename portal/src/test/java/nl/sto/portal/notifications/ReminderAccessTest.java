package nl.sto.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.ProblemException;

class ReminderAccessTest {

    @Test
    void ministryAdminsManageReviewersAndTheMonitorRead() {
        assertThat(ReminderAccess.of(user(Audience.MINISTRY, "ministry-admin")))
                .isEqualTo(new ReminderAccess(true, true));
        assertThat(ReminderAccess.of(user(Audience.MINISTRY, "reviewer"))).isEqualTo(new ReminderAccess(true, false));
        assertThat(ReminderAccess.of(user(Audience.MINISTRY, "monitor"))).isEqualTo(new ReminderAccess(true, false));
    }

    @Test
    void aSchoolLoginWithAMinistryRoleGetsNoAccess() {
        ReminderAccess school = ReminderAccess.of(user(Audience.SCHOOL, "ministry-admin"));

        assertThat(school).isEqualTo(new ReminderAccess(false, false));
        assertThatThrownBy(school::toRead).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(403));
        assertThat(ReminderAccess.of(user(Audience.MINISTRY)).read()).isFalse();
    }

    static PortalUser user(Audience audience, String... roles) {
        return new PortalUser("Test", "test", audience, "", List.of(roles));
    }
}
