package nl.sto.portal.notifications;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.Outcome;

/**
 * Texts of the reminder pages in Dutch, the default language ({@code messages/ntf_en.properties} holds the English
 * ones); templates use them as {@code {ntf:name}}. The names of the messages (steps) and of the delivery statuses are
 * the shared web bundle's ({@code web:reminder_step(step)}, {@code web:option('reminderStatus', status)}), because the
 * region page shows them too.
 */
@MessageBundle(value = "ntf", locale = "nl")
public interface NotificationMessages {

    @Message("Herinneringen")
    String overview_title();

    @Message("De e-mails die de contactpersonen van alle regio's aan hun termijnen herinneren. Berichten die niet "
            + "konden worden bezorgd staan bovenaan. Herinneringen van één regio pauzeren of hervatten doet u op de "
            + "pagina van die regio, onder Herinneringen.")
    String overview_intro();

    @Message("De sjablonen van de herinneringen bekijken")
    String templates_link();

    @Message("Filteren op status")
    String filter_legend();

    @Message("Filteren")
    String button_filter();

    @Message("Alle statussen tonen")
    String button_all();

    @Message("Berichten")
    String list_title();

    @Message("{#if filtered}Geen berichten met deze status.{#else}Er zijn nog geen herinneringen.{/if}")
    String list_empty(boolean filtered);

    @Message("Opnieuw versturen")
    String button_resend();

    @Message("Het bericht is niet opnieuw verstuurd:")
    String resend_refused();

    @Message("Naar het bericht")
    String to_the_message();

    @Message("Berichten, de mislukte eerst")
    String list_caption();

    @Message("{#when outcome}{#is REMINDER_RESENT}Het bericht staat klaar om opnieuw te worden verstuurd; de status "
            + "hieronder laat zien hoe het afloopt.{#else}{/when}")
    String done(Outcome outcome);

    @Message("Herinnering")
    String reminder_title();

    @Message("Terug naar de herinneringen van {region}")
    String back_to_region(String region);

    @Message("Terug naar het overzicht van herinneringen")
    String back_to_overview();

    @Message("Regio")
    String field_region();

    @Message("Termijn")
    String field_due();

    @Message("Versie van de termijn")
    String field_deadline_version();

    @Message("Versie van het sjabloon")
    String field_template_version();

    @Message("Controlegetal van het bericht (SHA-256)")
    String field_content_hash();

    @Message("Volgnummer van de agenda-afspraak")
    String field_calendar_sequence();

    @Message("Nog niet verstuurd")
    String not_sent();

    @Message("Bezorgpogingen")
    String attempts_title();

    @Message("Nog geen pogingen: het bericht is nog niet aan de beurt geweest.")
    String attempts_empty();

    @Message("Poging")
    String col_attempt();

    @Message("Uitkomst")
    String col_outcome();

    @Message("Antwoord van de mailserver")
    String col_detail();

    @Message("Sjablonen van de herinneringen")
    String templates_title();

    @Message("Elk soort bericht heeft één sjabloon. Bekijk hoe het bericht eruitziet, geschreven voor een "
            + "voorbeeldregio en een verzonnen verplichting, in het Nederlands of het Engels: de taal van een bericht "
            + "is die van de contactpersoon.")
    String templates_intro();

    @Message("Sjabloon")
    String col_template();

    @Message("Voorbeeld")
    String col_preview();

    @Message("{#if language == 'en'}Engels{#else}Nederlands{/if}")
    String language_name(String language);

    @Message("Voorbeeld in het {#if language == 'en'}Engels{#else}Nederlands{/if}")
    String preview_in(String language);

    @Message("Terug naar de sjablonen")
    String back_to_templates();

    @Message("Sjabloon")
    String template_title();

    @Message("Zo ziet het bericht eruit voor de voorbeeldregio. Versie van het sjabloon: {version}.")
    String template_intro(String version);

    @Message("Onderwerp")
    String subject();

    @Message("Tekst van het bericht")
    String text_title();

    @Message("HTML-versie (broncode)")
    String html_title();

    @Message("Het bericht gaat ook als HTML met opmaak op weg. Het portaal toont die versie niet opgemaakt, maar "
            + "als broncode: de pagina's van het portaal laten geen opmaak uit berichten toe. Stuur uzelf een test om "
            + "het opgemaakte bericht in uw e-mailprogramma te zien.")
    String html_intro();

    @Message("Agenda-afspraak (iCalendar-bijlage)")
    String calendar_title();

    @Message("Dit sjabloon in het {#if language == 'en'}Engels{#else}Nederlands{/if}")
    String other_language(String language);

    @Message("Stuur een test naar mijzelf")
    String button_test();

    @Message("Het voorbeeld gaat naar het e-mailadres van uw eigen inlog, met [TEST] voor het onderwerp. Het is "
            + "geen herinnering van een regio.")
    String test_intro();

    @Message("De test is niet verstuurd:")
    String test_refused();

    @Message("De test is verstuurd naar {recipient}.")
    String test_sent(String recipient);
}
