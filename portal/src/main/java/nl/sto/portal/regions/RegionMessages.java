package nl.sto.portal.regions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.ErrorKind;
import nl.sto.portal.web.Outcome;

/**
 * Texts of the region pages in Dutch, the default language ({@link EnglishRegionMessages} holds the English
 * ones); templates use them as {@code {reg:name}}. Kept apart from the portal's general texts so that each
 * bundle stays readable. {@code field_label}, {@code field_hint} and {@code option} are keyed by the service's
 * field names and values, so that a form field, its error from the service and a table column share one text.
 */
@MessageBundle(value = "reg", locale = "nl")
public interface RegionMessages {

    @Message("Mijn regio's")
    String my_regions_title();

    @Message("De regio's waarvoor u optreedt, met uw rol in elke regio.")
    String my_regions_intro();

    @Message("U treedt nog niet op voor een regio. Klopt dat niet? Neem dan contact op met de penvoerder van "
            + "uw regio.")
    String my_regions_empty();

    @Message("Terug naar mijn regio's")
    String back_to_my_regions();

    @Message("Terug naar het regio-overzicht")
    String back_to_overview();

    @Message("Terug naar {name}")
    String back_to(String name);

    @Message("Code")
    String col_code();

    @Message("Naam")
    String col_name();

    @Message("Uw rol")
    String col_your_role();

    @Message("Status")
    String col_status();

    @Message("Jaar")
    String col_year();

    @Message("Subsidie")
    String col_grant();

    @Message("Bevestigde cofinanciering")
    String col_cofinancing_confirmed();

    @Message("Toegezegd, ook onbevestigd")
    String col_cofinancing_stated();

    @Message("Aandeel van de subsidie")
    String col_share();

    @Message("Bedrijf")
    String col_business();

    @Message("Bedrag")
    String col_amount();

    @Message("Soort")
    String col_kind();

    @Message("Moment")
    String col_when();

    @Message("Wie")
    String col_who();

    @Message("Actie")
    String col_action();

    @Message("Details")
    String col_detail();

    @Message("Partner")
    String col_partner();

    @Message("Lid sinds")
    String col_joined();

    @Message("Vertrokken per")
    String col_left();

    @Message("Acties")
    String col_actions();

    @Message("Gemeenten")
    String col_municipalities();

    @Message("Totaal")
    String total();

    @Message("Advies beoordelingscommissie")
    String advice_label();

    @Message("Laat toegelaten na een positief advies van de beoordelingscommissie, kenmerk {reference}")
    String advice_text(String reference);

    @Message("Op deze pagina")
    String on_this_page();

    @Message("Plan")
    String plan_title();

    @Message("Het plan van de regio werkt aan drie doelen: duurzaam, dekkend en kwalitatief hoogstaand "
            + "techniekonderwijs.")
    String plan_intro();

    @Message("Nog niet beschreven.")
    String plan_empty();

    @Message("Naam en plan bewerken")
    String plan_form_title();

    @Message("Subsidie en cofinanciering")
    String money_title();

    @Message("Er is nog geen subsidie toegekend en geen cofinanciering toegezegd.")
    String money_empty();

    @Message("Subsidie en bevestigde cofinanciering per jaar")
    String chart_caption();

    @Message("Staafdiagram van de subsidie en de bevestigde cofinanciering per jaar. De tabel hieronder "
            + "bevat dezelfde bedragen.")
    String chart_label();

    @Message("Subsidie")
    String chart_grant();

    @Message("Bevestigde cofinanciering")
    String chart_cofinancing();

    @Message("nl-NL")
    String number_locale();

    @Message("Subsidie en cofinanciering per jaar, met het deel van de subsidie dat de bevestigde "
            + "cofinanciering dekt")
    String money_table_caption();

    @Message("Subsidie toekennen")
    String grant_form_title();

    @Message("Toezeggingen van bedrijven")
    String commitments_title();

    @Message("Nog geen toezeggingen.")
    String commitments_empty();

    @Message("bevestigd")
    String statement_confirmed();

    @Message("nog niet bevestigd")
    String statement_stated();

    @Message("Uw toezegging")
    String your_commitment_title();

    @Message("Geef per jaar door wat uw bedrijf bijdraagt, in geld of in natura. Bevestig daarna uw "
            + "toezegging: alleen bevestigde toezeggingen tellen mee als cofinanciering.")
    String your_commitment_intro();

    @Message("Toezegging doorgeven")
    String button_state();

