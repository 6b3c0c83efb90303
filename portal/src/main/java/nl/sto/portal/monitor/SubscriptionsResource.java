package nl.sto.portal.monitor;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.monitor.MonitorViews.Replay;
import nl.sto.portal.client.monitor.MonitorViews.ReplayRequest;
import nl.sto.portal.client.monitor.MonitorViews.Subscription;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * The webhook subscriptions (monitor team, ministry-admins): the list and the form that makes one; one subscription
 * with its deliveries (resend each), replay from a time (with its progress), resume, a new secret and deleting it
 * after a confirmation page. A new secret (made with the subscription, or rotated) is shown once, on the page the
 * form's post redirects to ({@link SecretsShownOnce}). monitor-service decides whose subscriptions a person sees:
 * someone else's is a 404 there, "Niet gevonden" here.
 */
@Path(SubscriptionsPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SubscriptionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscriptions(UiLanguage lang, PortalUser user, SubscriptionsPage page);

        static native TemplateInstance secret(UiLanguage lang, PortalUser user, SecretPage page, String here);

        static native TemplateInstance secretShown(UiLanguage lang, PortalUser user, String subscriptionUrl,
                String here);

        static native TemplateInstance subscription(UiLanguage lang, PortalUser user, SubscriptionPage page);

        static native TemplateInstance delivery(UiLanguage lang, PortalUser user, DeliveryPage page);

        static native TemplateInstance replay(UiLanguage lang, PortalUser user, ReplayPage page);

        static native TemplateInstance delete(UiLanguage lang, PortalUser user, Subscription subscription);
    }

    private final MonitorClient monitor;
    private final CurrentUser currentUser;
    private final SecretsShownOnce secrets;

    SubscriptionsResource(@RestClient MonitorClient monitor, CurrentUser currentUser, SecretsShownOnce secrets) {
        this.monitor = monitor;
        this.currentUser = currentUser;
        this.secrets = secrets;
    }

    @GET
    @Operation(summary = "The webhook subscriptions and the form that makes one")
    public RestResponse<TemplateInstance> list(@RestQuery String done, @BeanParam LanguageChoice choice) {
        return showList(FormFeedback.NONE, Outcome.fromCode(done), choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Make a subscription (url, description, contactEmail, typePrefix, regions), then the page "
            + "that shows its secret once")
    public RestResponse<TemplateInstance> subscribe(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        return Forms.handle(SubscriptionForm.FORM, FormFields.of(form, choice.language()),
                f -> shownOnce(new SecretPage(monitor.subscribe(SubscriptionForm.request(f.text("url"),
                        f.text("description"), f.text("contactEmail"), f.text("typePrefix"), f.text("regions"))),
                        false)),
                feedback -> status -> showList(new FormFeedback(feedback.form(), onFormFields(feedback.problem()),
                        feedback.values()), Outcome.NONE, choice, status));
    }

    @GET
    @Path("{id}/secret/{token}")
    @Operation(summary = "A new secret, once: the page the making or rotation redirects to; afterwards, or for "
            + "anyone else, that it was shown already and where to make a new one (410)")
    public RestResponse<TemplateInstance> secret(@RestPath String id, @RestPath String token,
            @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        String here = SecretPage.url(id, token);
        return secrets.take(currentUser.subject(), id, token)
                .map(page -> Pages.render(Templates.secret(choice.language(), user, page, here), choice))
                .orElseGet(() -> Pages.render(Templates.secretShown(choice.language(), user,
                        SubscriptionsPage.url(id), here), choice, RestResponse.StatusCode.GONE));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription with its deliveries, newest first (status=, page= from 0)")
    public RestResponse<TemplateInstance> subscription(@RestPath String id, @RestQuery String status,
            @RestQuery String page, @RestQuery String done, @BeanParam LanguageChoice choice) {
        return showSubscription(id, SubscriptionPage.status(status), SubscriptionPage.pageIndex(page),
                FormFeedback.NONE, Outcome.fromCode(done), choice, RestResponse.StatusCode.OK);
    }

    @POST
    @Path("{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Resume a paused or disabled subscription from where it stopped")
    public RestResponse<TemplateInstance> resume(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        return Forms.handle(SubscriptionPage.RESUME_FORM, FormFields.of(form, choice.language()),
                f -> monitor.resume(id),
                URI.create(SubscriptionPage.url(id, null, 0, Outcome.SUBSCRIPTION_RESUMED)),
                feedback -> status -> showSubscription(id, null, 0, sentence(feedback), Outcome.NONE, choice, status));
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A new signing secret, then the page that shows it once; the old one signs beside it for "
            + "24 hours")
    public RestResponse<TemplateInstance> rotate(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        return Forms.handle(SubscriptionPage.ROTATE_FORM, FormFields.of(form, choice.language()),
                f -> shownOnce(new SecretPage(monitor.rotateSecret(id), true)),
                feedback -> status -> showSubscription(id, null, 0, sentence(feedback), Outcome.NONE, choice, status));
    }

    @GET
    @Path("{id}/delete")
    @Operation(summary = "The confirmation before deleting a subscription, which cannot be undone")
    public RestResponse<TemplateInstance> confirmDelete(@RestPath String id, @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        return Pages.render(Templates.delete(choice.language(), user, monitor.subscription(id)), choice);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delete a subscription with its deliveries, then the list")
    public RestResponse<TemplateInstance> delete(@RestPath String id, @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        monitor.deleteSubscription(id);
        return RestResponse.ResponseBuilder.<TemplateInstance>create(RestResponse.Status.SEE_OTHER)
                .location(Outcome.SUBSCRIPTION_DELETED.at(SubscriptionsPage.PATH)).build();
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with every attempt")
    public RestResponse<TemplateInstance> delivery(@RestPath String id, @RestPath String deliveryId,
            @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        DeliveryPage page = new DeliveryPage(id, monitor.delivery(id, deliveryId));
        return Pages.render(Templates.delivery(choice.language(), user, page), choice);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send a delivery's event again (same webhook-id), then the subscription's deliveries as "
            + "they were filtered (status=, page=)")
    public RestResponse<TemplateInstance> resend(@RestPath String id, @RestPath String deliveryId,
            @RestQuery String status, @RestQuery String page, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        String chosen = SubscriptionPage.status(status);
        int pageIndex = SubscriptionPage.pageIndex(page);
        return Forms.handle(SubscriptionPage.RESEND_FORM + deliveryId, FormFields.of(form, choice.language()),
                f -> monitor.resend(id, deliveryId),
                URI.create(SubscriptionPage.url(id, chosen, pageIndex, Outcome.DELIVERY_RESENT)),
                feedback -> code -> showSubscription(id, chosen, pageIndex, sentence(feedback), Outcome.NONE, choice,
                        code));
    }

    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Deliver again every event from since= (a time, Dutch time) that the filters pass; then "
            + "the replay's progress")
    public RestResponse<TemplateInstance> replay(@RestPath String id, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toSubscribe();
        FormFields fields = FormFields.of(form, choice.language());
        return Forms.handle(SubscriptionPage.REPLAY_FORM, fields, f -> {
            String since = SubscriptionForm.since(f.text("since")).orElseThrow(() -> new ProblemException(
                    Problem.invalidInput("", List.of(new Problem.FieldError("since",
                            Texts.of(MonitorMessages.class, choice.language()).input_since())),
                            choice.language().code())));
            Replay started = monitor.replay(id, new ReplayRequest(since, null));
            return URI.create(Outcome.REPLAY_STARTED.at(SubscriptionsPage.url(id) + "/replays/" + started.id())
                    .toString());
        }, feedback -> code -> showSubscription(id, null, 0, replayFeedback(feedback), Outcome.NONE, choice, code));
    }

    @GET
    @Path("{id}/replays/{replayId}")
    @Operation(summary = "A replay's progress, refreshing itself while it runs")
    public RestResponse<TemplateInstance> replayProgress(@RestPath String id, @RestPath String replayId,
            @RestQuery String done, @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        ReplayPage page = new ReplayPage(id, monitor.replayOf(id, replayId), Outcome.fromCode(done));
        return Pages.render(Templates.replay(choice.language(), user, page), choice);
    }

    /** Keeps the new secret for this person until its page has been shown; that page's address. */
    private URI shownOnce(SecretPage page) {
        return URI.create(SecretPage.url(page.subscription().id(), secrets.keep(currentUser.subject(), page)));
    }

    private RestResponse<TemplateInstance> showList(FormFeedback feedback, Outcome done, LanguageChoice choice,
            int status) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        SubscriptionsPage page = new SubscriptionsPage(monitor.subscriptions(), feedback, done);
        return Pages.render(Templates.subscriptions(choice.language(), user, page), choice, status);
    }

    private RestResponse<TemplateInstance> showSubscription(String id, String status, int pageIndex,
            FormFeedback feedback, Outcome done, LanguageChoice choice, int httpStatus) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toSubscribe();
        SubscriptionPage page = new SubscriptionPage(monitor.subscription(id),
                monitor.deliveries(id, status, pageIndex, SubscriptionPage.SIZE), status, pageIndex, feedback, done);
        return Pages.render(Templates.subscription(choice.language(), user, page), choice, httpStatus);
    }

    /** A button's refusal, told in one sentence above the list (a field the service names is none of the button's). */
    private static FormFeedback sentence(FormFeedback feedback) {
        return new FormFeedback(feedback.form(), feedback.problem().asSentence(), feedback.values());
    }

    /** The replay form has one field: the service's fromPosition or since errors are about it. */
    private static FormFeedback replayFeedback(FormFeedback feedback) {
        Problem problem = feedback.problem();
        if (problem.errors().isEmpty()) {
            return sentence(feedback);
        }
        return new FormFeedback(feedback.form(), problem.withErrors(e -> e.on("since")), feedback.values());
    }

    /**
     * The service names the filters it refuses by their place in the JSON ({@code filters[1].any[0].exact.region});
     * the form has the two simple fields they were made from.
     */
    static Problem onFormFields(Problem problem) {
        return problem.withErrors(e -> !e.field().startsWith("filters") ? e
                : e.on(e.field().contains("region") || e.field().contains("any") ? "regions" : "typePrefix"));
    }
}
