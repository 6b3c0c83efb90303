package nl.sto.portal.regions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionViews.RegionSummary;
import nl.sto.portal.client.regions.RegionViews.Statement;
import nl.sto.portal.client.regions.RegionViews.Totals;

/** Small, real values of the service's answers for the unit tests of the page logic. */
final class RegionFixtures {

    private RegionFixtures() {
    }

    static RegionDetail region(RegionRole yourRole, String status) {
        return new RegionDetail("R01", "Demo: Emmen", "1", LocalDate.of(2020, 3, 1), null, status, null, null, true,
                yourRole, null, null, null, null, null, null, null);
    }

    static PortalUser user(Audience audience, String... roles) {
        return new PortalUser("Test", "test", audience, "", List.of(roles));
    }

    static Statement statement(int year, String amount, boolean confirmed, int minute) {
        return new Statement("99000001", "Demo: Bedrijf", year, new BigDecimal(amount), "MONEY", confirmed, false,
                OffsetDateTime.of(2025, 1, 1, 12, minute, 0, 0, ZoneOffset.UTC));
    }

    static RegionSummary summary(String code, String grants, String cofinancing) {
        return new RegionSummary(code, "Demo " + code, "1", LocalDate.of(2020, 3, 1), "ACTIVE", true, 3, List.of(),
                new Totals(new BigDecimal(grants), new BigDecimal(cofinancing), null));
    }

    /** A reminder of R01 to one contact, planned for 09:00 UTC on the given day of June 2025. */
    static ReminderView reminder(String id, String obligationId, String step, String status, int day) {
        return new ReminderView(id, obligationId, "R01", step, "contact@example.org", "nl", status,
                OffsetDateTime.of(2025, 6, day, 9, 0, 0, 0, ZoneOffset.UTC), null, 0, null, null, LocalDate.of(2025, 7, 1),
                1);
    }
}