    @Message("Nog te bevestigen")
    String awaiting_title();

    @Message("Toezegging {year} bevestigen")
    String button_confirm(int year);

    @Message("Geschiedenis van uw toezeggingen")
    String history_title();

    @Message("U heeft nog niets doorgegeven.")
    String history_empty();

    @Message("Partners")
    String partners_title();

    @Message("Huidige partners")
    String active_partners();

    @Message("Voormalige partners")
    String former_partners();

    @Message("Deze regio heeft geen partners.")
    String partners_empty();

    @Message("Er zijn geen partners vertrokken.")
    String former_partners_empty();

    @Message("Partner toevoegen")
    String partner_add_title();

    @Message("Contactpersonen")
    String contacts_title();

    @Message("Er zijn nog geen contactpersonen.")
    String contacts_empty();

    @Message("Functie")
    String contact_role();

    @Message("Contactpersoon toevoegen")
    String contact_add_title();

    @Message("Wijzigen")
    String button_edit();

    @Message("Opslaan")
    String button_save();

    @Message("Verwijderen")
    String button_remove();

    @Message("Beheer")
    String manage_title();

    @Message("Audittrail van deze regio")
    String audit_link();

    @Message("Regio sluiten")
    String close_form_title();

    @Message("Na het sluiten kunnen plan, partners, subsidie en cofinanciering van de regio niet meer worden "
            + "gewijzigd.")
    String close_intro();

    @Message("Dit is niet opgeslagen:")
    String errors_title();

    @Message("Fout:")
    String error_prefix();

    @Message("niet verplicht")
    String optional();

    @Message("vul een jaartal van vier cijfers in, bijvoorbeeld 2024")
    String input_year();

    @Message("vul een bedrag in euro's in, bijvoorbeeld 25.000 of 25.000,50")
    String input_amount();

    @Message("vul een datum in, bijvoorbeeld 1-2-2021")
    String input_date();

    @Message("vul een geheel getal in, bijvoorbeeld 12")
    String input_number();

    @Message("kies een bestand")
    String input_file();

    @Message("Regio-overzicht")
    String overview_title();

    @Message("Alle regio's met hun partners, gemeenten, subsidie en bevestigde cofinanciering. Zoek op naam "
            + "of code, op partner of op gemeente.")
    String overview_intro();

    @Message("Regio's zoeken")
    String search_label();

    @Message("Zoeken")
    String button_search();

    @Message("Zoekopdracht wissen")
    String button_clear();

    @Message("Regio's")
    String results_title();

    @Message("{#if count == 1}1 regio gevonden{#else}{count} regio's gevonden{/if}")
    String results_count(int count);

    @Message("Totaal van de gevonden regio's")
    String total_found();

    @Message("Totaal van deze pagina")
    String total_page();

    @Message("Pagina {page}: {count} regio's")
    String results_page(int page, int count);

    @Message("Pagina's")
    String pagination();

    @Message("Vorige pagina")
    String page_previous();

    @Message("Volgende pagina")
    String page_next();

    @Message("Pagina {page}")
    String page_number(int page);

    @Message("Regio registreren")
    String register_title();

    @Message("Een regio die laat is toegelaten, heeft het kenmerk van het advies van de beoordelingscommissie nodig.")
    String register_intro();

    @Message("Audittrail – {name}")
    String audit_title(String name);

    @Message("Wie wat heeft gewijzigd in deze regio, het nieuwste eerst.")
    String audit_intro();

    @Message("Er is nog niets gewijzigd.")
    String audit_empty();

    @Message("Naar mijn regio's")
    String error_back();

    @Message("{#when kind}{#is FORBIDDEN}Geen toegang{#is NOT_FOUND}Niet gevonden{#is "
            + "UNAVAILABLE}Dienst niet bereikbaar{#is REFUSED_REQUEST}Verzoek geweigerd{#else}Er ging iets "
            + "mis{/when}")
    String error_title(ErrorKind kind);

    @Message("{#when kind}{#is FORBIDDEN}U heeft geen toegang tot deze regio of tot deze handeling. U ziet "
            + "alleen de regio's waarin uw organisatie partner is.{#is NOT_FOUND}Wat deze link vraagt (een regio, "
            + "rapportage of bijlage) bestaat niet. Misschien is de link verouderd of is de code verkeerd "
            + "getypt.{#is UNAVAILABLE}Een dienst van het platform is nu niet bereikbaar. Probeer het over een "
            + "paar minuten opnieuw.{#is REFUSED_REQUEST}Het portaal heeft dit verzoek niet uitgevoerd: het kwam niet "
            + "van een formulier van dit portaal, of de pagina met het formulier stond te lang open. Er is niets "
            + "gewijzigd. Ga terug, laad de pagina opnieuw en probeer het nog eens.{#else}Het platform kon uw verzoek niet verwerken. Probeer het opnieuw; "
            + "lukt het dan nog niet, neem dan contact op met het ondersteuningsteam.{/when}")
    String error_text(ErrorKind kind);

