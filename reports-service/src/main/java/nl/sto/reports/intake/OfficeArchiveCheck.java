package nl.sto.reports.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.sto.common.problem.ProblemException;

/**
 * Checks an XLSX or DOCX as the ZIP archive it is, before it is stored: at most so many entries, at most so many
 * bytes when unpacked, and no entry packed tighter than a real spreadsheet or document is. It streams through the
 * entries and counts the bytes actually inflated (never the sizes the archive declares), discarding them as it goes,
 * and stops at the first limit passed: a zip bomb costs a few kilobytes of work, not its gigabytes.
 */
final class OfficeArchiveCheck {

    /** Small entries may be packed tightly without being suspect; the ratio counts beyond this allowance. */
    private static final long RATIO_ALLOWANCE = 1024;
    private static final String RESAVE = "; save it again from Excel or Word (or as PDF) and upload that";

    private final int maxEntries;
    private final long maxUnpackedBytes;
    private final int maxCompressionRatio;

    OfficeArchiveCheck(int maxEntries, long maxUnpackedBytes, int maxCompressionRatio) {
        this.maxEntries = maxEntries;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxCompressionRatio = maxCompressionRatio;
    }

    /** Refuses (400, field {@code file}) an archive that breaks a limit, is damaged or is not what Office reads. */
    void check(byte[] zip) {
        Set<String> streamed = unpackCounting(zip);
        // Office reads the central directory; a directory that lists other entries than the archive holds would
        // let unchecked content through, as in zip bombs whose entries overlap.
        List<String> listed = ZipDirectory.names(zip).orElseThrow(this::damaged);
        if (listed.size() != streamed.size() || !streamed.equals(new HashSet<>(listed))) {
            throw damaged();
        }
    }

    /** The names of the entries, each unpacked and counted; names are unique, as Office needs them. */
    private Set<String> unpackCounting(byte[] zip) {
        ReadPosition source = new ReadPosition(zip);
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream entries = new ZipInputStream(source)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (names.size() == maxEntries) {
                    throw refused("it holds more than " + maxEntries + " parts, far more than a spreadsheet or "
                            + "document has" + RESAVE);
                }
                if (!names.add(entry.getName())) {
                    throw damaged();
                }
                long entryStart = source.position();
                long entryUnpacked = 0;
                for (int read = entries.read(buffer); read >= 0; read = entries.read(buffer)) {
                    entryUnpacked += read;
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes) {
                        throw refused("unpacked it would take more than " + megabytes(maxUnpackedBytes)
                                + " MB, which no spreadsheet or document of this size needs (a \"zip bomb\")"
                                + RESAVE);
                    }
                    if (entryUnpacked > maxCompressionRatio * (source.position() - entryStart + RATIO_ALLOWANCE)) {
                        throw refused("part " + entry.getName() + " is packed more than " + maxCompressionRatio
                                + " times tighter than a spreadsheet or document ever is (a \"zip bomb\")" + RESAVE);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged();
        }
        return names;
    }

    private ProblemException damaged() {
        return refused("the file is damaged: it cannot be unpacked as a spreadsheet or document" + RESAVE);
    }

    private static ProblemException refused(String why) {
        return ProblemException.badRequest("file", why);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** The archive's bytes, telling how far the unpacking has read them (the packed size consumed). */
    private static final class ReadPosition extends ByteArrayInputStream {

        ReadPosition(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
        }
    }
}
