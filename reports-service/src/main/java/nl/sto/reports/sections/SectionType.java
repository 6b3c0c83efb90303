package nl.sto.reports.sections;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import nl.sto.contracts.regulation.Names;

/**
 * The catalogue of section types the platform knows, each with the shape of its content and its title. A regulation's
 * report kinds pick their sections from it; {@link #FREE_TEXT} is a text section the regulation names itself.
 */
public enum SectionType {
    AIM_DUURZAAM("aim-duurzaam", SectionContent.Aim.class, "Doel: duurzaam", "Aim: sustainable"),
    AIM_DEKKEND("aim-dekkend", SectionContent.Aim.class, "Doel: dekkend", "Aim: covering"),
    AIM_KWALITATIEF("aim-kwalitatief-hoogstaand", SectionContent.Aim.class, "Doel: kwalitatief hoogstaand",
            "Aim: high quality"),
    PLAN_ADJUSTMENTS("plan-adjustments", SectionContent.Text.class, "Aanpassingen van het plan",
            "Adjustments to the plan"),
    COVID_19("covid-19", SectionContent.Text.class, "Gevolgen van COVID-19", "Consequences of COVID-19"),
    COFINANCING_REALISED("cofinancing-realised", SectionContent.AmountsPerYear.class, "Gerealiseerde cofinanciering",
            "Co-financing realised"),
    SPENDING_PER_YEAR("spending-per-year", SectionContent.AmountsPerYear.class, "Besteding per jaar",
            "Spending per year"),
    FINANCIAL_ACCOUNTING("financial-accounting", SectionContent.Text.class, "Financiële verantwoording",
            "Financial accounting"),
    FREE_TEXT("free-text", SectionContent.Text.class, "Vrije tekst", "Free text");

    /** How a section's content is shaped, which decides its form. */
    public enum Shape {
        AIM,
        AMOUNTS,
        TEXT
    }

    private final String key;
    private final Class<? extends SectionContent> contentType;
    private final Names title;

    SectionType(String key, Class<? extends SectionContent> contentType, String titleNl, String titleEn) {
        this.key = key;
        this.contentType = contentType;
        this.title = new Names(titleNl, titleEn);
    }

    /** The name in URLs, JSON and problem details; a catalogue section's key in a report is the same. */
    @JsonValue
    public String key() {
        return key;
    }

    public Class<? extends SectionContent> contentType() {
        return contentType;
    }

    public Names title() {
        return title;
    }

    public Shape shape() {
        if (contentType == SectionContent.Aim.class) {
            return Shape.AIM;
        }
        return contentType == SectionContent.AmountsPerYear.class ? Shape.AMOUNTS : Shape.TEXT;
    }

    public static Optional<SectionType> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
