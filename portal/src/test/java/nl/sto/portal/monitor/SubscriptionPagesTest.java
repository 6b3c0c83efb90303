package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.monitor.MonitorViews.Delivery;
import nl.sto.portal.client.monitor.MonitorViews.ImportRun;
import nl.sto.portal.client.monitor.MonitorViews.Rejection;
import nl.sto.portal.client.monitor.MonitorViews.Replay;
import nl.sto.portal.client.monitor.MonitorViews.Subscription;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

class SubscriptionPagesTest {

    static Subscription subscription(String status, String secret) {
        return new Subscription("sub-1", "https://example.org/hook", "test", "m@example.org", null, status, null,
                null, 0, null, null, "monitor", OffsetDateTime.parse("2026-12-01T10:00:00Z"), null, secret);
    }

    static List<Delivery> deliveries(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Delivery("d" + i, "e" + i, i, "nl.sto.report.submitted.v1",
                "live", null, "failed", 3, null, null, null, null)).toList();
    }

    @Test
    void theSecretIsOnlyOnThePageThatAnswersTheMakingOrRotation() {
        SecretPage made = new SecretPage(subscription("active", "whsec_abc"), false);

        assertThat(made.secret()).isEqualTo("whsec_abc");
        assertThat(made.url()).isEqualTo("/ministry/monitor/subscriptions/sub-1");
        // The subscription as read later has no secret: its page cannot show one.
        assertThat(new SecretPage(subscription("active", null), true).secret()).isEmpty();
    }

    @Test
    void deliveriesArePagedFiftyAtATimeKeepingTheFilter() {
        SubscriptionPage full = new SubscriptionPage(subscription("active", null), deliveries(50), "failed", 0,
                FormFeedback.NONE, Outcome.NONE);
        SubscriptionPage last = new SubscriptionPage(subscription("active", null), deliveries(3), null, 2,
                FormFeedback.NONE, Outcome.NONE);

        assertThat(full.hasNext()).isTrue();
        assertThat(full.hasPrevious()).isFalse();
        assertThat(full.nextUrl()).isEqualTo("/ministry/monitor/subscriptions/sub-1?status=failed&page=1");
        assertThat(full.resendAction(full.deliveries().get(0)))
                .isEqualTo("/ministry/monitor/subscriptions/sub-1/deliveries/d0/resend?status=failed");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.previousUrl()).isEqualTo("/ministry/monitor/subscriptions/sub-1?page=1");
        assertThat(last.pageNumber()).isEqualTo(3);
        assertThat(SubscriptionPage.url("sub-1", null, 0, Outcome.DELIVERY_RESENT))
                .isEqualTo("/ministry/monitor/subscriptions/sub-1?done=delivery-resent#deliveries");
        assertThat(SubscriptionPage.status("nonsense")).isNull();
        assertThat(SubscriptionPage.pageIndex("-1")).isZero();
    }

    @Test
    void onlyAPausedOrDisabledSubscriptionIsResumed() {
        assertThat(new SubscriptionPage(subscription("paused", null), List.of(), null, 0, FormFeedback.NONE,
                Outcome.NONE).mayResume()).isTrue();
        assertThat(new SubscriptionPage(subscription("disabled", null), List.of(), null, 0, FormFeedback.NONE,
                Outcome.NONE).mayResume()).isTrue();
        assertThat(new SubscriptionPage(subscription("active", null), List.of(), null, 0, FormFeedback.NONE,
                Outcome.NONE).mayResume()).isFalse();
    }

    @Test
    void aRefusedResendIsShownAboveTheList() {
        FormFeedback refused = new FormFeedback("resend-d1", new Problem(409, "Conflict", "gone", List.of(), null),
                Map.of());

        assertThat(new SubscriptionPage(subscription("active", null), deliveries(2), null, 0, refused, Outcome.NONE)
                .resendRefused()).isTrue();
        assertThat(new SubscriptionPage(subscription("active", null), deliveries(2), null, 0, FormFeedback.NONE,
                Outcome.NONE).resendRefused()).isFalse();
    }

    @Test
    void aReplayAndAnImportRefreshThemselvesOnlyWhileTheyRun() {
        Replay running = new Replay("r1", "sub-1", "running", null, 10, 110, 35, 25, 100, 7, null, null);
        Replay done = new Replay("r1", "sub-1", "done", null, 10, 110, 110, 100, 100, 7, null, null);

        assertThat(running.percent()).isEqualTo(25);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(new ReplayPage("sub-1", running, Outcome.NONE).pollTrigger()).isEqualTo("every 2s");
        assertThat(new ReplayPage("sub-1", done, Outcome.NONE).pollTrigger()).isEqualTo("none");
        assertThat(new ReplayPage("sub-1", done, Outcome.NONE).url())
                .isEqualTo("/ministry/monitor/subscriptions/sub-1/replays/r1");

        ImportRun importing = run("running", 40);
        ImportRun imported = run("done", 100);
        MonitorAccess monitor = new MonitorAccess(true, true, true, true);
        MonitorAccess admin = new MonitorAccess(true, true, false, true);
        assertThat(new ImportsPage(List.of(imported, importing), monitor, FormFeedback.NONE, Outcome.NONE)
                .pollTrigger()).isEqualTo("every 2s");
        assertThat(new ImportsPage(List.of(imported), admin, FormFeedback.NONE, Outcome.NONE).pollTrigger())
                .isEqualTo("none");
        assertThat(new ImportsPage(List.of(imported), admin, FormFeedback.NONE, Outcome.NONE).mayImport()).isFalse();
        assertThat(new ImportsPage(List.of(imported), monitor, FormFeedback.NONE, Outcome.NONE).mayImport()).isTrue();
        assertThat(new ImportRunPage(importing, Outcome.NONE).url()).isEqualTo("/ministry/monitor/imports/run-running");
        assertThat(new ImportRunPage(importing, Outcome.NONE).moreRejectedThanListed()).isTrue();
    }

    static ImportRun run(String status, int percent) {
        return new ImportRun("run-" + status, "students", "leerlingen.csv", "2019-2020", status, 400, 390, 10, 1000,
                1001, "monitor", null, null, null, List.of(new Rejection(3, "bad")), percent);
    }
}
