package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionShapeTest {

    @Test
    void theShapeFollowsFromTheSectionKey() {
        assertThat(SectionShape.of("aim-duurzaam")).isEqualTo(SectionShape.AIM);
        assertThat(SectionShape.of("aim-kwalitatief-hoogstaand")).isEqualTo(SectionShape.AIM);
        assertThat(SectionShape.of("cofinancing-realised")).isEqualTo(SectionShape.AMOUNTS);
        assertThat(SectionShape.of("spending-per-year")).isEqualTo(SectionShape.AMOUNTS);
        assertThat(SectionShape.of("covid-19")).isEqualTo(SectionShape.TEXT);
        assertThat(SectionShape.of("financial-accounting")).isEqualTo(SectionShape.TEXT);
    }
}
