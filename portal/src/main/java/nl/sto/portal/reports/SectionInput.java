package nl.sto.portal.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.reports.ReportCommands;
import nl.sto.portal.client.reports.SectionShape;
import nl.sto.portal.web.FormFields;

/**
 * A posted section form read into the body reports-service expects for the section's shape. Amounts per year come
 * as rows {@code years[i].year} / {@code years[i].amount} (the service's own field names, so its errors name the
 * form's fields); rows left empty are left out, and {@link #inFormTerms} turns the service's row numbers back into
 * the form's.
 *
 * @param body     the request body, or null when the portal could not read a field (then {@link FormFields#request}
 *                 refuses the form)
 * @param formRows for amounts: the form's row index of each year sent, in the order sent
 */
public record SectionInput(Object body, List<Integer> formRows) {

    /** The field of a section of free text. */
    static final String TEXT = "text";

    private static final Pattern ROW = Pattern.compile("^years\\[(\\d+)]");

    public SectionInput {
        formRows = List.copyOf(formRows);
    }

    public static SectionInput read(SectionShape shape, FormFields fields) {
        return switch (shape) {
            case AIM -> new SectionInput(new ReportCommands.Aim(fields.text("activities"), fields.text("results")),
                    List.of());
            case TEXT -> new SectionInput(new ReportCommands.Text(fields.text(TEXT)), List.of());
            case AMOUNTS -> amounts(fields);
        };
    }

    private static SectionInput amounts(FormFields fields) {
        List<ReportCommands.YearAmount> years = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; fields.values().containsKey(yearField(i)); i++) {
            if (fields.text(yearField(i)) == null && fields.text(amountField(i)) == null) {
                continue;
            }
            years.add(new ReportCommands.YearAmount(fields.year(yearField(i)), fields.euros(amountField(i))));
            rows.add(i);
        }
        return new SectionInput(new ReportCommands.AmountsPerYear(years, fields.text("explanation")), rows);
    }

    public static String yearField(int row) {
        return "years[" + row + "].year";
    }

    public static String amountField(int row) {
        return "years[" + row + "].amount";
    }

    /** The service's refusal with its row numbers ({@code years[0]}: the first row sent) as the form's rows. */
    public ProblemException inFormTerms(ProblemException refused) {
        Problem problem = refused.problem();
        if (formRows.isEmpty() || problem.errors().isEmpty()) {
            return refused;
        }
        return new ProblemException(problem.withErrors(e -> e.on(formField(e.field()))));
    }

    private String formField(String field) {
        Matcher row = ROW.matcher(field);
        if (!row.find()) {
            return field;
        }
        int sent = Integer.parseInt(row.group(1));
        return sent < formRows.size() ? "years[" + formRows.get(sent) + "]" + field.substring(row.end()) : field;
    }
}
