package nl.sto.portal.regions;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.sto.portal.UiLanguage;

/** The region pages' texts for Java code (templates use {@code {reg:...}}), in the page's language. */
final class Texts {

    private Texts() {
    }

    static RegionMessages of(UiLanguage language) {
        return language == UiLanguage.NL
                ? MessageBundles.get(RegionMessages.class)
                : MessageBundles.get(RegionMessages.class, Localized.Literal.of(language.code()));
    }
}
