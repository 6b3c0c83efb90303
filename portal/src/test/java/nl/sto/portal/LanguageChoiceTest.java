package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: the language rules need no application. */
class LanguageChoiceTest {

    @Test
    void dutchWhenNothingIsChosen() {
        LanguageChoice choice = new LanguageChoice(null, null);

        assertThat(choice.language()).isEqualTo(UiLanguage.NL);
        assertThat(choice.cookieToRemember()).isEmpty();
    }

    @Test
    void explicitChoiceWinsOverTheRememberedOneAndIsRemembered() {
        LanguageChoice choice = new LanguageChoice("en", "nl");

        assertThat(choice.language()).isEqualTo(UiLanguage.EN);
        assertThat(choice.cookieToRemember()).hasValueSatisfying(cookie -> {
            assertThat(cookie.getName()).isEqualTo("sto_lang");
            assertThat(cookie.getValue()).isEqualTo("en");
            assertThat(cookie.getPath()).isEqualTo("/");
        });
    }

    @Test
    void rememberedChoiceIsUsedWithoutSettingTheCookieAgain() {
        LanguageChoice choice = new LanguageChoice(null, "en");

        assertThat(choice.language()).isEqualTo(UiLanguage.EN);
        assertThat(choice.cookieToRemember()).isEmpty();
    }

    @Test
    void unknownLanguagesAreIgnored() {
        LanguageChoice choice = new LanguageChoice("fr", "de");

        assertThat(choice.language()).isEqualTo(UiLanguage.NL);
        assertThat(choice.cookieToRemember()).isEmpty();
    }
}
