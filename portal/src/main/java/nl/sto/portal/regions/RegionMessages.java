package nl.sto.portal.regions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.Outcome;

/**
 * Texts of the region pages in Dutch, the default language ({@code messages/reg_en.properties} holds the English
 * ones); templates use them as {@code {reg:name}}. Kept apart from the portal's general texts so that each
 * bundle stays readable; the labels of form fields and the texts that other pages share are the web bundle's
 * ({@link nl.sto.portal.web.WebMessages}).
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

    @Message("Naam")
    String col_name();

    @Message("Uw rol")
    String col_your_role();

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

    @Message("ingetrokken")
    String statement_withdrawn();

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

    @Message("Toezegging {year} intrekken")
    String button_withdraw(int year);

    @Message("Een toezegging die u nog niet bevestigde, kunt u intrekken, bijvoorbeeld als u het verkeerde jaar "
            + "koos. Een bevestigde toezegging staat vast.")
    String awaiting_intro();

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

    @Message("Contactpersoon verwijderen?")
    String confirm_remove_contact_title();

    @Message("{name} ({email}) is daarna geen contactpersoon van {region} meer en krijgt geen herinneringen meer voor "
            + "deze regio.")
    String confirm_remove_contact_text(String name, String email, String region);

    @Message("Ja, contactpersoon verwijderen")
    String confirm_remove_contact_button();

    @Message("Regio sluiten?")
    String confirm_close_title();

    @Message("{region} ({code}) wordt gesloten per {date}. Daarna kan niemand de regio nog wijzigen en stoppen de "
            + "herinneringen aan haar contactpersonen; een gesloten regio gaat niet meer open.")
    String confirm_close_text(String region, String code, String date);

    @Message("Ja, regio sluiten")
    String confirm_close_button();

    @Message("Beheer")
    String manage_title();

    @Message("Audittrail van deze regio")
    String audit_link();

    @Message("Regio sluiten")
    String close_form_title();

    @Message("Na het sluiten kunnen plan, partners, subsidie en cofinanciering van de regio niet meer worden "
            + "gewijzigd.")
    String close_intro();

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

    @Message("Regio registreren")
    String register_title();

    @Message("{who} registreerde de regio {name}, toegelaten op {admittedOn}.")
    String audit_registered(String who, String name, String admittedOn);

    @Message("{who} wijzigde de naam of het plan van de regio.")
    String audit_updated(String who);

    @Message("{who} sloot de regio per {closedOn}{#if reason}, met als reden: {reason}{/if}.")
    String audit_closed(String who, String closedOn, String reason);

    @Message("{who} kende de subsidie voor {year} toe: {amount}.")
    String audit_grant(String who, String year, String amount);

    @Message("{who} voegde {name} toe als partner.")
    String audit_partner_joined(String who, String name);

    @Message("{who} meldde {name} af als partner per {leftOn}.")
    String audit_partner_left(String who, String name, String leftOn);

    @Message("{who} gaf een cofinanciering op van {amount} voor {year}.")
    String audit_cofinancing_stated(String who, String amount, String year);

    @Message("{who} bevestigde een cofinanciering van {amount} voor {year}.")
    String audit_cofinancing_confirmed(String who, String amount, String year);

    @Message("{who} trok de toezegging van {amount} voor {year} in.")
    String audit_cofinancing_withdrawn(String who, String amount, String year);

    @Message("{who}: {action}.")
    String audit_other(String who, String action);

    @Message("Een regio die laat is toegelaten, heeft het kenmerk van het advies van de beoordelingscommissie nodig.")
    String register_intro();

    @Message("Audittrail – {name}")
    String audit_title(String name);

    @Message("Wie wat heeft gewijzigd in deze regio, het nieuwste eerst.")
    String audit_intro();

    @Message("Er is nog niets gewijzigd.")
    String audit_empty();

    @Message("{#when outcome}{#is REGION_REGISTERED}De regio is geregistreerd.{#is PLAN_UPDATED}Naam en plan "
            + "zijn opgeslagen.{#is REGION_CLOSED}De regio is gesloten.{#is GRANT_AWARDED}De subsidie is "
            + "toegekend.{#is COFINANCING_STATED}Uw toezegging is doorgegeven. Bevestig haar hieronder.{#is "
            + "COFINANCING_CONFIRMED}Uw toezegging is bevestigd.{#is COFINANCING_WITHDRAWN}Uw toezegging is "
            + "ingetrokken; zij telt niet meer mee.{#is PARTNER_ADDED}De partner is "
            + "toegevoegd.{#is PARTNER_REMOVED}De partner is verwijderd.{#is CONTACT_ADDED}De contactpersoon "
            + "is toegevoegd.{#is CONTACT_UPDATED}De contactpersoon is gewijzigd.{#is CONTACT_REMOVED}De "
            + "contactpersoon is verwijderd.{#is AMENDMENT_PUBLISHED}De wijziging is gepubliceerd; de termijnen "
            + "van alle betrokken regio's zijn aangepast.{#is REMINDERS_PAUSED}De herinneringen van deze regio zijn "
            + "gepauzeerd.{#is REMINDERS_RESUMED}De herinneringen van deze regio worden weer verstuurd.{#else}{/when}")
    String done(Outcome outcome);

    @Message("Rapportageverplichtingen")
    String obligations_title();

    @Message("Wat de regio volgens de subsidieregeling moet indienen en wanneer, en waarom elke datum is wat "
            + "hij is.")
    String obligations_intro();

    @Message("Voor deze regio zijn nog geen verplichtingen vastgesteld.")
    String obligations_empty();

    @Message("De termijnen zijn op dit moment niet beschikbaar. Probeer het later opnieuw.")
    String obligations_unavailable();

    @Message("De termijnen van deze regio worden klaargezet; de regio is net geregistreerd. Dat duurt meestal enkele "
            + "seconden.")
    String obligations_preparing();

    @Message("Pagina vernieuwen")
    String obligations_refresh();

    @Message("Waarom deze datum")
    String col_why();

    @Message("Vastgesteld in {reference}.")
    String set_by(String reference);

    @Message("Verschoven van {from} naar {to} door {reason}")
    String moved(String from, String to, String reason);

    @Message("Programmaperiode {from} tot en met {to}")
    String regulation_period(String from, String to);

    @Message("Rapportage")
    String col_report();

    @Message("Rapportage starten")
    String button_start();

    @Message("Rapportage openen")
    String open();

    @Message("Nog niet gestart")
    String not_started();

    @Message("Herinneringen")
    String reminders_title();

    @Message("De e-mails die de contactpersonen van de regio aan de termijnen herinneren: wat er is verstuurd en "
            + "wat nog gepland staat. Berichten die niet konden worden bezorgd staan bovenaan.")
    String reminders_intro();

    @Message("Herinneringen aan de contactpersonen van deze regio")
    String reminders_caption();

    @Message("De herinneringen zijn op dit moment niet beschikbaar. Probeer het later opnieuw.")
    String reminders_unavailable();

    @Message("Er zijn (nog) geen herinneringen voor deze regio.")
    String reminders_empty();

    @Message("{#if count == 1}1 herinnering kon niet worden bezorgd{#else}{count} herinneringen konden niet worden "
            + "bezorgd{/if}. Controleer het e-mailadres van de contactpersoon; het ministerie kan het bericht "
            + "opnieuw versturen.")
    String reminders_failed(long count);

    @Message("De herinneringen van deze regio zijn gepauzeerd")
    String reminders_paused_title();

    @Message("Sinds {since}, door {by}. Er worden geen herinneringen verstuurd tot het ministerie ze hervat.")
    String reminders_paused(String since, String by);

    @Message("Reden:")
    String reminders_paused_reason();

    @Message("Herinneringen pauzeren")
    String reminders_pause_title();

    @Message("Zolang de herinneringen gepauzeerd zijn, krijgen de contactpersonen van deze regio geen e-mails. De "
            + "regio ziet de reden.")
    String reminders_pause_intro();

    @Message("Herinneringen hervatten")
    String reminders_resume();
}
