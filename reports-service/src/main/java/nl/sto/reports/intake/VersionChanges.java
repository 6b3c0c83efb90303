package nl.sto.reports.intake;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.sto.reports.intake.ReportReader.VersionDetails;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.ReportSections.Section;
import nl.sto.reports.sections.SectionContent;

/**
 * What changed from one version of a report to a later one, for a reviewer who read the earlier one: per section of the
 * report whether it was filled in, emptied, changed or left as it was (content compared in its stored form), and
 * which attachments were added or removed (the same file is the same checksum and name).
 */
public record VersionChanges(int number, int comparedWith, List<SectionChange> sections, List<Attachment> added,
        List<Attachment> removed) {

    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    public record SectionChange(Section section, Change change, SectionContent before, SectionContent after) {
    }

    public static VersionChanges between(VersionDetails earlier, VersionDetails later, ReportSections layout) {
        List<SectionChange> sections = layout.sections().stream()
                .map(section -> change(section, earlier.content().get(section.key()),
                        later.content().get(section.key())))
                .toList();
        Set<String> before = earlier.attachments().stream().map(VersionChanges::identity).collect(Collectors.toSet());
        Set<String> after = later.attachments().stream().map(VersionChanges::identity).collect(Collectors.toSet());
        return new VersionChanges(later.version().number, earlier.version().number, sections,
                later.attachments().stream().filter(a -> !before.contains(identity(a))).toList(),
                earlier.attachments().stream().filter(a -> !after.contains(identity(a))).toList());
    }

    private static SectionChange change(Section section, SectionContent before, SectionContent after) {
        Change change;
        if (before == null) {
            change = after == null ? Change.UNCHANGED : Change.ADDED;
        } else if (after == null) {
            change = Change.REMOVED;
        } else {
            change = before.normalised().equals(after.normalised()) ? Change.UNCHANGED : Change.CHANGED;
        }
        return new SectionChange(section, change, before, after);
    }

    private static String identity(Attachment attachment) {
        return attachment.sha256 + "/" + attachment.filename;
    }
}
