package nl.sto.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventRunsTest {

    private record Event(String type, String obligation) {
    }

    private static List<List<Event>> split(Event... events) {
        return EventRuns.split(List.of(events), Event::type, Event::obligation);
    }

    @Test
    void eventsOfOneTypeAboutDifferentObligationsFormOneRun() {
        assertThat(split(new Event("moved", "a"), new Event("moved", "b"), new Event("moved", "c")))
                .containsExactly(List.of(new Event("moved", "a"), new Event("moved", "b"), new Event("moved", "c")));
    }

    @Test
    void anotherTypeStartsANewRunSoThatCreationsComeBeforeTheMovesAfterThem() {
        assertThat(split(new Event("created", "a"), new Event("created", "b"), new Event("moved", "a"),
                new Event("created", "c")))
                .containsExactly(List.of(new Event("created", "a"), new Event("created", "b")),
                        List.of(new Event("moved", "a")), List.of(new Event("created", "c")));
    }

    @Test
    void aSecondEventAboutTheSameObligationStartsANewRunAndKeepsItsOrder() {
        assertThat(split(new Event("moved", "a"), new Event("moved", "b"), new Event("moved", "a"),
                new Event("moved", "b")))
                .containsExactly(List.of(new Event("moved", "a"), new Event("moved", "b")),
                        List.of(new Event("moved", "a"), new Event("moved", "b")));
    }

    @Test
    void nothingGivesNoRuns() {
        assertThat(split()).isEmpty();
    }
}
