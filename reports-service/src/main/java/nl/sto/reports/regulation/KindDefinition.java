package nl.sto.reports.regulation;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.sto.contracts.regulation.Names;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionSpec;

/** An obligation kind as a regulation defines it: its code, names, due rule, and a report's sections. */
@Entity
@Table(name = "obligation_kind")
@IdClass(KindDefinition.Key.class)
public class KindDefinition extends PanacheEntityBase {

    /** Sections are stored as the JSON the ministry drafted them in; a plain mapper, since they hold no dates. */
    private static final ObjectMapper SECTIONS_JSON = new ObjectMapper();
    private static final TypeReference<List<SectionSpec>> SECTION_LIST = new TypeReference<>() {
    };

    public record Key(String regulationId, String code) implements Serializable {
    }

    @Id
    @Column(name = "regulation_id")
    public String regulationId;

    @Id
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String abbreviation;

    @Column(nullable = false)
    public boolean report;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule", nullable = false)
    public Due.Rule dueRule;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(name = "due_weeks")
    public Integer dueWeeks;

    @Column(nullable = false)
    public String sections;

    public Names names() {
        return new Names(nameNl, nameEn);
    }

    public Due due() {
        return new Due(dueRule, dueDate, dueMonth, dueDay, dueWeeks);
    }

    public List<SectionSpec> sectionSpecs() {
        try {
            return SECTIONS_JSON.readValue(sections, SECTION_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("Sections of kind " + regulationId + "/" + code + " are not readable", e);
        }
    }

    public ReportSections reportSections() {
        return ReportSections.of(sectionSpecs());
    }

    void setSections(List<SectionSpec> specs) {
        try {
            sections = SECTIONS_JSON.writeValueAsString(specs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Sections cannot be written as JSON", e);
        }
    }

    void setDue(Due due) {
        dueRule = due.rule();
        dueDate = due.date();
        dueMonth = due.month();
        dueDay = due.day();
        dueWeeks = due.weeks();
    }
}
