package nl.sto.portal.monitor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.Outcome;

/**
 * Texts of the monitor pages in Dutch, the default language ({@code messages/mon_en.properties} holds the English
 * ones); templates use them as {@code {mon:name}}.
 */
@MessageBundle(value = "mon", locale = "nl")
public interface MonitorMessages {

    @Message("Monitor")
    String dashboard_title();

    @Message("De indicatoren waarmee het onderzoeksconsortium Sterk Techniekonderwijs volgt, per "
            + "schooljaar, landelijk of voor één regio, en wat er in het programma gebeurt.")
    String dashboard_intro();

    @Message("Monitorpagina's")
    String pages_nav();

    @Message("Regio (code)")
    String region_label();

    @Message("Bijvoorbeeld R01. Leeg: landelijk.")
    String region_hint();

    @Message("Tonen")
    String button_show();

    @Message("Landelijk tonen")
    String show_national();

    @Message("De cijfers zijn landelijk.")
    String shown_national();

    @Message("De cijfers zijn van regio {region}.")
    String shown_region(String region);

    @Message("Naar de pagina van de regio")
    String to_region_page();

    @Message("Deze gegevens zijn nu niet beschikbaar: de monitordienst is niet bereikbaar. Probeer het "
            + "later opnieuw.")
    String unavailable();

    @Message("De monitordienst weigerde dit:")
    String refused();

    @Message("{#when status}{#is 404}Geen cijfers:{#is 403}Geen toegang tot deze cijfers:{#is 400}Deze "
            + "vraag klopt niet:{#else}De cijfers zijn niet op te halen:{/when}")
    String indicator_refused(int status);

    @Message("Definitie")
    String definition();

    @Message("Bron")
    String source();

    @Message("Peildatum")
    String reference_date();

    @Message("Eenheid")
    String unit();

    @Message("{#when unit}{#is 'percent'}procent{#is 'percent change'}procentuele verandering{#is 'locations'}"
            + "aantal vestigingen{#else}{unit}{/when}")
    String unit_name(String unit);

    @Message("{#when code}{#is 'no-open-data'}Geen open data bevat de doorstroom van vmbo naar technisch mbo. Het "
            + "monitorteam kan per schooljaar een bestand aanleveren (op de pagina Imports).{#is "
            + "'needs-import'}Hiervoor zijn de ligging van de schoolvestigingen en de bevolking per postcodegebied "
            + "nodig: importeer eerst de meegeleverde bestanden.{#else}{code}{/when}")
    String note(String code);

    @Message("Code")
    String code();

    @Message("Totaal")
    String total();

    @Message("nl-NL")
    String number_locale();

    @Message("{title} per schooljaar, totaal en per onderdeel. De cijfers staan ook in de tabel.")
    String chart_caption(String title);

    @Message("Grafiek van {title} per schooljaar; de cijfers staan in de tabel hieronder.")
    String chart_label(String title);

    @Message("{title}: waarde, teller en noemer per schooljaar en onderdeel")
    String table_caption(String title);

    @Message("geen waarde, want het schooljaar {year} ontbreekt in de gegevens.")
    String missing_year(String year);

    @Message("Schooljaar")
    String col_school_year();

    @Message("Onderdeel")
    String col_part();

    @Message("Waarde")
    String col_value();

    @Message("Teller")
    String col_numerator();

    @Message("Noemer")
    String col_denominator();

    @Message("Laatste gebeurtenissen")
    String feed_title();

    @Message("Wat er het afgelopen etmaal in het programma gebeurde, het nieuwste eerst (hoogstens 20). "
            + "Met JavaScript komen nieuwe gebeurtenissen er meteen bij.")
    String feed_intro();

    @Message("Vernieuwen")
    String refresh();

    @Message("Het afgelopen etmaal is er niets gebeurd.")
    String feed_empty();

    @Message("Gebeurtenissen, het nieuwste eerst")
    String feed_caption();

    @Message("Tijd")
    String col_time();

    @Message("Soort gebeurtenis")
    String col_event_type();

    @Message("Regio")
    String col_region();

