package nl.sto.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token for the page being rendered ({@code {inject:formToken.value}} in templates): the form field of
 * every form that posts, and the meta tag that htmx's requests read it from.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    /** The form field of the token, as {@code quarkus.rest-csrf.form-field-name} names it. */
    public static final String FIELD = "csrf-token";

    private final CsrfTokenParameterProvider csrf;
    private final RoutingContext request;

    FormToken(CsrfTokenParameterProvider csrf, RoutingContext request) {
        this.csrf = csrf;
        this.request = request;
    }

    /**
     * The token quarkus-rest-csrf handed this request. A request it refused has none; the page that says so
     * offers the browser's own token again (the cookie's value), so that its logout button still works.
     */
    public String value() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException refusedRequest) {
            Cookie cookie = request.request().getCookie(csrf.getCookieName());
            return cookie == null ? "" : cookie.getValue();
        }
    }

    public String fieldName() {
        return csrf.getParameterName();
    }

    public String headerName() {
        return csrf.getHeaderName();
    }
}
