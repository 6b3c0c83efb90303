package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDispositionTest {

    @Test
    void alwaysAnAttachmentWithTheServicesFileName() {
        assertThat(AttachmentDisposition.of("inline; filename=\"voortgang.pdf\""))
                .isEqualTo("attachment; filename=\"voortgang.pdf\"; filename*=UTF-8''voortgang.pdf");
        assertThat(AttachmentDisposition.of("attachment; filename=plan.docx"))
                .startsWith("attachment; filename=\"plan.docx\"");
    }

    @Test
    void aNameWithoutPathOrQuotesAndEncodedForNonAsciiBrowsers() {
        assertThat(AttachmentDisposition.of("attachment; filename=\"../../etc/begroting \\\"2025\\\" €.xlsx\""))
                .isEqualTo("attachment; filename=\"begroting _2025_ _.xlsx\"; "
                        + "filename*=UTF-8''begroting%20%222025%22%20%E2%82%AC.xlsx");
    }

    @Test
    void withoutANameTheFileIsStillSaved() {
        assertThat(AttachmentDisposition.of(null)).startsWith("attachment; filename=\"bijlage\"");
        assertThat(AttachmentDisposition.of("inline")).startsWith("attachment; filename=\"bijlage\"");
    }
}
