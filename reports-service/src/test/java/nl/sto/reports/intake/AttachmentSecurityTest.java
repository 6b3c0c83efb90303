package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static nl.sto.reports.intake.ReportApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * Attachments as they were attacked: a zip bomb dressed as a spreadsheet, a "PDF" that is a web page with a script,
 * PDFs with scripts or a program to start, the same file twice; and how a download is sent.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class AttachmentSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    private String lead;
    private String code;
    private ReportFixture.Obligations owed;
    private String id;

    @BeforeEach
    void draft() {
        lead = Tokens.leadR01();
        code = ReportFixture.regionLikeR01();
        owed = ReportFixture.obligations(code);
        id = startDraft(lead, code, owed.progressReport1());
    }

    @Test
    void zipBombsAreRefusedAndNothingIsStored() {
        // 2 MB that unpack to 2 GiB: the attack that was stored in 84 ms.
        byte[] bomb = TestFiles.xlsxZipBomb(2048);
        assertThat(bomb.length).isBetween(2_000_000, 3_000_000);
        byte[] manyParts = TestFiles.xlsxWithEntries(5000);

        refused(upload(lead, code, id, "begroting.xlsx", bomb)).body("detail", containsString("zip bomb"));
        refused(upload(lead, code, id, "begroting.xlsx", manyParts))
                .body("detail", containsString("more than 1000 parts"));

        assertStoredNowhere(bomb, manyParts);
    }

    @Test
    void realSpreadsheetsDocumentsAndPdfsAreAccepted() {
        upload(lead, code, id, "begroting.xlsx", TestFiles.xlsx()).then().statusCode(201)
                .body("mediaType", is(FileType.XLSX.mediaType()));
        upload(lead, code, id, "toelichting.docx", TestFiles.docx()).then().statusCode(201)
                .body("mediaType", is(FileType.DOCX.mediaType()));
        upload(lead, code, id, "verslag.pdf", TestFiles.pdf()).then().statusCode(201)
                .body("mediaType", is(FileType.PDF.mediaType()));
        as(lead).when().get(report(code, id)).then().statusCode(200).body("current.attachments", hasSize(3));
    }

    @Test
    void pdfsWithScriptsOrProgramsAndFakePdfsAreRefusedAndNothingIsStored() {
        List<Map.Entry<byte[], String>> attacks = List.of(
                Map.entry(TestFiles.pdfWithOpenActionJavaScript(), "JavaScript"),
                Map.entry(TestFiles.pdfWithLaunchAction(), "starts another program"),
                Map.entry(TestFiles.pdfWithJavaScriptLink(), "JavaScript"),
                Map.entry(TestFiles.pdfHeaderWithHtml(), "cannot be read as one"));

        attacks.forEach(attack -> refused(upload(lead, code, id, "verslag.pdf", attack.getKey()))
                .body("detail", containsString(attack.getValue())));

        assertStoredNowhere(attacks.stream().map(Map.Entry::getKey).toArray(byte[][]::new));
    }

    @Test
    void theSameFileTwiceIsTheFirstAttachment() {
        byte[] pdf = TestFiles.pdf("Eén keer");
        Response first = upload(lead, code, id, "verslag.pdf", pdf);
        first.then().statusCode(201);
        String attachment = first.path("id");

        upload(lead, code, id, "verslag (1).pdf", pdf).then().statusCode(200)
                .header("Location", endsWith(report(code, id) + "/attachments/" + attachment))
                .body("id", is(attachment)).body("filename", is("verslag.pdf"));

        as(lead).when().get(report(code, id)).then().statusCode(200)
                .body("current.attachments", hasSize(1)).body("current.attachments[0].id", is(attachment));
        List<String> actions = as(lead).when().get(report(code, id) + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).containsOnlyOnce("attachment.added");
    }

    @Test
    void theSameFileUploadedAtOnceIsStoredOnce() {
        byte[] pdf = TestFiles.pdf("Tegelijk");
        String otherReport = startDraft(lead, code, owed.progressReport2());
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Response>> uploads = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> upload(lead, code, i % 2 == 0 ? id
                            : otherReport, "tegelijk.pdf", pdf), uploaders))
                    .toList();
            List<Integer> statuses = uploads.stream().map(CompletableFuture::join).map(Response::statusCode).toList();

            assertThat(statuses).containsExactlyInAnyOrder(201, 201, 200, 200);
        } finally {
            uploaders.shutdown();
        }
        String sha256 = Receipts.sha256(pdf);
        assertThat(Database.count("SELECT count(*) FROM report_attachment WHERE sha256 = ?", sha256)).isEqualTo(2);
        assertThat(Database.count("SELECT count(*) FROM attachment_content WHERE sha256 = ?", sha256)).isEqualTo(1);
        // The database holds to one per version itself, whatever a writer does.
        assertThatThrownBy(() -> Database.update("""
                INSERT INTO report_attachment (id, version_id, filename, media_type, size, sha256, uploaded_at,
                    uploaded_by)
                SELECT gen_random_uuid(), version_id, 'kopie.pdf', media_type, size, sha256, now(), 'test'
                FROM report_attachment WHERE sha256 = ? LIMIT 1""", sha256))
                .rootCause().hasMessageContaining("one_attachment_per_file");
    }

    @Test
    void aDownloadIsAlwaysADownloadOfItsOwnTypeWhateverItsName() {
        String attachment = upload(lead, code, id, "C:\\Users\\school\\verslag.pdf", TestFiles.pdf("Download"))
                .then().statusCode(201).body("filename", is("verslag.pdf")).extract().path("id");
        // Uploads keep names printable and without folders; the header must hold for any name all the same.
        Database.update("UPDATE report_attachment SET filename = ? WHERE id = ?::uuid",
                "Verslag \"definitief\"\r\n– één/..\\x.pdf", attachment);

        as(Tokens.businessR01()).when().get(report(code, id) + "/attachments/" + attachment).then().statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"Verslag _definitief____ __n_.._x.pdf\"; "
                        + "filename*=UTF-8''Verslag%20%22definitief%22%0D%0A%E2%80%93%20%C3%A9%C3%A9n%2F..%5Cx.pdf");
    }

    private static ValidatableResponse refused(Response response) {
        return response.then().statusCode(400).contentType(PROBLEM).body("status", is(400))
                .body("errors[0].field", is("file"));
    }

    private void assertStoredNowhere(byte[]... files) {
        for (byte[] file : files) {
            assertThat(Database.count("SELECT count(*) FROM attachment_content WHERE sha256 = ?",
                    Receipts.sha256(file))).isZero();
        }
        as(lead).when().get(report(code, id)).then().statusCode(200).body("current.attachments", empty());
    }
}
