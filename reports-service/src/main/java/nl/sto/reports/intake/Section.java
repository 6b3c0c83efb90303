package nl.sto.reports.intake;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sections a report can have, each with the shape of its content. Which of them a report kind has, and which
 * are required, is {@link SectionRules}' business.
 */
public enum Section {
    AIM_DUURZAAM("aim-duurzaam", SectionContent.Aim.class),
    AIM_DEKKEND("aim-dekkend", SectionContent.Aim.class),
    AIM_KWALITATIEF("aim-kwalitatief-hoogstaand", SectionContent.Aim.class),
    PLAN_ADJUSTMENTS("plan-adjustments", SectionContent.Text.class),
    COVID_19("covid-19", SectionContent.Text.class),
    COFINANCING_REALISED("cofinancing-realised", SectionContent.AmountsPerYear.class),
    SPENDING_PER_YEAR("spending-per-year", SectionContent.AmountsPerYear.class),
    FINANCIAL_ACCOUNTING("financial-accounting", SectionContent.Text.class);

    private final String key;
    private final Class<? extends SectionContent> contentType;

    Section(String key, Class<? extends SectionContent> contentType) {
        this.key = key;
        this.contentType = contentType;
    }

    /** The name in URLs, JSON and problem details. */
    @JsonValue
    public String key() {
        return key;
    }

    public Class<? extends SectionContent> contentType() {
        return contentType;
    }

    public static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
