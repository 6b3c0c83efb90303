package nl.sto.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.client.notifications.ReminderStep;

/**
 * Texts of the shared page tools in Dutch, the default language ({@code messages/web_en.properties} holds the
 * English ones); templates use them as {@code {web:name}}: the forms' error summary and field labels, the portal's
 * own reading of typed input ({@link FormFields}), the error pages ({@link ServiceErrorPages}), and the column
 * headings and links that the pages of several features share. {@code field_label}, {@code field_hint} and
 * {@code option} are keyed by the services' field names and values, so that a form field, its error from the
 * service and a table column share one text.
 */
@MessageBundle(value = "web", locale = "nl")
public interface WebMessages {

    @Message("Dit is niet opgeslagen:")
    String errors_title();

    @Message("Fout:")
    String error_prefix();

    @Message("niet verplicht")
    String optional();

    @Message("{#when field}{#is 'code'}Code{#is 'name'}Naam{#is 'tranche'}Tranche{#is "
            + "'admittedOn'}Toegelaten op{#is 'adviceReference'}Kenmerk advies beoordelingscommissie{#is "
            + "'duurzaam'}Duurzaam{#is 'dekkend'}Dekkend{#is 'kwalitatief'}Kwalitatief hoogstaand{#is "
            + "'closedOn'}Gesloten per{#is 'reason'}Reden{#is 'identifierType'}Register{#is "
            + "'identifier'}Identificatie{#is 'municipality'}Gemeente{#is 'role'}Rol{#is 'joinedOn'}Lid "
            + "vanaf{#is 'leftOn'}Vertrekt per{#is 'year'}Jaar{#is 'amount'}Bedrag in euro's{#is 'kind'}Soort "
            + "bijdrage{#is 'email'}E-mailadres{#is 'language'}Taal van e-mails{#is 'q'}Naam of code{#is "
            + "'partner'}Partner (naam, BRIN of KvK-nummer){#is 'legalReference'}Vindplaats (bijvoorbeeld Stcrt. "
            + "2021, nr. 40070){#is 'title'}Titel{#is 'publishedOn'}Gepubliceerd op{#is 'effectiveOn'}In werking "
            + "per{#is 'sourceNote'}Bron en toelichting{#is 'deadlines'}Termijnen{#is 'file'}Bestand{#is 'schoolYear'}Schooljaar{#is 'url'}Adres (URL) van de ontvanger{#is "
            + "'description'}Omschrijving{#is 'contactEmail'}E-mailadres voor meldingen{#is 'typePrefix'}Soort gebeurtenis "
            + "(begin van de naam){#is 'regions'}Regio's{#is 'since'}Vanaf{#else}{field}{/when}")
    String field_label(String field);

    @Message("{#when field}{#is 'code'}2 tot 20 hoofdletters, cijfers of streepjes, bijvoorbeeld R78.{#is "
            + "'identifier'}KvK-nummer (8 cijfers), BRIN (2 cijfers en 2 letters, bijvoorbeeld 16PK), "
            + "vestiging (bijvoorbeeld 16PK05) of nummer van het bevoegd gezag (5 cijfers).{#is "
            + "'adviceReference'}Alleen bij late toelating, bijvoorbeeld BC-2021-077.{#is "
            + "'amount'}Bijvoorbeeld 25.000 of 25.000,50.{#is 'joinedOn'}Leeg betekent vandaag.{#is "
            + "'leftOn'}Leeg betekent vandaag.{#else}{/when}")
    String field_hint(String field);

