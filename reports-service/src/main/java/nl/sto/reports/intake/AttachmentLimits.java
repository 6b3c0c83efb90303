package nl.sto.reports.intake;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far an attachment may unpack before it counts as a bomb (see {@link AttachmentCheck}). */
@ConfigMapping(prefix = "sto.attachments")
public interface AttachmentLimits {

    /** Entries of an XLSX or DOCX; real ones have tens, a large workbook with pictures a few hundred. */
    @WithDefault("1000")
    int maxArchiveEntries();

    /** What an XLSX or DOCX may unpack to in total, and what a PDF's compressed streams may unpack to. */
    @WithDefault("256M")
    MemorySize maxUnpackedSize();

    /**
     * How many times larger than packed one entry of an XLSX or DOCX may be unpacked. Repetitive sheets reach a few
     * dozen; a zip bomb's zeros reach a thousand. (Apache POI's 100 refuses some real workbooks.)
     */
    @WithDefault("200")
    int maxCompressionRatio();
}
