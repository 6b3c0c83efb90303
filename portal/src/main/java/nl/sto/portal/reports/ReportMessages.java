package nl.sto.portal.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.Outcome;

/**
 * Texts of the report pages in Dutch, the default language ({@code messages/rep_en.properties} holds the English ones);
 * templates use them as {@code {rep:name}}. The names of report kinds and the titles of sections are the
 * regulation's, which reports-service gives with each report; obligation statuses are the shared web bundle's
 * ({@code web:option('obligationStatus', status)}). {@code field_label} is keyed by reports-service's field names.
 */
@MessageBundle(value = "rep", locale = "nl")
public interface ReportMessages {

    @Message("{kind} – {region}")
    String report_title(String kind, String region);

    @Message("Uiterlijk in te dienen")
    String due();

    @Message("te laat")
    String late();

    @Message("op tijd")
    String on_time();

    @Message("Versie")
    String col_version();

    @Message("Status")
    String col_status();

    @Message("Onderdelen")
    String sections_title();

    @Message("Onderdelen met „verplicht” moeten zijn ingevuld voordat de penvoerder de rapportage kan indienen. Elke "
            + "knop „Opslaan” bewaart alle onderdelen die u hebt gewijzigd.")
    String sections_intro();

    @Message("verplicht")
    String required();

    @Message("niet verplicht")
    String optional();

    @Message("ingevuld")
    String filled();

    @Message("nog niet ingevuld")
    String not_filled();

    @Message("Laatst opgeslagen door {who} op {when}")
    String saved_by(String who, String when);

    @Message("Opslaan")
    String button_save();

    @Message("Opmerking van de beoordelaar")
    String reviewer_comment();

    @Message("Jaar")
    String col_year();

    @Message("Bedrag")
    String col_amount();

    @Message("Bedragen per jaar. Laat een regel leeg om hem weg te laten; bedragen in euro's, bijvoorbeeld 12.500,50.")
    String amounts_hint();

    @Message("{#when field}{#is 'year'}Jaar{#is 'amount'}Bedrag in euro's{#else}{field}{/when}, regel {row}")
    String row_field(String field, int row);

    @Message("{#when field}{#is 'activities'}Activiteiten{#is 'results'}Resultaten{#is 'text'}Tekst{#is "
            + "'explanation'}Toelichting{#is 'years'}Bedragen per jaar{#is 'file'}Bestand{#is 'summary'}Samenvatting "
            + "voor de regio{#is 'decision'}Besluit{#is 'comments'}Opmerkingen per onderdeel{#else}{field}{/when}")
    String field_label(String field);

    @Message("Opmerking bij {section}")
    String comment_on(String section);

    @Message("{section} – {field}")
    String field_in_section(String section, String field);

    @Message("Wat is veranderd sinds versie {comparedWith}")
    String changes_title(int comparedWith);

    @Message("Versie {number} bouwt voort op versie {comparedWith}, die terugging naar de regio. Hieronder staat wat de "
            + "regio daarna veranderde; nieuwe woorden zijn onderstreept, weggehaalde woorden doorgestreept.")
    String changes_intro(int number, int comparedWith);

    @Message("Er is niets veranderd sinds versie {comparedWith}.")
    String changes_none(int comparedWith);

    @Message("{#when change}{#is 'ADDED'}nieuw ingevuld{#is 'REMOVED'}leeggemaakt{#else}gewijzigd{/when}")
    String change_kind(String change);

    @Message("Toegevoegd:")
    String change_inserted();

    @Message("Weggehaald:")
    String change_deleted();

    @Message("Bijlagen toegevoegd")
    String changes_files_added();

    @Message("Bijlagen verwijderd")
    String changes_files_removed();

    @Message("Iemand anders heeft dit onderdeel intussen gewijzigd, of een ander onderdeel van deze rapportage. Uw "
            + "tekst staat hieronder nog en is niet opgeslagen. Vergelijk hem met wat nu is opgeslagen en klik "
            + "opnieuw op Opslaan om uw tekst te bewaren.")
    String conflict();