    @Message("{#when field}{#is 'tranche'}{#when value}{#is 'LATE'}Laat toegelaten{#else}Tranche "
            + "{value}{/when}{#is 'kind'}{#when value}{#is 'MONEY'}Geld{#is 'IN_KIND'}In "
            + "natura{#else}{value}{/when}{#is 'role'}{#when value}{#is 'lead'}Penvoerder{#is "
            + "'school'}School{#is 'mbo'}Mbo{#is 'po'}Po{#is 'business'}Bedrijf{#is 'ministry'}Ministerie{#is "
            + "'monitor'}Monitor (alleen lezen){#else}{value}{/when}{#is 'identifierType'}{#when value}{#is "
            + "'BOARD'}Bevoegd gezag{#is 'INSTITUTION'}Instelling (BRIN){#is 'LOCATION'}Vestiging{#is "
            + "'KVK'}KvK-nummer{#else}{value}{/when}{#is 'language'}{#when value}{#is 'nl'}Nederlands{#is "
            + "'en'}Engels{#else}{value}{/when}{#is 'status'}{#when value}{#is 'ACTIVE'}Actief{#is "
            + "'CLOSED'}Gesloten{#else}{value}{/when}"
            + "{#is 'obligationStatus'}{#when value}{#is 'OPEN'}Open{#is 'OVERDUE'}Te laat{#is 'SUBMITTED'}Ingediend"
            + "{#is 'RETURNED'}Teruggestuurd{#is 'ACCEPTED'}Goedgekeurd{#is 'ENDED'}Verstreken{#else}{value}{/when}"
            + "{#is 'reminderStatus'}{#when value}{#is 'scheduled'}Gepland{#is 'sending'}Wordt verstuurd{#is "
            + "'sent'}Verstuurd{#is 'temporary-failure'}Tijdelijk mislukt, wordt opnieuw geprobeerd{#is "
            + "'permanent-failure'}Mislukt{#is 'technical-failure'}Mislukt door een storing{#is "
            + "'cancelled'}Vervallen{#is 'skipped'}Overgeslagen{#else}{value}{/when}"
            + "{#else}{value}{/when}")
    String option(String field, String value);

    @Message("vul een jaartal van vier cijfers in, bijvoorbeeld 2024")
    String input_year();

    @Message("vul een bedrag in euro's in, bijvoorbeeld 25.000 of 25.000,50")
    String input_amount();

    @Message("vul een datum in, bijvoorbeeld 1-2-2021")
    String input_date();

    /**
     * A service's field error by its code (common's {@code FieldErrorCode}), with the values it names ({@code v}: dates
     * already as people write them); empty for a code worded by none.
     */
    @Message("{#when code}{#is 'required'}vul dit in{#is 'too-long'}dit is te lang; maak het korter{#if v.max} "
            + "(hooguit {v.max}){/if}{#is 'too-short'}dit is te kort{#if v.min} (minstens {v.min}){/if}{#is 'pattern'}"
            + "dit heeft niet de vorm die hier hoort (zie de uitleg bij het veld){#is 'range'}{#if v.min && v.max}"
            + "dit moet liggen tussen {v.min} en {v.max}{#else if v.min}dit mag niet kleiner zijn dan {v.min}"
            + "{#else if v.max}dit mag niet groter zijn dan {v.max}{#else}dit ligt buiten wat hier kan{/if}"
            + "{#is 'email'}vul een e-mailadres in, bijvoorbeeld naam@school.nl{#is 'format'}dit is niet te lezen; vul "
            + "het in zoals het veld vraagt, bijvoorbeeld een datum of een getal{#is 'unknown-field'}dit hoort niet bij "
            + "dit formulier{#is 'conflict'}dit botst met wat al is vastgelegd{#is 'duplicate'}dit komt twee keer voor"
            + "{#is 'taken'}{v.value} is al in gebruik{#if v.by} (bij {v.by}){/if}; kies iets anders{#is 'decimals'}"
            + "gebruik hooguit {v.max} cijfers achter de komma{#is 'not-before'}dit mag niet vóór {v.date} liggen"
            + "{#is 'outside-period'}dit ligt buiten de periode van {v.from} tot en met {v.to}{#is 'already-partner'}"
            + "deze organisatie is al partner van regio {v.region}{#is 'lead-exists'}deze regio heeft al een "
            + "penvoerder: {v.name}{#is 'already-left'}deze partner is al vertrokken op {v.date}{#is 'grant-exists'}"
            + "voor {v.year} is al een subsidie toegekend{#is 'already-confirmed'}de cofinanciering voor {v.year} is al "
            + "bevestigd en kan niet meer veranderen{#is 'comment-needed'}geef bij minstens één onderdeel een "
            + "opmerking, zodat de regio weet wat er beter moet{#is 'no-change'}deze wijziging verplaatst geen enkele "
            + "termijn{#else}{/when}")
    String field_error(String code, ErrorValues v);