    @Message("Positie in het logboek")
    String col_position();

    @Message("Terug naar de monitor")
    String back_to_dashboard();

    @Message("Naleving")
    String compliance_title();

    @Message("Imports")
    String imports_title();

    @Message("Webhooks")
    String subscriptions_title();

    @Message("De bestanden met open data (DUO) waaruit de indicatoren worden berekend, de nieuwste "
            + "import eerst. Een bestand dat al eerder is geïmporteerd verandert niets.")
    String imports_intro();

    @Message("Een bestand importeren")
    String upload_title();

    @Message("Een CSV-bestand van DUO: leerlingen per vestiging naar onderwijstype, of alle vestigingen "
            + "vo. Regels die niet te lezen zijn worden overgeslagen en hieronder met hun reden getoond.")
    String upload_intro();

    @Message("Bestand (CSV)")
    String field_file();

    @Message("Schooljaar, bijvoorbeeld 2019-2020 (leeg: uit de bestandsnaam)")
    String field_school_year();

    @Message("Importeren")
    String button_upload();

    @Message("Of importeer de bestanden die met het platform zijn meegeleverd; wat al geïmporteerd is "
            + "blijft zoals het is.")
    String shipped_intro();

    @Message("Meegeleverde bestanden importeren")
    String button_shipped();

    @Message("Laatste imports")
    String runs_title();

    @Message("Er is nog niets geïmporteerd.")
    String runs_empty();

    @Message("Imports, de nieuwste eerst")
    String runs_caption();

    @Message("Bestand")
    String col_file();

    @Message("Status")
    String col_status();

    @Message("Soort")
    String col_kind();

    @Message("Regels gelezen")
    String col_rows_read();

    @Message("Geaccepteerd")
    String col_rows_accepted();

    @Message("Afgewezen")
    String col_rows_rejected();

    @Message("Voortgang")
    String col_progress();

    @Message("Gestart")
    String col_started();

    @Message("Klaar")
    String col_finished();

    @Message("Gestart door")
    String col_started_by();

    @Message("Grootte")
    String col_file_size();

    @Message("Regel")
    String col_line();

    @Message("Reden")
    String col_reason();

    @Message("Voortgang van {file}")
    String progress_of(String file);

    @Message("{#when status}{#is 'running'}Bezig{#is 'done'}Klaar{#is 'unchanged'}Ongewijzigd (al "
            + "geïmporteerd){#is 'failed'}Mislukt{#else}{status}{/when}")
    String import_status(String status);

    @Message("{#when kind}{#is 'students'}Leerlingen{#is 'locations'}Vestigingen{#else}{kind}{/when}")
    String import_kind(String kind);

    @Message("Import")
    String run_title();

    @Message("Stand van de import")
    String run_status_title();

    @Message("Terug naar de imports")
    String back_to_imports();

    @Message("De import is mislukt:")
    String run_failed();

    @Message("Afgewezen regels")
    String rejections_title();

    @Message("Geen regels afgewezen.")
    String rejections_empty();

    @Message("De eerste {count} afgewezen regels:")
    String rejections_first(int count);

    @Message("{#when outcome}{#is IMPORT_STARTED}De import is gestart; hieronder ziet u hoe ver hij "
            + "is.{#is SHIPPED_IMPORTED}De meegeleverde bestanden worden geïmporteerd; de lijst laat "
            + "zien hoe ver het is.{#is SUBSCRIPTION_RESUMED}Het abonnement gaat weer verder waar het "
            + "gebleven was.{#is SUBSCRIPTION_DELETED}Het abonnement is verwijderd.{#is "
            + "DELIVERY_RESENT}De gebeurtenis wordt opnieuw verstuurd, als nieuwe bezorging bovenaan de "
            + "lijst.{#is REPLAY_STARTED}Het opnieuw afspelen is gestart.{#else}{/when}")
    String done(Outcome outcome);

    @Message("Hoe alle regio's ervoor staan met hun rapportageverplichtingen, welke regio's risico "
            + "lopen, en hun cofinanciering tegenover de subsidie.")
    String compliance_intro();

    @Message("Stand van de verplichtingen")
    String summary_title();