    @Message("Nu opgeslagen")
    String saved_now();

    @Message("Rapportage indienen?")
    String confirm_submit_title();

    @Message("U dient „{kind}” van {region} in bij het ministerie. Daarna kan niemand deze versie nog wijzigen; het "
            + "ministerie beoordeelt haar en u krijgt een ontvangstbewijs.")
    String confirm_submit_text(String kind, String region);

    @Message("Ja, rapportage indienen")
    String confirm_submit_button();

    @Message("Besluit vastleggen?")
    String confirm_review_title();

    @Message("U keurt „{kind}” van {region} goed. De regio ziet uw besluit en uw toelichting.")
    String confirm_accept_text(String kind, String region);

    @Message("U stuurt „{kind}” van {region} terug. De regio ziet uw toelichting en opmerkingen, en dient een nieuwe "
            + "versie in.")
    String confirm_return_text(String kind, String region);

    @Message("Ja, goedkeuren")
    String confirm_accept_button();

    @Message("Ja, terugsturen")
    String confirm_return_button();

    @Message("Bezig met opslaan…")
    String autosave_saving();

    @Message("Automatisch opgeslagen om {time}.")
    String autosave_saved(String time);

    @Message("Nog niet automatisch opgeslagen: dit onderdeel is nog niet compleet of bevat een fout. Klik op "
            + "Opslaan om te zien wat er ontbreekt.")
    String autosave_incomplete();

    @Message("Niet automatisch opgeslagen: iemand anders heeft deze rapportage intussen gewijzigd. Klik op Opslaan "
            + "om uw tekst naast de opgeslagen tekst te zien.")
    String autosave_conflict();

    @Message("Niet opgeslagen: deze rapportage kan niet meer worden gewijzigd, of u bent niet meer ingelogd. Laad de "
            + "pagina opnieuw.")
    String autosave_refused();

    @Message("Niet opgeslagen: de verbinding lukte niet. Over enkele seconden proberen we het opnieuw; uw tekst "
            + "blijft staan.")
    String autosave_offline();

    @Message("Bijlagen")
    String attachments_title();

    @Message("Nog geen bijlagen.")
    String attachments_empty();

    @Message("Bestandsnaam")
    String col_filename();

    @Message("Soort")
    String col_type();

    @Message("Grootte")
    String col_size();

    @Message("SHA-256")
    String col_sha256();

    @Message("Bestandstype (MIME)")
    String col_media_type();

    @Message("{size} bytes")
    String size_in_bytes(long size);

    @Message("{#when mediaType}{#is 'application/pdf'}PDF-document{#is 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}Excel-werkmap{#is 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}Word-document{#else}{mediaType}{/when}")
    String file_kind(String mediaType);

    @Message("Acties")
    String col_actions();

    @Message("Bijlage toevoegen")
    String attachment_add_title();

    @Message("PDF, Excel (XLSX) of Word (DOCX), ten hoogste 20 MB.")
    String file_hint();

    @Message("Toevoegen")
    String button_upload();

    @Message("Verwijderen")
    String button_remove();

    @Message("Indienen")
    String submission_title();

    @Message("Als penvoerder dient u de rapportage in namens de regio. Daarna kan niemand haar meer wijzigen; het "
            + "ministerie beoordeelt haar.")
    String submit_intro();

    @Message("Nog in te vullen voordat de rapportage kan worden ingediend:")
    String still_missing();

    @Message("Alle verplichte onderdelen zijn ingevuld. Kijk ze nog eens na voordat u de rapportage indient.")
    String nothing_missing();

    @Message("Rapportage indienen")
    String button_submit();

    @Message("Ontvangstbewijs")
    String receipt_title();

    @Message("Kenmerk")
    String receipt_reference();

    @Message("Ingediend op")
    String receipt_time();

    @Message("Ingediend door")
    String receipt_by();

