package nl.sto.reports.intake;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import nl.sto.common.problem.ProblemException;

/**
 * Checks that a file starting with {@code %PDF-} is a PDF a reviewer can open safely: it parses as a PDF (Apache
 * PDFBox, with bounded memory), has pages, can be read without a password, and holds no JavaScript (nor an XFA
 * form, whose scripts are JavaScript too) and no action that starts a program. Every object of the file is looked
 * at, not only the usual places for scripts (the document's {@code /Names /JavaScript}, {@code /OpenAction},
 * additional actions {@code /AA} of the document, its pages, fields and annotations, link actions), so a script
 * hidden anywhere a reader could reach is found.
 */
final class PdfCheck {

    /** What PDFBox may keep in memory for streams it writes while parsing; beyond it the parse fails. */
    private static final long PARSER_MEMORY = 16L * 1024 * 1024;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final String RESAVE = "; save or print it again as PDF (for example with \"Print to PDF\") "
            + "and upload that";

    private final long maxUnpackedBytes;

    PdfCheck(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** Refuses (400, field {@code file}) a PDF that cannot be read, is protected or carries active content. */
    void check(byte[] pdf) {
        if (PdfFlateStreams.unpackedSize(pdf, maxUnpackedBytes) > maxUnpackedBytes) {
            throw refused("unpacked it would take more than " + maxUnpackedBytes / (1024 * 1024) + " MB, which no "
                    + "document of this size needs" + RESAVE);
        }
        Optional<String> why = whyRefused(pdf);
        if (why.isPresent()) {
            throw refused(why.get());
        }
    }

    private static Optional<String> whyRefused(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PARSER_MEMORY).streamCache)) {
            if (document.getNumberOfPages() == 0) {
                return Optional.of("the PDF has no pages" + RESAVE);
            }
            return activeContent(document.getDocument());
        } catch (InvalidPasswordException e) {
            return Optional.of("the PDF is protected with a password, so it cannot be checked; upload it without "
                    + "the password");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a file it cannot make sense of in many ways; each means the same to the uploader.
            return Optional.of("the file starts like a PDF but cannot be read as one; it may be damaged" + RESAVE);
        }
    }

    private static Optional<String> activeContent(COSDocument document) {
        Optional<String> found = activeContentIn(document.getTrailer());
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            if (found.isPresent()) {
                return found;
            }
            found = activeContentIn(document.getObjectFromPool(key).getObject());
        }
        return found;
    }

    /**
     * Looks through one object and the objects written inside it; an object it refers to is an object of the file
     * on its own, looked at by {@link #activeContent(COSDocument)}, so references are not followed.
     */
    private static Optional<String> activeContentIn(COSBase object) {
        if (object instanceof COSDictionary dictionary) {
            COSName action = dictionary.getCOSName(COSName.S);
            if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)) {
                return Optional.of("the PDF contains JavaScript, which a PDF reader could run when it is opened"
                        + RESAVE);
            }
            if (dictionary.containsKey(COSName.XFA)) {
                return Optional.of("the PDF contains an XFA form, whose scripts a PDF reader could run and which "
                        + "cannot be checked" + RESAVE);
            }
            if (LAUNCH.equals(action)) {
                return Optional.of("the PDF contains an action that starts another program or file" + RESAVE);
            }
            return firstIn(dictionary.getValues());
        }
        if (object instanceof COSArray array) {
            return firstIn(array);
        }
        return Optional.empty();
    }

    private static Optional<String> firstIn(Iterable<COSBase> objects) {
        for (COSBase object : objects) {
            Optional<String> found = activeContentIn(object);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static ProblemException refused(String why) {
        return ProblemException.badRequest("file", why);
    }
}
