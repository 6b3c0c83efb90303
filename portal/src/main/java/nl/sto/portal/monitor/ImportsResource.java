package nl.sto.portal.monitor;

import java.net.URI;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.monitor.MonitorClient;
import nl.sto.portal.client.monitor.MonitorViews.ImportRun;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/** The imports of open data (monitor team, ministry-admins), uploading a file and importing the shipped ones. */
@Path(ImportsPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImportsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(UiLanguage lang, PortalUser user, ImportsPage page);

        static native TemplateInstance run(UiLanguage lang, PortalUser user, ImportRunPage page);
    }

    private final MonitorClient monitor;
    private final CurrentUser currentUser;

    ImportsResource(@RestClient MonitorClient monitor, CurrentUser currentUser) {
        this.monitor = monitor;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The latest imports with their counts and progress; the upload form for the monitor team")
    public RestResponse<TemplateInstance> imports(@RestQuery String done, @BeanParam LanguageChoice choice) {
        return show(FormFeedback.NONE, Outcome.fromCode(done), choice, RestResponse.StatusCode.OK);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import: counts, progress and the lines it turned down with their reasons")
    public RestResponse<TemplateInstance> run(@RestPath String id, @RestQuery String done,
            @BeanParam LanguageChoice choice) {
        PortalUser user = currentUser.get();
        MonitorAccess.of(user).toReadImports();
        ImportRunPage page = new ImportRunPage(monitor.importRun(id), Outcome.fromCode(done));
        return Pages.render(Templates.run(choice.language(), user, page), choice);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a DUO file (monitor team; multipart file and optionally schoolYear), then its page")
    public RestResponse<TemplateInstance> upload(@RestForm("file") FileUpload file,
            @RestForm("schoolYear") String schoolYear, @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toImport();
        MultivaluedMap<String, String> typed = new MultivaluedHashMap<>();
        typed.putSingle("schoolYear", schoolYear == null ? "" : schoolYear);
        FormFields fields = FormFields.of(typed, choice.language());
        return Forms.handle(ImportsPage.UPLOAD_FORM, fields, f -> {
            FileUpload chosen = f.file("file", file);
            String year = f.text("schoolYear");
            ImportRun run = monitor.upload(f.request(() -> {
                ClientMultipartForm form = ClientMultipartForm.create().fileUpload(chosen);
                return year == null ? form : form.attribute("schoolYear", year, null);
            }));
            return URI.create(Outcome.IMPORT_STARTED.at(ImportsPage.runUrl(run.id())).toString());
        }, feedback -> status -> show(feedback, Outcome.NONE, choice, status));
    }

    @POST
    @Path("shipped")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Import every shipped open-data file (monitor team), then the list")
    public RestResponse<TemplateInstance> shipped(MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        MonitorAccess.of(currentUser.get()).toImport();
        return Forms.handle(ImportsPage.SHIPPED_FORM, FormFields.of(form, choice.language()),
                f -> monitor.importShipped(), Outcome.SHIPPED_IMPORTED.at(ImportsPage.PATH),
                feedback -> status -> show(feedback, Outcome.NONE, choice, status));
    }

    private RestResponse<TemplateInstance> show(FormFeedback feedback, Outcome done, LanguageChoice choice,
            int status) {
        PortalUser user = currentUser.get();
        MonitorAccess may = MonitorAccess.of(user).toReadImports();
        ImportsPage page = new ImportsPage(monitor.imports(), may, feedback, done);
        return Pages.render(Templates.imports(choice.language(), user, page), choice, status);
    }
}
