package nl.sto.portal.web;

import java.net.URI;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.client.ProblemException;

/**
 * How every form of the portal ends. Accepted: a 303 redirect to the page that shows the result
 * (post/redirect/get). Refused with a reason that belongs next to the form (400 invalid input, 404 a row that is
 * gone, 409 a conflict such as a second grant for a year): the page again, with the reason and what was typed.
 * Refusals that concern the whole page (403, an unknown region, a service that is down) become error pages
 * ({@link ServiceErrorPages}).
 */
public final class Forms {

    private static final Set<Integer> SHOWN_WITH_THE_FORM = Set.of(400, 404, 409, 413, 415, 422);

    private Forms() {
    }

    public static RestResponse<TemplateInstance> handle(String form, FormFields fields, Consumer<FormFields> action,
            URI whenDone, Function<FormFeedback, Shown> showAgain) {
        return handle(form, fields, f -> {
            action.accept(f);
            return whenDone;
        }, showAgain);
    }

    /** For a form whose result page is known only from the service's answer, e.g. a report just started. */
    public static RestResponse<TemplateInstance> handle(String form, FormFields fields, Function<FormFields, URI> action,
            Function<FormFeedback, Shown> showAgain) {
        URI whenDone;
        try {
            whenDone = action.apply(fields);
        } catch (ProblemException refused) {
            if (!shownWithTheForm(refused.status())) {
                throw refused;
            }
            FormFeedback feedback = new FormFeedback(form, fields.worded(refused.problem()), fields.values());
            // 404 here is a row (a contact, a statement) rather than the page; as a form's answer it is a conflict
            // with what the page showed. An unknown region still ends on the error page: showing it again fails.
            return showAgain.apply(feedback).render(refused.status() == 404 ? 409 : refused.status());
        }
        return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SEE_OTHER)
                .location(whenDone).build();
    }

    /** Whether a refusal with this status belongs next to the form, rather than on an error page. */
    public static boolean shownWithTheForm(int status) {
        return SHOWN_WITH_THE_FORM.contains(status);
    }

    /** Renders a page again with a form's feedback, given the HTTP status to answer with. */
    @FunctionalInterface
    public interface Shown {
        RestResponse<TemplateInstance> render(int status);
    }
}
