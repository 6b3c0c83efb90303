package nl.sto.portal.reports;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.sto.portal.web.ErrorLink;

/**
 * Where each problem reports-service names can be fixed on the report page, and what to call it: a missing or
 * invalid section ({@code sections.<key>...}) is that section's part of the page; a review comment
 * ({@code comments.<key>}) its field in the review form; a row of amounts ({@code years[i].amount}) that row's
 * field; anything else the form's field of that name.
 */
final class ReportErrorLinks {

    private static final Pattern SECTION = Pattern.compile("^sections\\.([a-z0-9-]+)");
    private static final Pattern COMMENT = Pattern.compile("^comments\\.([a-z0-9-]+)$");
    private static final Pattern ROW = Pattern.compile("^years\\[(\\d+)]\\.(year|amount)$");

    private ReportErrorLinks() {
    }

    /**
     * @param firstSection where a problem with the review's comments as a whole points: the first comment field
     * @param titles       a section's title by its key, in the page's language (the regulation's titles)
     */
    static ErrorLink of(String form, String field, String message, String firstSection, ReportMessages texts,
            Function<String, String> titles) {
        Matcher section = SECTION.matcher(field);
        if (section.find()) {
            return new ErrorLink("#" + ReportPage.partId(section.group(1)), titles.apply(section.group(1)),
                    message);
        }
        Matcher comment = COMMENT.matcher(field);
        if (comment.matches()) {
            return new ErrorLink("#" + form + "-" + field, texts.comment_on(titles.apply(comment.group(1))),
                    message);
        }
        if (field.equals("comments")) {
            return new ErrorLink("#" + form + "-comments." + firstSection, texts.field_label(field), message);
        }
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return new ErrorLink("#" + form + "-" + field,
                    texts.row_field(row.group(2), Integer.parseInt(row.group(1)) + 1), message);
        }
        if (field.equals("years")) {
            return new ErrorLink("#" + form + "-" + SectionInput.yearField(0), texts.field_label(field), message);
        }
        return new ErrorLink("#" + form + "-" + field, texts.field_label(field), message);
    }
}
