package nl.sto.reports.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.reports.sections.SectionContent;

/**
 * What a submission's receipt says: a reference a person can quote ({@code STO-R01-PR1-2} is version 2 of R01's
 * first progress report, unique because a region has one report per kind) and the SHA-256 of the version's canonical
 * content, so anyone can later show that what the ministry holds is what was submitted.
 */
@ApplicationScoped
public class Receipts {

    private final ObjectWriter canonical;

    public Receipts(ObjectMapper json) {
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .without(SerializationFeature.INDENT_OUTPUT);
    }

    /** The kind's abbreviation is unique across regulations; a yearly kind's obligation adds its year. */
    public static String reference(String regionCode, String abbreviation, int occurrence, int version) {
        String kind = occurrence == 0 ? abbreviation : abbreviation + "-" + occurrence;
        return "STO-" + regionCode + "-" + kind + "-" + version;
    }

    /**
     * SHA-256 (hex) over the canonical JSON {@code {"attachments":[sorted SHA-256s],"sections":{key: content}}}:
     * keys sorted, amounts with two decimals, no whitespace.
     */
    public String checksum(Map<String, SectionContent> sections, List<String> attachmentChecksums) {
        Map<String, Object> bySectionKey = new TreeMap<>();
        sections.forEach((section, content) -> bySectionKey.put(section, content.normalised()));
        Map<String, Object> document = new TreeMap<>();
        document.put("sections", bySectionKey);
        document.put("attachments", attachmentChecksums.stream().sorted().toList());
        try {
            return sha256(canonical.writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report content cannot be written as JSON", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
