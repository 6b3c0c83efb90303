package nl.sto.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.sto.portal.UiLanguage;

/**
 * The texts of a message bundle for Java code (templates use {@code {web:...}}, {@code {reg:...}}, ...), in the
 * page's language: e.g. {@code Texts.of(WebMessages.class, language)}.
 */
public final class Texts {

    private Texts() {
    }

    public static <T> T of(Class<T> bundle, UiLanguage language) {
        return language == UiLanguage.NL
                ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language.code()));
    }
}
