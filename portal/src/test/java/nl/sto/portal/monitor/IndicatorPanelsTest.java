package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import nl.sto.portal.client.monitor.MonitorViews.Indicator;
import nl.sto.portal.client.monitor.MonitorViews.IndicatorValue;
import nl.sto.portal.client.reports.Names;

class IndicatorPanelsTest {

    private static final List<String> YEARS = List.of("2019-2020", "2020-2021", "2021-2022");
    private static final Duration ANSWER_AFTER = Duration.ofMillis(150);

    private final ScheduledExecutorService service = Executors.newScheduledThreadPool(8);
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

    @AfterEach
    void stopTheService() {
        service.shutdownNow();
    }

    static Indicator indicator(String id) {
        return new Indicator(id, new Names(id, id), Names.NONE, new Names("DUO", "DUO"), new Names("1 oktober", "1 October"),
                "percent", "leerweg");
    }

    static IndicatorValue value(String id, String year) {
        return new IndicatorValue(id, year, null, "percent", 10.0, 1, 10, List.of(), YEARS, null, null, null);
    }

    /** A monitor-service that answers each year after a moment, counting how many questions are open at once. */
    private Uni<Fetched<IndicatorValue>> answer(Indicator indicator, String year, Fetched<IndicatorValue> answer) {
        return Uni.createFrom().emitter(emitter -> {
            asked.computeIfAbsent(indicator.id() + " " + year, k -> new AtomicInteger()).incrementAndGet();
            mostAtOnce.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            service.schedule(() -> {
                underWay.decrementAndGet();
                emitter.complete(answer);
            }, ANSWER_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    @Test
    void everyYearOfEveryIndicatorIsAskedForAtOnceAndThePanelsKeepTheirOrder() {
        List<Indicator> indicators = List.of(indicator("c"), indicator("a"), indicator("b"));

        long started = System.nanoTime();
        List<IndicatorPanel> panels = IndicatorPanels.read(indicators, (indicator, year) -> answer(indicator, year,
                Fetched.of(value(indicator.id(), year == null ? "2021-2022" : year))));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(panels).extracting(IndicatorPanel::id).containsExactly("c", "a", "b");
        for (IndicatorPanel panel : panels) {
            assertThat(panel.years()).extracting(IndicatorValue::schoolYear).containsExactlyElementsOf(YEARS);
        }
        // The latest year of the three, then the two other years of the three: six at once.
        assertThat(mostAtOnce).hasValue(6);
        assertThat(asked).hasSize(9).allSatisfy((question, times) -> assertThat(times).hasValue(1));
        assertThat(took).as("two rounds, not nine answers one after another").isLessThan(ANSWER_AFTER.multipliedBy(5));
    }

    @Test
    void anIndicatorThatCannotBeReadIsNotAvailableAndTheOthersStay() {
        List<Indicator> indicators = List.of(indicator("a"), indicator("gone"), indicator("b"));

        List<IndicatorPanel> panels = IndicatorPanels.read(indicators, (indicator, year) -> {
            if (indicator.id().equals("gone")) {
                return answer(indicator, year, Fetched.notAvailable());
            }
            if ("2019-2020".equals(year)) {
                return answer(indicator, year, Fetched.notAvailable());
            }
            return answer(indicator, year, Fetched.of(value(indicator.id(), year == null ? "2021-2022" : year)));
        });

        assertThat(panels).extracting(IndicatorPanel::id).containsExactly("a", "gone", "b");
        assertThat(panels.get(1).fetched().unavailable()).isTrue();
        assertThat(panels.get(1).years()).isEmpty();
        assertThat(asked).doesNotContainKey("gone 2020-2021");
        // An older year that cannot be read is left out; the panel shows the others.
        assertThat(panels.get(0).years()).extracting(IndicatorValue::schoolYear)
                .containsExactly("2020-2021", "2021-2022");
        assertThat(panels.get(2).fetched().ok()).isTrue();
    }

    @Test
    void noIndicatorsNoPanels() {
        assertThat(IndicatorPanels.read(List.of(), (indicator, year) -> {
            throw new AssertionError("nothing to ask");
        })).isEmpty();
    }
}