    /**
     * Why a service refused a step no field is to blame for, by its code (the services' {@code ProblemCode}); empty
     * for a code the portal does not know, which then keeps the service's English.
     */
    @Message("{#when code}{#is 'not-a-draft'}Versie {v.version} van deze rapportage is al {#when v.status}{#is "
            + "'SUBMITTED'}ingediend{#is 'RETURNED'}teruggestuurd{#is 'ACCEPTED'}goedgekeurd{#else}{v.status}{/when} en "
            + "kan niet meer veranderen{#if v.status == 'RETURNED'}; begin een herziening om haar aan te passen{/if}."
            + "{#is 'not-submitted'}Versie {v.version} is {#when v.status}{#is 'DRAFT'}nog een concept{#is 'RETURNED'}al "
            + "teruggestuurd{#is 'ACCEPTED'}al goedgekeurd{#else}{v.status}{/when}; alleen een ingediende versie wordt "
            + "beoordeeld. Misschien was een collega u net voor.{#is 'not-returned'}Alleen een teruggestuurde "
            + "rapportage kan worden herzien; deze is {#when v.status}{#is 'DRAFT'}een concept{#is 'SUBMITTED'}ingediend"
            + "{#is 'ACCEPTED'}goedgekeurd{#else}{v.status}{/when}.{#is 'already-started'}De rapportage voor deze "
            + "verplichting is al begonnen.{#is 'attachment-submitted'}Deze bijlage hoort bij een ingediende versie en "
            + "kan niet meer veranderen.{#is 'regulation-draft'}Deze regeling is nog een concept: pas het concept zelf "
            + "aan. Wijzigingen zijn er voor gepubliceerde regelingen.{#is 'region-closed'}Deze regio is gesloten sinds "
            + "{v.closedOn}.{#else}{/when}")
    String problem_detail(String code, ErrorValues v);

    /** Why notification-service cancelled or skipped a reminder, by its code (its {@code StatusReason}). */
    @Message("{#when code}{#is 'report-submitted'}de rapportage is ingediend{#is 'participation-ended'}de deelname van "
            + "de regio is beëindigd{#is 'contact-changed'}de contactpersoon is verwijderd of heeft een ander "
            + "e-mailadres{#is 'overtaken'}het moment ging voorbij zonder verzending; een latere herinnering gaat in "
            + "de plaats{#is 'past-due'}het moment ging voorbij zonder verzending, en de uiterste datum is ook "
            + "voorbij{#is 'invalid-address'}het e-mailadres van de contactpersoon is geen geldig adres"
            + "{#is 'server-silent'}niet aangeboden: de mailserver liet andere berichten onbeantwoord; wordt later "
            + "opnieuw geprobeerd{#else}{code}{/when}")
    String reminder_reason(String code);

    @Message("vul een geheel getal in, bijvoorbeeld 12")
    String input_number();

    @Message("kies een bestand")
    String input_file();

    @Message("{#when kind}{#is FORBIDDEN}Geen toegang{#is NOT_FOUND}Niet gevonden{#is NO_SUCH_PAGE}Pagina niet "
            + "gevonden{#is UNAVAILABLE}Dienst niet bereikbaar{#is REFUSED_REQUEST}Verzoek geweigerd{#else}Er ging iets "
            + "mis{/when}")
    String error_title(ErrorKind kind);