    @Message("Controlegetal (SHA-256)")
    String receipt_checksum();

    @Message("Het controlegetal is berekend over de ingediende versie met haar bijlagen. Zolang dezelfde versie "
            + "hetzelfde getal geeft, is ze na het indienen niet veranderd.")
    String receipt_checksum_explained();

    @Message("Ontvangstbewijs afdrukken")
    String receipt_print();

    @Message("Ontvangstbewijs downloaden (PDF)")
    String receipt_download();

    @Message("ontvangstbewijs-{reference}.pdf")
    String receipt_file(String reference);

    @Message("Versie")
    String receipt_version();

    @Message("Wat er nu gebeurt")
    String receipt_next_title();

    @Message("Het ministerie beoordeelt de ingediende versie. De uitkomst staat op de pagina van de rapportage in het "
            + "STO-portaal: geaccepteerd, of teruggestuurd met een opmerking per onderdeel, waarna de regio een nieuwe "
            + "versie kan indienen. Bewaar dit ontvangstbewijs: het kenmerk en het controlegetal tonen wat er wanneer "
            + "is ingediend.")
    String receipt_next();

    @Message("Na de uiterste datum")
    String receipt_late_label();

    @Message("{#if late}Ja, deze versie is na de uiterste datum ingediend.{#else}Nee, op tijd ingediend.{/if}")
    String receipt_late(boolean late);

    @Message("Deze versie is ingediend en kan niet meer worden gewijzigd.")
    String read_only();

    @Message("Beoordeling")
    String review_title();

    @Message("Beoordeeld door {who} op {when}")
    String reviewed_by(String who, String when);

    @Message("Het ministerie heeft de rapportage teruggestuurd. Pas de onderdelen met een opmerking aan en dien de "
            + "rapportage opnieuw in.")
    String returned_intro();

    @Message("Herzien")
    String button_revise();

    @Message("Rapportage beoordelen")
    String review_form_title();

    @Message("Keur de rapportage goed, of stuur haar terug met een opmerking bij ten minste één onderdeel.")
    String review_intro();

    @Message("{#when decision}{#is 'ACCEPT'}Goedkeuren{#is 'RETURN'}Terugsturen voor herziening{#else}{decision}{/when}")
    String decision(String decision);

    @Message("Besluit opslaan")
    String button_review();

    @Message("Versies")
    String versions_title();

    @Message("Versie {number}")
    String version_label(int number);

    @Message("Versie {number} – {title}")
    String version_title(int number, String title);

    @Message("Ingediend")
    String col_submitted();

    @Message("Beoordeeld")
    String col_reviewed();

    @Message("Deze versie heeft geen onderdelen.")
    String version_empty();

    @Message("Terug naar de rapportage")
    String back_to_report();

    @Message("Audittrail")
    String audit_title();

    @Message("Wie wat heeft gedaan met deze rapportage, het oudste eerst.")
    String audit_intro();

    @Message("De laatste {shown} van {total} stappen met deze rapportage, het oudste eerst.")
    String audit_latest(int shown, long total);

    @Message("Toon alle {total} stappen")
    String audit_show_all(long total);

    @Message("{#when action}{#is 'draft.started'}Concept begonnen{#is 'section.saved'}Onderdeel opgeslagen{#is "
            + "'attachment.added'}Bijlage toegevoegd{#is 'attachment.removed'}Bijlage verwijderd{#is "
            + "'report.submitted'}Ingediend{#is 'report.resubmitted'}Opnieuw ingediend{#is 'report.returned'}"
            + "Teruggestuurd{#is 'report.accepted'}Goedgekeurd{#is 'revision.started'}Herziening begonnen{#else}"
            + "{action}{/when}")
    String action(String action);

    @Message("{who} begon het concept.")
    String audit_draft_started(String who);

    @Message("{who} sloeg het onderdeel „{section}” op.")
    String audit_section_saved(String who, String section);

