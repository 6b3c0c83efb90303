package nl.sto.portal.regulations;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.RegulationViews.DraftPreview;
import nl.sto.portal.client.reports.RegulationViews.PerKind;
import nl.sto.portal.client.reports.RegulationViews.Regulation;
import nl.sto.portal.format.Dates;
import nl.sto.portal.web.FormFeedback;

/**
 * What publishing a draft would bring (which regions get which obligations, which they do not owe because they
 * fall before their admission, and a sample), and the confirmation before publishing it for good.
 */
public record DraftPreviewPage(Regulation regulation, DraftPreview preview, FormFeedback feedback, UiLanguage lang) {

    public static final String PUBLISH_FORM = "publish";
    /** The sample table shows at most this many of the service's (first 200) rows. */
    static final int SAMPLE_ROWS = 50;

    public String path() {
        return RegulationPage.pathOf(regulation.id());
    }

    public String publishAction() {
        return path() + "/publish";
    }

    public String kindName(String code) {
        return regulation.kinds().stream().filter(k -> k.code().equals(code)).map(k -> k.name().in(lang))
                .findFirst().orElse(code);
    }

    public String name(PerKind kind) {
        String name = kind.name().in(lang);
        return name.isBlank() ? kindName(kind.code()) : name;
    }

    /** A kind's due dates: one, or the first and the last of a yearly kind's, with how many. */
    public String dates(PerKind kind) {
        List<LocalDate> dates = kind.dueDates().stream().distinct().sorted().toList();
        if (dates.size() <= 3) {
            return dates.stream().map(d -> Dates.format(d, lang)).collect(Collectors.joining(", "));
        }
        return Dates.format(dates.get(0), lang) + " … " + Dates.format(dates.get(dates.size() - 1), lang) + " ("
                + dates.size() + ")";
    }

    public List<RegulationSample> sample() {
        return preview.sample().stream().limit(SAMPLE_ROWS)
                .map(p -> new RegulationSample(p.regionCode(), kindName(p.code()), p.dueDate())).toList();
    }

    public List<RegulationSample> notOwed() {
        return preview.notOwed().stream()
                .map(p -> new RegulationSample(p.regionCode(), kindName(p.code()), p.dueDate())).toList();
    }

    public record RegulationSample(String regionCode, String kind, LocalDate dueDate) {
    }
}
