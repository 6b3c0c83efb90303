package nl.sto.notification.api;

import java.util.List;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.problem.Problem;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.notification.sending.RenderedMessage;
import nl.sto.notification.sending.SmtpFailure;
import nl.sto.notification.sending.TemplatePreviews;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/reminder-templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    /** A message as it would be sent, with the calendar entry and the template version that wrote it. */
    public record Preview(String step, String language, String subject, String html, String text, String calendar,
            String templateVersion) {

        static Preview of(String step, String language, RenderedMessage message) {
            return new Preview(step, language, message.subject(), message.html(), message.text(), message.calendar(),
                    message.templateVersion());
        }
    }

    /** Where the test message went. */
    public record TestSent(String recipient, Preview message) {
    }

    private final TemplatePreviews previews;
    private final NotificationAccess access;
    private final JsonWebToken token;

    public TemplateResource(TemplatePreviews previews, NotificationAccess access, JsonWebToken token) {
        this.previews = previews;
        this.access = access;
        this.token = token;
    }

    @GET
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
    @Operation(summary = "The reminder templates, by the step of their first message")
    public List<String> steps() {
        return TemplatePreviews.STEPS;
    }

    @GET
    @Path("/{step}/preview")
    @RolesAllowed({Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR})
    @Operation(summary = "A template written for a sample obligation, in language nl (default) or en")
    public Preview preview(@PathParam("step") String step, @QueryParam("language") String language) {
        String lang = language == null ? "nl" : language;
        return Preview.of(step, lang, previews.preview(step, lang, "contact@voorbeeldregio.example"));
    }

    @POST
    @Path("/{step}/test")
    @Authenticated
    @Operation(summary = "Send the sample message to yourself (ministry-admin; the address of your login)")
    public Uni<TestSent> sendTest(@PathParam("step") String step, @QueryParam("language") String language) {
        access.toManage();
        String lang = language == null ? "nl" : language;
        String email = token.getClaim("email");
        if (!SmtpFailure.isDeliverable(email)) {
            throw ProblemException.conflict("email", "your login has no e-mail address to send the test to");
        }
        return previews.sendTest(step, lang, email)
                .map(message -> new TestSent(email, Preview.of(step, lang, message)))
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> new ProblemException(Problem.of(
                        503, "Mail server unavailable", "The test message could not be handed to the mail server: "
                                + e.getMessage())));
    }
}
