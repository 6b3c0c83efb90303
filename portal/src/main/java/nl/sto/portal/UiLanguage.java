package nl.sto.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages: Dutch first (the default), English second. */
public enum UiLanguage {
    NL("nl"),
    EN("en");

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    /** The BCP 47 tag used in the {@code lang} attribute, the {@code ?lang=} toggle and the cookie. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The other language, offered by the toggle in the page header. */
    public UiLanguage other() {
        return this == NL ? EN : NL;
    }

    public static Optional<UiLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