    @Message("Beoordeeld op {today}.")
    String summary_today(String today);

    @Message("Landelijk {count} verplichtingen.")
    String national_counts(long count);

    @Message("Op tijd ingediend")
    String on_time_rate();

    @Message("Aantal verplichtingen per status, per verplichting van een regeling. De aantallen staan "
            + "ook in de tabel.")
    String summary_chart_caption();

    @Message("Gestapelde staafgrafiek van de verplichtingen per status; de aantallen staan in de tabel "
            + "hieronder.")
    String summary_chart_label();

    @Message("Verplichtingen per status en het aandeel dat op tijd is ingediend")
    String summary_caption();

    @Message("Er zijn nog geen verplichtingen.")
    String summary_empty();

    @Message("Verplichting")
    String col_obligation();

    @Message("Totaal")
    String col_total();

    @Message("Landelijk")
    String national();

    @Message("{#when state}{#is 'accepted'}Goedgekeurd{#is 'returned'}Teruggestuurd{#is "
            + "'submitted-late'}Te laat ingediend{#is 'submitted-on-time'}Op tijd ingediend{#is "
            + "'overdue'}Te laat, niet ingediend{#is 'open'}Open{#else}{state}{/when}")
    String state(String state);

    @Message("Regio's met risico")
    String at_risk_title();

    @Message("Geen enkele regio loopt op dit moment risico.")
    String at_risk_empty();

    @Message("Regio's met risico, het grootste risico eerst")
    String at_risk_caption();

    @Message("Ernst")
    String col_severity();

    @Message("Redenen")
    String col_reasons();

    @Message("{#when severity}{#is 'high'}Hoog{#is 'medium'}Middel{#is "
            + "'low'}Laag{#else}{severity}{/when}")
    String severity(String severity);

    @Message("{#when reason}{#is 'overdue'}Te laat{#is 'reminders-failing'}Herinneringen komen niet "
            + "aan{#is 'due-soon-without-draft'}Termijn nadert, rapportage niet "
            + "begonnen{#else}{reason}{/when}")
    String risk_reason(String reason);

    @Message("termijn {date}")
    String due_on(String date);

    @Message("{#if days < 0}{days.abs} dagen over de termijn{#else if days == 0}vandaag{#else}nog "
            + "{days} dagen{/if}")
    String days_left(long days);

    @Message("Verplichtingen van één regio")
    String board_title();

    @Message("Kies een regio om haar verplichtingen te zien.")
    String board_hint();

    @Message("Regio {region} heeft geen verplichtingen.")
    String board_empty(String region);

    @Message("Verplichtingen van regio {region}")
    String board_caption(String region);

    @Message("Termijn")
    String col_due();

    @Message("Eerst ingediend")
    String col_submitted();

    @Message("Herinneringen")
    String col_reminders();

    @Message("{delivered} bezorgd, {failed} mislukt")
    String reminders_tally(long delivered, long failed);

    @Message("komen niet aan")
    String reminders_failing();

    @Message("Cofinanciering tegenover de subsidie")
    String cofinancing_title();

    @Message("Jaar (leeg: alle jaren)")
    String year_label();

    @Message("Het jaar {year}.")
    String cofinancing_year(int year);

    @Message("Alle jaren samen.")
    String cofinancing_all_years();

    @Message("Er is nog geen subsidie of cofinanciering.")
    String cofinancing_empty();

    @Message("Subsidie en gerealiseerde cofinanciering (geld en in natura) per regio. De bedragen staan "
            + "ook in de tabel.")
    String cofinancing_chart_caption();

    @Message("Staafgrafiek van subsidie en cofinanciering per regio; de bedragen staan in de tabel "
            + "hieronder.")
    String cofinancing_chart_label();

    @Message("Cofinanciering per regio tegenover de subsidie")
    String cofinancing_caption();

    @Message("Subsidie")
    String col_granted();

    @Message("Geld")
    String col_money();

    @Message("In natura")
    String col_in_kind();

    @Message("Gerealiseerd")
    String col_realised();

    @Message("Deel van de subsidie")
    String col_percent_of_grant();

