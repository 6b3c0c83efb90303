package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import nl.sto.portal.client.reports.ReportViews.AuditEntry;

class ReportAuditTest {

    private static final AuditEntry SAVED = new AuditEntry(OffsetDateTime.parse("2021-10-01T10:00:00+02:00"), 1,
            "lead-r01", "Lieke de Vries", "sto-schools", "section.saved", "{\"section\":\"covid-19\"}");

    @Test
    void olderStepsLeftOutAreAnnouncedWithTheNumberInAll() {
        ReportAudit audit = ReportAudit.of(RestResponse.ResponseBuilder.ok(List.of(SAVED, SAVED))
                .header("X-Total-Count", "14").build());

        assertThat(audit.total()).isEqualTo(14);
        assertThat(audit.more()).isTrue();
    }

    @Test
    void theWholeTrailHasNothingMore() {
        assertThat(ReportAudit.of(RestResponse.ResponseBuilder.ok(List.of(SAVED, SAVED))
                .header("X-Total-Count", "2").build()).more()).isFalse();
        assertThat(ReportAudit.of(RestResponse.ok(List.of(SAVED))).more()).isFalse();
    }
}
