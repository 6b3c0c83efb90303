package nl.sto.portal.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;

import nl.sto.portal.LanguageChoice;

/**
 * The login page speaks the portal's language: the redirect to the identity provider asks for it with
 * {@code ui_locales} (OpenID Connect Core 3.1.2.1), taken from the page's {@code ?lang=} or the remembered choice, as
 * every portal page takes it. Quarkus OIDC looks the filters up at run time, hence {@link Unremovable}.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie remembered = context.routingContext().request().getCookie(LanguageChoice.COOKIE);
        LanguageChoice choice = new LanguageChoice(context.routingContext().request().getParam("lang"),
                remembered == null ? null : remembered.getValue());
        context.additionalQueryParams().add("ui_locales", choice.language().code());
    }
}