    @Message("Bevestigingen")
    String col_confirmations();

    @Message("Een webhook stuurt elke gebeurtenis van het logboek die door zijn filters komt naar het "
            + "adres van een ontvanger, ondertekend volgens Standard Webhooks.")
    String subscriptions_intro();

    @Message("Abonnementen")
    String subscriptions_list_title();

    @Message("Er zijn nog geen abonnementen.")
    String subscriptions_empty();

    @Message("Webhookabonnementen")
    String subscriptions_caption();

    @Message("Adres (URL)")
    String col_url();

    @Message("Omschrijving")
    String col_description();

    @Message("Gemaakt door")
    String col_owner();

    @Message("Gemaakt")
    String col_created();

    @Message("E-mailadres voor meldingen")
    String col_contact_email();

    @Message("Filters")
    String col_filters();

    @Message("Status sinds")
    String col_status_changed();

    @Message("Mislukt sinds")
    String col_failing_since();

    @Message("Laatst bezorgd")
    String col_last_success();

    @Message("Vorig geheim geldig tot")
    String col_previous_secret();

    @Message("{#when status}{#is 'active'}Actief{#is 'paused'}Gepauzeerd{#is "
            + "'disabled'}Uitgeschakeld{#else}{status}{/when}")
    String subscription_status(String status);

    @Message("Nieuw abonnement")
    String subscribe_title();

    @Message("Het adres moet een openbaar http- of https-adres zijn. Na het aanmaken ziet u één keer "
            + "het geheim waarmee de ontvanger de handtekening controleert.")
    String subscribe_intro();

    @Message("Adres (URL) van de ontvanger")
    String field_url();

    @Message("Omschrijving")
    String field_description();

    @Message("E-mailadres voor meldingen")
    String field_contact_email();

    @Message("Welke gebeurtenissen")
    String filters_legend();

    @Message("Leeg: alle gebeurtenissen. Vult u beide in, dan moet een gebeurtenis aan allebei voldoen.")
    String filters_hint();

    @Message("Soort gebeurtenis begint met (bijvoorbeeld nl.sto.report.)")
    String field_type_prefix();

    @Message("Regio's (codes, gescheiden door komma's, bijvoorbeeld R01, R02)")
    String field_regions();

    @Message("Abonnement aanmaken")
    String button_subscribe();

    @Message("Abonnement aangemaakt")
    String secret_created_title();

    @Message("Nieuw geheim")
    String secret_rotated_title();

    @Message("Bewaar dit geheim nu")
    String secret_once_title();

    @Message("Dit geheim wordt maar één keer getoond: het portaal en de monitordienst laten het niet "
            + "opnieuw zien. Kopieer het naar de ontvanger; kwijt is kwijt (maak dan een nieuw geheim).")
    String secret_once();

    @Message("Het vorige geheim ondertekent nog 24 uur naast het nieuwe.")
    String secret_overlap();

    @Message("Geheim")
    String secret_label();

    @Message("Naar het abonnement")
    String to_subscription();

    @Message("Geheim al getoond")
    String secret_shown_title();

    @Message("Het geheim van dit abonnement is al getoond en wordt niet nog eens getoond: het portaal bewaart het "
            + "maar een paar minuten, tot het één keer getoond is. Kwijt? Maak op de pagina van het abonnement een "
            + "nieuw geheim met de knop “Nieuw geheim maken”.")
    String secret_shown();

    @Message("Abonnement")
    String subscription_title();

    @Message("Gegevens")
    String subscription_details();

    @Message("Terug naar de abonnementen")
    String back_to_subscriptions();

    @Message("Terug naar het abonnement")
    String back_to_subscription();

    @Message("Dat is niet gelukt:")
    String refused_title();

    @Message("Hervatten")
    String button_resume();

    @Message("Nieuw geheim maken")
    String button_rotate();

    @Message("Verwijderen")
    String button_delete();

    @Message("Opnieuw afspelen vanaf")
    String replay_title();

    @Message("Stuurt elke gebeurtenis vanaf dat moment tot nu die door de filters komt opnieuw, ook wat "
            + "al bezorgd was. Tijd in Nederlandse tijd.")
    String replay_intro();

