package nl.sto.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import nl.sto.portal.UiLanguage;
import nl.sto.portal.format.Dates;

/**
 * The values a service's field error names ({@code params}), ready to be worded: dates as people write them in the
 * page's language, everything else as the service gave it; empty when not given. The names are those of the services'
 * {@code FieldErrorCode}.
 */
public record ErrorValues(String year, String date, String from, String to, String min, String max, String value,
        String by, String name, String region, String version, String status, String closedOn) {

    public static ErrorValues of(Map<String, String> params, UiLanguage language) {
        return new ErrorValues(told(params, "year", language), told(params, "date", language),
                told(params, "from", language), told(params, "to", language), told(params, "min", language),
                told(params, "max", language), told(params, "value", language), told(params, "by", language),
                told(params, "name", language), told(params, "region", language), told(params, "version", language),
                told(params, "status", language), told(params, "closedOn", language));
    }

    private static String told(Map<String, String> params, String name, UiLanguage language) {
        String value = params.getOrDefault(name, "");
        if (value.length() != 10) {
            return value;
        }
        try {
            return Dates.format(LocalDate.parse(value), language);
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }
}