    @Message("{#when outcome}{#is REGION_REGISTERED}De regio is geregistreerd.{#is PLAN_UPDATED}Naam en plan "
            + "zijn opgeslagen.{#is REGION_CLOSED}De regio is gesloten.{#is GRANT_AWARDED}De subsidie is "
            + "toegekend.{#is COFINANCING_STATED}Uw toezegging is doorgegeven. Bevestig haar hieronder.{#is "
            + "COFINANCING_CONFIRMED}Uw toezegging is bevestigd.{#is PARTNER_ADDED}De partner is "
            + "toegevoegd.{#is PARTNER_REMOVED}De partner is verwijderd.{#is CONTACT_ADDED}De contactpersoon "
            + "is toegevoegd.{#is CONTACT_UPDATED}De contactpersoon is gewijzigd.{#is CONTACT_REMOVED}De "
            + "contactpersoon is verwijderd.{#is AMENDMENT_PUBLISHED}De wijziging is gepubliceerd; de termijnen "
            + "van alle betrokken regio's zijn aangepast.{#else}{/when}")
    String done(Outcome outcome);

    @Message("Termijnen en de regeling")
    String deadlines_title();

    @Message("Welke regio's te laat zijn, en de regelingen waar de termijnen uit volgen. Waarom elke termijn is "
            + "wat hij is, staat bij de regeling.")
    String deadlines_intro();

    @Message("Te laat")
    String overdue_title();

    @Message("Geen enkele regio is te laat.")
    String overdue_none();















    @Message("Rapportageverplichtingen")
    String obligations_title();

    @Message("Wat de regio volgens de subsidieregeling moet indienen en wanneer, en waarom elke datum is wat "
            + "hij is.")
    String obligations_intro();

    @Message("Voor deze regio zijn nog geen verplichtingen vastgesteld.")
    String obligations_empty();

    @Message("De termijnen zijn op dit moment niet beschikbaar. Probeer het later opnieuw.")
    String obligations_unavailable();

    @Message("Verplichting")
    String col_obligation();

    @Message("Uiterlijk")
    String col_due();

    @Message("Waarom deze datum")
    String col_why();

    @Message("Vastgesteld in {reference}.")
    String set_by(String reference);

    @Message("Verschoven van {from} naar {to} door {reason}")
    String moved(String from, String to, String reason);

    @Message("Programmaperiode {from} tot en met {to}")
    String regulation_period(String from, String to);

    @Message("{#when field}{#is 'code'}Code{#is 'name'}Naam{#is 'tranche'}Tranche{#is "
            + "'admittedOn'}Toegelaten op{#is 'adviceReference'}Kenmerk advies beoordelingscommissie{#is "
            + "'duurzaam'}Duurzaam{#is 'dekkend'}Dekkend{#is 'kwalitatief'}Kwalitatief hoogstaand{#is "
            + "'closedOn'}Gesloten per{#is 'reason'}Reden{#is 'identifierType'}Register{#is "
            + "'identifier'}Identificatie{#is 'municipality'}Gemeente{#is 'role'}Rol{#is 'joinedOn'}Lid "
            + "vanaf{#is 'leftOn'}Vertrekt per{#is 'year'}Jaar{#is 'amount'}Bedrag in euro's{#is 'kind'}Soort "
            + "bijdrage{#is 'email'}E-mailadres{#is 'language'}Taal van e-mails{#is 'q'}Naam of code{#is "
            + "'partner'}Partner (naam, BRIN of KvK-nummer){#is 'legalReference'}Vindplaats (bijvoorbeeld Stcrt. "
            + "2021, nr. 40070){#is 'title'}Titel{#is 'publishedOn'}Gepubliceerd op{#is 'effectiveOn'}In werking "
            + "per{#is 'sourceNote'}Bron en toelichting{#is 'deadlines'}Termijnen{#else}{field}{/when}")
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
            + "{#else}{value}{/when}")
    String option(String field, String value);
}