    @Message("Vanaf")
    String field_since();

    @Message("vul een datum en tijd in, bijvoorbeeld 1-3-2026 9:00")
    String input_since();

    @Message("Opnieuw afspelen")
    String button_replay();

    @Message("Bezorgingen")
    String deliveries_title();

    @Message("De gebeurtenis is niet opnieuw verstuurd:")
    String resend_refused();

    @Message("Alle statussen")
    String all_statuses();

    @Message("{#when status}{#is 'pending'}Wacht{#is 'delivered'}Bezorgd{#is "
            + "'failed'}Mislukt{#else}{status}{/when}")
    String delivery_status(String status);

    @Message("{#when cause}{#is 'live'}Live{#is 'resend'}Opnieuw verstuurd{#is 'replay'}Opnieuw "
            + "afgespeeld{#else}{cause}{/when}")
    String delivery_cause(String cause);

    @Message("Nog geen bezorgingen.")
    String deliveries_empty();

    @Message("Bezorgingen, de nieuwste eerst")
    String deliveries_caption();

    @Message("Aanleiding")
    String col_cause();

    @Message("Pogingen")
    String col_attempts();

    @Message("Laatste poging")
    String col_last_attempt();

    @Message("Volgende poging")
    String col_next_attempt();

    @Message("Actie")
    String col_action();

    @Message("Opnieuw versturen")
    String button_resend();

    @Message("Bezorging")
    String delivery_title();

    @Message("Id van de gebeurtenis (webhook-id)")
    String col_event_id();

    @Message("Pogingen")
    String attempts_title();

    @Message("Nog geen pogingen.")
    String attempts_empty();

    @Message("Poging")
    String col_attempt();

    @Message("HTTP-status")
    String col_http_status();

    @Message("Fout")
    String col_error();

    @Message("Duur")
    String col_duration();

    @Message("Opnieuw afspelen")
    String replay_progress_title();

    @Message("{#when status}{#is 'running'}Bezig{#is 'done'}Klaar{#else}{status}{/when}")
    String replay_status(String status);

    @Message("Stuk van het logboek")
    String col_replay_stretch();

    @Message("na positie {from} tot en met {upTo}")
    String replay_stretch(long from, long upTo);

    @Message("Behandeld")
    String col_replay_done();

    @Message("{done} van {total}")
    String replay_done(long done, long total);

    @Message("Opnieuw verstuurd")
    String col_replay_sent();

    @Message("Abonnement verwijderen")
    String delete_title();

    @Message("Het abonnement en al zijn bezorgingen worden verwijderd. Dit kan niet ongedaan worden "
            + "gemaakt.")
    String delete_warning();

    @Message("Definitief verwijderen")
    String button_delete_for_good();

    @Message("Annuleren")
    String button_cancel();

    @Message("Nieuwe gebeurtenis:")
    String feed_new();

    @Message("Regio")
    String region_choose();

    @Message("Kies een regio")
    String no_region();

    @Message("Start")
    String start_title();

    @Message("Hoe de regio's ervoor staan met hun rapportages, welke regio's risico lopen, en uw taken.")
    String start_intro();

    @Message("Uw taken")
    String start_tasks_title();

    @Message("Ingediende rapportages beoordelen: goedkeuren of terugsturen.")
    String start_task_reports();

    @Message("Regio's zoeken, met hun plan, partners, subsidie en cofinanciering.")
    String start_task_overview();

    @Message("Welke regio's te laat zijn met een rapportage.")
    String start_task_deadlines();

    @Message("De regelingen met hun versies, termijnen en soorten rapportages.")
    String start_task_regulations();

    @Message("De herinneringen per e-mail aan de contactpersonen van de regio's.")
    String start_task_reminders();

    @Message("Het hele nalevingsoverzicht: per regio de verplichtingen, en cofinanciering tegenover de subsidie.")
    String start_task_compliance();

    @Message("De indicatoren per schooljaar en de laatste gebeurtenissen.")
    String start_task_monitor();
}
