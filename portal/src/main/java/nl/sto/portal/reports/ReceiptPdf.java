package nl.sto.portal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ReportViews.Receipt;
import nl.sto.portal.format.Dates;

/**
 * The receipt of a submitted version as a one-page PDF (A4) to keep or forward: what was submitted, for which region,
 * when, by whom, whether late, its reference and checksum, and what happens next, in the page's language. The PDF's
 * standard fonts hold the Latin-1 letters of Dutch and English; a letter outside them (a name in another script) is
 * written without its accent, or as "?", rather than failing the receipt.
 *
 * @param report  the report's kind as its regulation names it
 * @param version the number of the submitted version
 */
public record ReceiptPdf(String report, String region, int version, Receipt receipt) {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont FIXED = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float MARGIN = 56;
    private static final float TEXT = 10.5f;
    private static final float LEADING = 1.45f;

    public byte[] render(ReportMessages texts, UiLanguage language) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, texts);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, page.getMediaBox().getHeight() - MARGIN,
                        page.getMediaBox().getWidth() - 2 * MARGIN);
                writer.line("Sterk Techniekonderwijs", REGULAR, TEXT);
                writer.gap(6);
                writer.paragraph(texts.receipt_title() + ": " + report + " – " + region, BOLD, 16);
                writer.gap(10);
                writer.field(texts.receipt_version(), Integer.toString(version));
                writer.field(texts.receipt_reference(), receipt.reference());
                writer.field(texts.receipt_time(), Dates.format(receipt.submittedAt(), language));
                writer.field(texts.receipt_by(), receipt.submittedBy());
                writer.field(texts.receipt_late_label(), texts.receipt_late(receipt.late()));
                writer.gap(6);
                writer.line(texts.receipt_checksum(), BOLD, TEXT);
                writer.line(receipt.checksum(), FIXED, 9.5f);
                writer.paragraph(texts.receipt_checksum_explained(), REGULAR, TEXT);
                writer.gap(10);
                writer.line(texts.receipt_next_title(), BOLD, TEXT);
                writer.paragraph(texts.receipt_next(), REGULAR, TEXT);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the receipt " + receipt.reference() + " as a PDF", e);
        }
    }

    /** The file name a browser saves it under: the reference says which receipt it is. */
    public String fileName(ReportMessages texts) {
        return texts.receipt_file(receipt.reference().replaceAll("[^A-Za-z0-9-]", "-"));
    }

    private void describe(PDDocument document, ReportMessages texts) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(writable(texts.receipt_title() + " " + receipt.reference()));
        info.setSubject(writable(report + " – " + region));
        info.setCreator("Sterk Techniekonderwijs");
    }

    /** The text as the standard fonts can write it: accents dropped only where the letter is not in them. */
    static String writable(String text) {
        CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();
        StringBuilder written = new StringBuilder();
        text.codePoints().forEach(c -> {
            String letter = Character.toString(c);
            if (winAnsi.canEncode(letter)) {
                written.append(letter);
                return;
            }
            String bare = Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            written.append(!bare.isEmpty() && winAnsi.canEncode(bare) ? bare : "?");
        });
        return written.toString().replaceAll("[\\t\\r\\n]", " ");
    }

    /** Writes lines from the top of the page down, wrapping paragraphs at the text's width. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final float width;
        private float y;

        Writer(PDPageContentStream content, float top, float width) {
            this.content = content;
            this.y = top;
            this.width = width;
        }

        void field(String label, String value) throws IOException {
            line(label, BOLD, TEXT);
            paragraph(value, REGULAR, TEXT);
            gap(4);
        }

        void paragraph(String text, PDFont font, float size) throws IOException {
            for (String line : wrapped(writable(text), font, size)) {
                line(line, font, size);
            }
        }

        void line(String text, PDFont font, float size) throws IOException {
            y -= size * LEADING;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(writable(text));
            content.endText();
        }

        void gap(float points) {
            y -= points;
        }

        private List<String> wrapped(String text, PDFont font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
