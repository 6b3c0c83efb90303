package nl.sto.reports.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.sto.contracts.regulation.Names;
import nl.sto.reports.regulation.Due;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationService.Full;
import nl.sto.reports.regulation.RegulationStatus;
import nl.sto.reports.regulation.RegulationVersion;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionType;

/** Regulations as clients read them. */
public final class RegulationViews {

    public record Period(LocalDate from, LocalDate to) {
    }

    public record RegulationSummary(String id, String title, String legalReference, Period period,
            RegulationStatus status, boolean demo, LocalDate publishedOn, LocalDate effectiveOn,
            Integer currentVersion) {
    }

    public record RegulationView(String id, String title, String legalReference, Period period,
            RegulationStatus status, boolean demo, LocalDate publishedOn, LocalDate effectiveOn,
            Integer currentVersion, String sourceNote, LocalDate grantsDecidedOn, List<KindView> kinds,
            List<VersionView> versions) {
    }

    public record KindView(String code, Names name, String abbreviation, boolean report, Due due,
            List<SectionView> sections) {
    }

    /** {@code type}: the catalogue entry (or {@code free-text}); {@code shape} decides the section's form. */
    public record SectionView(String key, String type, SectionType.Shape shape, Names title, boolean required) {
    }

    /** A version: where it comes from and the dates of the fixed-date kinds in force from its effective date. */
    public record VersionView(int number, String legalReference, String title, LocalDate publishedOn,
            LocalDate effectiveOn, String sourceNote, Map<String, LocalDate> deadlines, OffsetDateTime publishedAt,
            String publishedBy) {
    }

    public record SectionTypeView(String type, SectionType.Shape shape, Names title) {
    }

    private RegulationViews() {
    }

    /** Current first (the period holding today), then the later-starting before the earlier. */
    static Comparator<Regulation> currentFirst(LocalDate today) {
        Comparator<Regulation> current = Comparator.comparing(r -> today.isBefore(r.periodFrom)
                || today.isAfter(r.periodTo));
        return current.thenComparing(r -> r.periodFrom, Comparator.reverseOrder()).thenComparing(r -> r.id);
    }

    static RegulationSummary summary(Regulation r, Integer currentVersion) {
        return new RegulationSummary(r.id, r.title, r.legalReference, new Period(r.periodFrom, r.periodTo), r.status,
                r.demo, r.publishedOn, r.effectiveOn, currentVersion);
    }

    static RegulationView view(Full full) {
        Regulation r = full.regulation();
        Integer current = full.versions().isEmpty() ? null : full.versions().get(full.versions().size() - 1).number;
        return new RegulationView(r.id, r.title, r.legalReference, new Period(r.periodFrom, r.periodTo), r.status,
                r.demo, r.publishedOn, r.effectiveOn, current, r.sourceNote, r.grantsDecidedOn,
                full.kinds().stream().map(RegulationViews::kind).toList(),
                full.versions().stream().map(RegulationViews::version).toList());
    }

    static KindView kind(KindDefinition k) {
        List<SectionView> sections = k.reportSections().sections().stream().map(RegulationViews::section).toList();
        return new KindView(k.code, k.names(), k.abbreviation, k.report, k.due(), sections);
    }

    static SectionView section(ReportSections.Section s) {
        return new SectionView(s.key(), s.type().key(), s.type().shape(), s.title(), s.required());
    }

    static VersionView version(RegulationVersion v) {
        return new VersionView(v.number, v.legalReference, v.title, v.publishedOn, v.effectiveOn, v.sourceNote,
                v.deadlines().dates(), v.publishedAt, v.publishedBy);
    }

    static List<SectionTypeView> catalogue() {
        return java.util.Arrays.stream(SectionType.values())
                .map(t -> new SectionTypeView(t.key(), t.shape(), t.title())).toList();
    }
}
