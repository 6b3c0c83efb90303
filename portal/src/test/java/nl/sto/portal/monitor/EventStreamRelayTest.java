package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStreamRelayTest {

    @Test
    void theBrowsersLastEventIdWinsOverThePagesNewestEvent() {
        assertThat(EventStreamRelay.resumeAfter("42", "25")).isEqualTo("42");
        assertThat(EventStreamRelay.resumeAfter(null, "25")).isEqualTo("25");
        assertThat(EventStreamRelay.resumeAfter(" ", " 25 ")).isEqualTo("25");
    }

    @Test
    void anythingButAPositionIsNotPassedOn() {
        assertThat(EventStreamRelay.resumeAfter("abc", "-1")).isNull();
        assertThat(EventStreamRelay.resumeAfter("1\r\nX-Evil: 1", null)).isNull();
        assertThat(EventStreamRelay.resumeAfter(null, null)).isNull();
    }
}
