package nl.sto.reports.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aPlainNameIsQuoted() {
        assertThat(ContentDisposition.attachment("begroting 2022.xlsx"))
                .isEqualTo("attachment; filename=\"begroting 2022.xlsx\"");
    }

    @Test
    void aNonAsciiNameAlsoGoesPercentEncodedInUtf8() {
        assertThat(ContentDisposition.attachment("financiële verantwoording €.pdf")).isEqualTo(
                "attachment; filename=\"financi_le verantwoording _.pdf\"; "
                        + "filename*=UTF-8''financi%C3%ABle%20verantwoording%20%E2%82%AC.pdf");
    }

    @Test
    void quotesLineBreaksAndPathSeparatorsCannotBreakTheHeader() {
        String header = ContentDisposition.attachment("a\"; filename=evil.html\r\nSet-Cookie: x=1/..\\b.pdf");

        assertThat(header).doesNotContain("\r", "\n", "\\", "/")
                .startsWith("attachment; filename=\"a_; filename=evil.html__Set-Cookie: x=1_.._b.pdf\"; filename*=")
                .endsWith("filename*=UTF-8''a%22%3B%20filename%3Devil.html%0D%0ASet-Cookie%3A%20x%3D1%2F..%5Cb.pdf");
        // One quoted string: the only quotes are the two around the name.
        assertThat(header.chars().filter(c -> c == '"')).hasSize(2);
    }
}
