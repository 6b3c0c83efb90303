package nl.sto.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the portal in Dutch, the default language; {@code messages/msg_en.properties} holds the English ones.
 * Templates use them as {@code {msg:name}}; the locale set by {@link Pages} picks the language.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Messages {

    @Message("Sterk Techniekonderwijs – portaal")
    String portal_title();

    @Message("Naar de inhoud")
    String skip_to_content();

    @Message("Taal")
    String language_nav();

    @Message("Het portaal van de regeling Sterk Techniekonderwijs, voor scholen, bedrijven en het ministerie van OCW.")
    String home_intro();

    @Message("Inloggen")
    String login_heading();

    @Message("Kies hoe u inlogt. U komt op de inlogpagina van uw eigen organisatie.")
    String login_intro();

    @Message("School")
    String login_school_heading();

    @Message("Voor scholen in een regio: vo, mbo en po.")
    String login_school_text();

    @Message("Inloggen als school")
    String login_school();

    @Message("Bedrijf")
    String login_business_heading();

    @Message("Voor bedrijven die partner zijn in een regio.")
    String login_business_text();

    @Message("Inloggen als bedrijf")
    String login_business();

    @Message("Ministerie en monitorteam")
    String login_ministry_heading();

    @Message("Voor medewerkers van het ministerie van OCW, en voor het monitorteam: de onderzoekers die de "
            + "voortgang van Sterk Techniekonderwijs volgen.")
    String login_ministry_text();

    @Message("Inloggen als ministerie of monitorteam")
    String login_ministry();

    @Message("Mijn gegevens")
    String me_title();

    @Message("Welkom, {name}")
    String me_heading(String name);

    @Message("U bent ingelogd. Dit zijn de gegevens die het portaal van u ontving.")
    String me_intro();

    @Message("Naam")
    String field_name();

    @Message("Gebruikersnaam")
    String field_username();

    @Message("Doelgroep")
    String field_audience();

    @Message("Organisatiecode")
    String field_organisation_code();

    @Message("Rollen")
    String field_roles();

    /** The Dutch word, with the audience's code (the English word used everywhere else) where it differs. */
    @Message("{#when audience}{#is SCHOOL}school{#is BUSINESS}bedrijf (business){#is MINISTRY}ministerie (ministry){/when}")
    String audience_label(Audience audience);

    @Message("{#when audience}{#is SCHOOL}BRIN{#is BUSINESS}KvK-nummer{#else}geen{/when}")
    String organisation_kind(Audience audience);

    @Message("geen (u handelt niet namens een organisatie)")
    String no_organisation();

    @Message("geen")
    String no_roles();

    @Message("Uitloggen")
    String logout();

    @Message("Hoofdmenu")
    String area_nav();

    @Message("Start")
    String nav_start();

    @Message("Mijn regio's")
    String nav_my_regions();

    @Message("Regio-overzicht")
    String nav_overview();

    @Message("Termijnen")
    String nav_deadlines();

    @Message("Rapportages")
    String nav_reports();

    @Message("Regelingen")
    String nav_regulations();

    @Message("Herinneringen")
    String nav_reminders();

    @Message("Naleving")
    String nav_compliance();

    @Message("Monitor")
    String nav_monitor();

    @Message("Sterk Techniekonderwijs is een regeling van het ministerie van Onderwijs, Cultuur en Wetenschap.")
    String footer_text();
}
