package nl.sto.reports.regulation;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One version of a regulation: its legal source and the dates of its fixed-date kinds in force from its effective
 * date. Version 1 is the regulation as published; every amendment adds the next.
 */
@Entity
@Table(name = "regulation_version")
@IdClass(RegulationVersion.Key.class)
public class RegulationVersion extends PanacheEntityBase {

    private static final ObjectMapper DEADLINES_JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> DATES = new TypeReference<>() {
    };

    public record Key(String regulationId, int number) implements Serializable {
    }

    @Id
    @Column(name = "regulation_id")
    public String regulationId;

    @Id
    public int number;

    @Column(name = "legal_reference", nullable = false)
    public String legalReference;

    @Column(nullable = false)
    public String title;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "source_note", nullable = false)
    public String sourceNote;

    /** The fixed-date kinds' dates as a JSON object {code: "yyyy-mm-dd"}. */
    @Column(name = "deadlines", nullable = false)
    public String deadlinesJson;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    /** The deadlines as read from their JSON, kept: deriving 10,000 regions' obligations asks for them each time. */
    @Transient
    private Deadlines parsed;

    public Deadlines deadlines() {
        if (parsed == null) {
            parsed = parse();
        }
        return parsed;
    }

    private Deadlines parse() {
        try {
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            DEADLINES_JSON.readValue(deadlinesJson, DATES).forEach((kind, date) -> dates.put(kind,
                    LocalDate.parse(date)));
            return new Deadlines(dates);
        } catch (IOException e) {
            throw new UncheckedIOException("Deadlines of " + regulationId + " version " + number
                    + " are not readable", e);
        }
    }

    void setDeadlines(Deadlines deadlines) {
        Map<String, String> dates = new LinkedHashMap<>();
        deadlines.dates().forEach((kind, date) -> dates.put(kind, date.toString()));
        try {
            deadlinesJson = DEADLINES_JSON.writeValueAsString(dates);
            parsed = deadlines;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Deadlines cannot be written as JSON", e);
        }
    }
}