    @Message("{who} voegde de bijlage {filename} toe{#if size} ({size}){/if}.")
    String audit_attachment_added(String who, String filename, String size);

    @Message("{who} verwijderde de bijlage {filename}.")
    String audit_attachment_removed(String who, String filename);

    @Message("{who} diende versie {version} {#if again}opnieuw {/if}in{#if late}, na de uiterste datum{/if}; "
            + "ontvangstbewijs {receipt}.")
    String audit_submitted(String who, int version, String receipt, boolean late, boolean again);

    @Message("{who} stuurde versie {version} terug naar de regio.")
    String audit_returned(String who, int version);

    @Message("{who} keurde versie {version} goed.")
    String audit_accepted(String who, int version);

    @Message("{who} begon versie {version}, een herziening van versie {basedOn}.")
    String audit_revision_started(String who, int version, String basedOn);

    @Message("{who}: {action}.")
    String audit_other(String who, String action);

    @Message("{#when status}{#is 'DRAFT'}Concept{#is 'SUBMITTED'}Ingediend{#is 'RETURNED'}Teruggestuurd{#is "
            + "'ACCEPTED'}Goedgekeurd{#else}{status}{/when}")
    String status(String status);

    @Message("Rapportages")
    String queue_title();

    @Message("Ingediende rapportages die wachten op een beoordeling, het oudst ingediende eerst.")
    String queue_intro();

    @Message("Er wachten geen rapportages op een beoordeling.")
    String queue_empty();

    @Message("Onlangs beoordeeld")
    String reviewed_title();

    @Message("De laatste {count} beoordelingen, de nieuwste eerst: wie besloot wat, en wanneer.")
    String reviewed_intro(int count);

    @Message("Er is nog geen rapportage beoordeeld.")
    String reviewed_empty();

    @Message("Alle besluiten")
    String reviewed_all();

    @Message("Toon besluiten")
    String reviewed_filter();

    @Message("Besluit")
    String col_decision();

    @Message("Door")
    String col_reviewed_by();

    @Message("Regio")
    String col_region();

    @Message("Soort rapportage")
    String col_kind();

    @Message("Te laat")
    String col_late();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("{#when outcome}{#is REPORT_STARTED}De rapportage is gestart. Vul de onderdelen in.{#is SECTION_SAVED}"
            + "Het onderdeel is opgeslagen.{#is ATTACHMENT_ADDED}De bijlage is toegevoegd.{#is ATTACHMENT_REMOVED}De "
            + "bijlage is verwijderd.{#is REPORT_SUBMITTED}De rapportage is ingediend. Hieronder staat het "
            + "ontvangstbewijs.{#is REVISION_STARTED}U kunt de rapportage nu herzien in een nieuwe versie.{#is "
            + "REPORT_REVIEWED}Uw besluit is opgeslagen.{#else}{/when}")
    String done(Outcome outcome);

    @Message("Cijfers van uw regio")
    String figures_title();

    @Message("Uit de STO-monitor, per indicator het laatste schooljaar, naast het landelijke cijfer. Met „Cijfers invoegen” bij een onderdeel komen ze in de tekst; u kunt ze daarna aanpassen en slaat het onderdeel zelf op.")
    String figures_intro();

    @Message("De cijfers van uw regio zijn nu niet beschikbaar; de rapportage kunt u gewoon invullen.")
    String figures_unavailable();

    @Message("De STO-monitor heeft nog geen cijfers voor uw regio.")
    String figures_none();

    @Message("Cijfers van uw regio uit de STO-monitor")
    String figures_caption();

    @Message("Indicator")
    String figures_indicator();

    @Message("Schooljaar")
    String figures_school_year();

    @Message("Uw regio")
    String figures_region();

    @Message("Landelijk")
    String figures_national();

    @Message("Cijfers invoegen")
    String button_insert_figures();

    @Message("De cijfers van uw regio staan nu in de tekst hieronder. Controleer ze en sla het onderdeel op; pas dan is het bewaard.")
    String figures_inserted();
}
