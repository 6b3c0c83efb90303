package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;

class ReportPermissionsTest {

    private static final PortalUser SCHOOL = ReportFixtures.user(Audience.SCHOOL);

    @Test
    void theSchoolPartnersWriteTheDraftAndOnlyTheLeadSubmitsIt() {
        var draft = ReportFixtures.report("DRAFT", null);

        assertThat(ReportPermissions.of(SCHOOL, RegionRole.LEAD, draft))
                .isEqualTo(new ReportPermissions(true, true, false, false));
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.SCHOOL, draft))
                .isEqualTo(new ReportPermissions(true, false, false, false));
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.MBO, draft).edit()).isTrue();
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.PO, draft).edit()).isTrue();
    }

    @Test
    void aSubmittedReportIsReadOnlyForTheRegionAndAReturnedOneIsRevisedByItsWriters() {
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.LEAD, ReportFixtures.report("SUBMITTED", null)).any())
                .isFalse();
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.LEAD, ReportFixtures.report("ACCEPTED", null)).any())
                .isFalse();
        assertThat(ReportPermissions.of(SCHOOL, RegionRole.SCHOOL, ReportFixtures.report("RETURNED", null)))
                .isEqualTo(new ReportPermissions(false, false, true, false));
    }

    @Test
    void businessesOnlyRead() {
        var business = ReportFixtures.user(Audience.BUSINESS);

        assertThat(ReportPermissions.of(business, RegionRole.BUSINESS, ReportFixtures.report("DRAFT", null)))
                .isEqualTo(ReportPermissions.READ_ONLY);
    }

    @Test
    void adminsAndReviewersReviewSubmittedReportsAndTheMonitorTeamOnlyReads() {
        var submitted = ReportFixtures.report("SUBMITTED", null);

        assertThat(ReportPermissions.of(ReportFixtures.user(Audience.MINISTRY, "reviewer"), RegionRole.MINISTRY,
                submitted)).isEqualTo(new ReportPermissions(false, false, false, true));
        assertThat(ReportPermissions.of(ReportFixtures.user(Audience.MINISTRY, "ministry-admin"), RegionRole.MINISTRY,
                submitted).review()).isTrue();
        assertThat(ReportPermissions.of(ReportFixtures.user(Audience.MINISTRY, "reviewer"), RegionRole.MINISTRY,
                ReportFixtures.report("DRAFT", null)).any()).isFalse();
        assertThat(ReportPermissions.of(ReportFixtures.user(Audience.MINISTRY, "monitor"), RegionRole.MONITOR,
                submitted)).isEqualTo(ReportPermissions.READ_ONLY);
    }
}
