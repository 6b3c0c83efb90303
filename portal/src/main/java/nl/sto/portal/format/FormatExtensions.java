package nl.sto.portal.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

import nl.sto.portal.UiLanguage;

/** The formats for templates: {@code {fmt:euros(year.grant, lang)}}, {@code {fmt:date(region.admittedOn, lang)}}. */
@TemplateExtension(namespace = "fmt")
final class FormatExtensions {

    private FormatExtensions() {
    }

    static String euros(BigDecimal amount, UiLanguage lang) {
        return amount == null ? Percentages.NONE : EuroAmounts.format(amount, lang);
    }

    static String percent(BigDecimal percentage, UiLanguage lang) {
        return Percentages.format(percentage, lang);
    }

    static String share(Double percentage, UiLanguage lang) {
        return Percentages.ofDouble(percentage, lang);
    }

    static String count(long number, UiLanguage lang) {
        return Numbers.count(number, lang);
    }

    static String number(Double number, UiLanguage lang) {
        return Numbers.format(number, lang);
    }

    static String date(LocalDate date, UiLanguage lang) {
        return Dates.format(date, lang);
    }

    static String moment(OffsetDateTime moment, UiLanguage lang) {
        return Dates.format(moment, lang);
    }

    static String bytes(long size, UiLanguage lang) {
        return FileSizes.format(size, lang);
    }
}
