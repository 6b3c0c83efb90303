package nl.sto.portal.client.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionShapeTest {

    @Test
    void aShapeIsFoundByItsExactName() {
        assertThat(SectionShape.named("AMOUNTS")).contains(SectionShape.AMOUNTS);
    }

    @Test
    void aNameOfNoShapeIsNone() {
        assertThat(SectionShape.named("amounts")).isEmpty();
        assertThat(SectionShape.named("<script>")).isEmpty();
        assertThat(SectionShape.named(null)).isEmpty();
    }
}