    @Message("{#when kind}{#is FORBIDDEN}U heeft geen toegang tot deze regio of tot deze handeling. U ziet "
            + "alleen de regio's waarin uw organisatie partner is.{#is NOT_FOUND}Wat deze link vraagt (een regio, "
            + "rapportage of bijlage) bestaat niet. Misschien is de link verouderd of is de code verkeerd "
            + "getypt.{#is NO_SUCH_PAGE}Deze pagina bestaat niet in het portaal. Misschien is de link "
            + "verouderd of is het adres verkeerd getypt.{#is PORTAL_FAULT}Er ging iets mis in het portaal zelf; het is vastgelegd en "
            + "wordt uitgezocht. Er is niets gewijzigd. Probeer het opnieuw; lukt het dan nog niet, neem dan contact "
            + "op met het ondersteuningsteam.{#is UNAVAILABLE}Een dienst van het platform is nu niet bereikbaar. Probeer het over een "
            + "paar minuten opnieuw.{#is REFUSED_REQUEST}Het portaal heeft dit verzoek niet uitgevoerd: het kwam niet "
            + "van een formulier van dit portaal, of de pagina met het formulier stond te lang open. Er is niets "
            + "gewijzigd. Ga terug, laad de pagina opnieuw en probeer het nog eens.{#else}Het platform kon uw verzoek niet verwerken. Probeer het opnieuw; "
            + "lukt het dan nog niet, neem dan contact op met het ondersteuningsteam.{/when}")
    String error_text(ErrorKind kind);

    @Message("Naar mijn regio's")
    String error_back();

    @Message("Technische gegevens")
    String technical_details();

    @Message("Pagina's")
    String pagination();

    @Message("Vorige pagina")
    String page_previous();

    @Message("Volgende pagina")
    String page_next();

    @Message("Pagina {page}")
    String page_number(int page);

    @Message("Terug, zonder iets te doen")
    String confirm_back();

    @Message("Dit kan daarna niet ongedaan worden gemaakt.")
    String confirm_warning();

    @Message("Annuleren")
    String confirm_cancel();

    @Message("Code")
    String col_code();

    @Message("Regio")
    String col_region();

    @Message("Status")
    String col_status();

    @Message("Verplichting")
    String col_obligation();

    @Message("Uiterlijk")
    String col_due();

    @Message("Moment")
    String col_when();

    @Message("Wie")
    String col_who();

    @Message("Actie")
    String col_action();

    @Message("Details")
    String col_detail();

    @Message("Terug naar {name}")
    String back_to(String name);

    /**
     * Which message of the reminders a step of notification-service is, e.g. {@code before-56d} "8 weken vooraf",
     * {@code overdue-1} "Te laat (1)"; a step the portal does not know is shown by its name.
     */
    @Message("{#when step.kind}{#is ANNOUNCEMENT}Aankondiging{#is BEFORE}{#if step.inWeeks}{step.weeks} "
            + "{#if step.weeks == 1}week{#else}weken{/if} vooraf{#else}{step.number} {#if step.number == 1}dag"
            + "{#else}dagen{/if} vooraf{/if}{#is DUE_DAY}Op de dag zelf{#is OVERDUE}Te laat ({step.number}){#is "
            + "DATE_MOVED}Datum verschoven{#is RETURNED}Teruggestuurd (versie {step.number}){#is "
            + "CALENDAR_CANCEL}Agenda-afspraak vervallen{#else}{step.name}{/when}")
    String reminder_step(ReminderStep step);

    @Message("Bericht")
    String col_message();

    @Message("Aan")
    String col_recipient();

    @Message("Taal")
    String col_language();

    @Message("Gepland voor")
    String col_planned();

    @Message("Verstuurd op")
    String col_sent();

    @Message("Pogingen")
    String col_attempts();
}
