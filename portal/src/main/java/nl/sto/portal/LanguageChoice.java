package nl.sto.portal;

import java.util.Optional;

import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The language a page is rendered in. An explicit {@code ?lang=} (the header toggle) wins and is remembered in a
 * cookie, so the choice survives the round trip through the login page; otherwise the remembered choice;
 * otherwise Dutch. The browser's Accept-Language is deliberately ignored: the portal is Dutch first.
 */
public record LanguageChoice(@RestQuery("lang") String requested, @RestCookie(LanguageChoice.COOKIE) String remembered) {

    public static final String COOKIE = "sto_lang";

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

    /** The choice of a request whose parameters were not bound by a resource method (error pages, filters). */
    public static LanguageChoice of(UriInfo uri, Map<String, Cookie> cookies) {
        Cookie remembered = cookies.get(COOKIE);
        return new LanguageChoice(uri.getQueryParameters().getFirst("lang"),
                remembered == null ? null : remembered.getValue());
    }

    public UiLanguage language() {
        return UiLanguage.fromCode(requested)
                .or(() -> UiLanguage.fromCode(remembered))
                .orElse(UiLanguage.NL);
    }

    /** The cookie to set, only when the user has just picked a language. */
    public Optional<NewCookie> cookieToRemember() {
        return UiLanguage.fromCode(requested).map(language -> new NewCookie.Builder(COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR_SECONDS)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build());
    }
}
