package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.sto.portal.Audience;
import nl.sto.contracts.regions.RegionRole;

class RegionPermissionsTest {

    @Test
    void aBusinessStatesItsCofinancingOnlyWhileTheRegionIsOpen() {
        var business = RegionFixtures.user(Audience.BUSINESS);

        assertThat(RegionPermissions.of(business, RegionFixtures.region(RegionRole.BUSINESS, "ACTIVE")))
                .isEqualTo(new RegionPermissions(true, false, false, false, false, false));
        assertThat(RegionPermissions.of(business, RegionFixtures.region(RegionRole.BUSINESS, "CLOSED")).any())
                .isFalse();
    }

    @Test
    void theLeadMaintainsContactsAndEverySchoolPartnerStartsReports() {
        var school = RegionFixtures.user(Audience.SCHOOL);

        assertThat(RegionPermissions.of(school, RegionFixtures.region(RegionRole.LEAD, "ACTIVE")))
                .isEqualTo(new RegionPermissions(false, true, false, false, true, false));
        assertThat(RegionPermissions.of(school, RegionFixtures.region(RegionRole.SCHOOL, "ACTIVE")))
                .isEqualTo(new RegionPermissions(false, false, false, false, true, false));
        assertThat(RegionPermissions.of(school, RegionFixtures.region(RegionRole.PO, "ACTIVE")).startReports())
                .isTrue();
    }

    @Test
    void aMinistryRoleFromTheSchoolsLoginGivesNoMinistryForms() {
        var rogue = RegionFixtures.user(Audience.SCHOOL, "ministry-admin", "reviewer");

        assertThat(RegionPermissions.of(rogue, RegionFixtures.region(RegionRole.LEAD, "ACTIVE")))
                .isEqualTo(new RegionPermissions(false, true, false, false, true, false));
        assertThat(RegionPermissions.of(rogue, RegionFixtures.region(null, "ACTIVE")).any()).isFalse();
        assertThat(RegionPermissions.of(rogue, RegionFixtures.region(null, "ACTIVE")).pauseReminders()).isFalse();
    }

    @Test
    void aMinistryAdminAdministersOpenRegionsReadsTheAuditTrailAndPausesReminders() {
        var admin = RegionFixtures.user(Audience.MINISTRY, "ministry-admin");

        assertThat(RegionPermissions.of(admin, RegionFixtures.region(RegionRole.MINISTRY, "ACTIVE")))
                .isEqualTo(new RegionPermissions(false, true, true, true, false, true));
        assertThat(RegionPermissions.of(admin, RegionFixtures.region(RegionRole.MINISTRY, "CLOSED")).administer())
                .isFalse();
        // A closed region's reminders are cancelled anyway; a pause left from before can still be lifted.
        assertThat(RegionPermissions.of(admin, RegionFixtures.region(RegionRole.MINISTRY, "CLOSED")).pauseReminders())
                .isTrue();
    }

    @Test
    void aReviewerReadsTheAuditTrailAndTheMonitorTeamOnlyReads() {
        assertThat(RegionPermissions.of(RegionFixtures.user(Audience.MINISTRY, "reviewer"),
                RegionFixtures.region(RegionRole.MINISTRY, "ACTIVE")))
                .isEqualTo(new RegionPermissions(false, false, false, true, false, false));
        RegionPermissions monitor = RegionPermissions.of(RegionFixtures.user(Audience.MINISTRY, "monitor"),
                RegionFixtures.region(RegionRole.MONITOR, "ACTIVE"));
        assertThat(monitor.any()).isFalse();
        assertThat(monitor.readAudit()).isFalse();
        assertThat(monitor.pauseReminders()).isFalse();
    }
}
