package nl.sto.portal.regulations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.sto.portal.web.Outcome;

/**
 * Texts of the regulation pages in Dutch ({@code messages/rgl_en.properties} holds the English ones); templates use
 * them as {@code {rgl:name}}. The names of obligation kinds and the titles of report sections are the regulations'
 * own (reports-service gives them in both languages); these are the portal's words around them.
 */
@MessageBundle(value = "rgl", locale = "nl")
public interface RegulationMessages {

    @Message("Regelingen")
    String list_title();

    @Message("De subsidieregelingen van Sterk Techniekonderwijs, elk met een eigen programmaperiode en eigen "
            + "verplichtingen. De regeling van de huidige periode staat bovenaan.")
    String list_intro();

    @Message("Nieuwe regeling opstellen")
    String new_draft();

    @Message("Er zijn nog geen regelingen.")
    String list_empty();

    @Message("Regeling")
    String col_regulation();

    @Message("Vindplaats")
    String col_reference();

    @Message("Periode")
    String col_period();

    @Message("Status")
    String col_status();

    @Message("{from} t/m {to}")
    String period(String from, String to);

    @Message("{#when status}{#is 'DRAFT'}Concept{#is 'PUBLISHED'}Gepubliceerd{#else}{status}{/when}")
    String status(String status);

    @Message("demo")
    String demo();

    @Message("Alle regelingen")
    String back_to_list();

    @Message("Gegevens")
    String facts_title();

    @Message("Gepubliceerd op")
    String published_on();

    @Message("In werking per")
    String effective_on();

    @Message("Subsidiebesluiten op")
    String grants_decided_on();

    @Message("Bron")
    String source();

    @Message("Versies en bronnen")
    String versions_title();

    @Message("Nog geen versies: de regeling is een concept.")
    String versions_none();

    @Message("Versie {number}: {reference}")
    String version_title(int number, String reference);

    @Message("geldt nu")
    String in_force();

    @Message("Gepubliceerd op {published}, in werking per {effective}.")
    String version_dates(String published, String effective);

    @Message("Soorten verplichtingen")
    String kinds_title();

    @Message("Deze regeling stelt nog geen verplichtingen.")
    String kinds_none();

    @Message("Verplichting")
    String col_kind();

    @Message("Afkorting")
    String col_abbreviation();

    @Message("Uiterlijk")
    String col_due();

    @Message("Onderdelen van de rapportage")
    String col_sections();

    @Message("rapportage")
    String is_report();

    @Message("mijlpaal (geen rapportage)")
    String is_milestone();

    @Message("{#when rule}{#is 'FIXED'}Vaste datum{#is 'YEARLY'}Elk jaar{#is 'WEEKS_AFTER_GRANT'}Weken na het "
            + "subsidiebesluit{#else}{rule}{/when}")
    String due_rule(String rule);

    @Message("elk jaar op {day}")
    String due_yearly(String day);

    @Message("{weeks} weken na het subsidiebesluit")
    String due_weeks(int weeks);

    @Message("verplicht")
    String required();

    @Message("niet verplicht")
    String optional();

    @Message("geen")
    String none();

    @Message("Concept")
    String draft_title();

    @Message("Deze regeling is een concept: nog geen regio heeft er verplichtingen door. Bekijk eerst wat "
            + "publiceren zou opleveren; pas daarna publiceert u.")
    String draft_intro();

    @Message("Concept wijzigen")
    String edit_draft();

    @Message("Bekijk wat publiceren oplevert")
    String preview_draft();

    @Message("Concept verwijderen")
    String delete_draft();

    @Message("Een regeling opstellen")
    String form_title_new();

    @Message("Concept {id} wijzigen")
    String form_title_edit(String id);

    @Message("Vul de regeling en haar soorten verplichtingen in. Een concept kunt u zo vaak opslaan als u wilt; "
            + "regio's merken er pas iets van als u het publiceert.")
    String form_intro();

    @Message("De regeling")
    String form_regulation();

    @Message("Verplichting {number}")
    String form_kind(int number);

    @Message("Een lege verplichting wordt niet opgeslagen.")
    String form_kind_hint();

    @Message("Wanneer")
    String form_due();

    @Message("Vul bij een vaste datum de datum in, bij elk jaar de maand en de dag, bij weken na het "
            + "subsidiebesluit het aantal weken.")
    String form_due_hint();

    @Message("Onderdelen van de rapportage")
    String form_sections();

    @Message("Alleen bij een rapportage; een rapportage heeft minstens één onderdeel.")
    String form_sections_hint();

    @Message("Eigen onderdeel {number} (vrije tekst)")
    String form_free(int number);

    @Message("Niet opnemen")
    String left_out();

    @Message("Verplichting toevoegen")
    String add_kind();

    @Message("Concept opslaan")
    String save_draft();

    @Message("Annuleren")
    String cancel();

    @Message("{#when field}{#is 'id'}Kenmerk (bijvoorbeeld STO-2029-2032){#is 'title'}Titel{#is "
            + "'legalReference'}Vindplaats (bijvoorbeeld Stcrt. 2028, nr. 12345){#is 'publishedOn'}Gepubliceerd "
            + "op{#is 'effectiveOn'}In werking per{#is 'period.from'}Periode van{#is 'period.to'}Periode tot en "
            + "met{#is 'period'}Periode{#is 'sourceNote'}Bron en toelichting{#is 'grantsDecidedOn'}Subsidiebesluiten "
            + "op{#is 'kinds'}Verplichtingen{#is 'code'}Code (bijvoorbeeld FINAL_REPORT){#is 'name.nl'}Naam in het "
            + "Nederlands{#is 'name.en'}Naam in het Engels{#is 'abbreviation'}Afkorting (in kenmerken van "
            + "ontvangstbewijzen){#is 'report'}Soort{#is 'due.rule'}Termijn{#is 'due.date'}Datum{#is "
            + "'due.month'}Maand (1-12){#is 'due.day'}Dag{#is 'due.weeks'}Aantal weken{#is 'due'}Termijn{#is "
            + "'sections'}Onderdelen{#is 'key'}Sleutel (kleine letters, cijfers en streepjes){#is "
            + "'title.nl'}Titel in het Nederlands{#is 'title.en'}Titel in het Engels{#is 'required'}Verplicht{#is "
            + "'deadlines'}Termijnen{#else}{field}{/when}")
    String field_label(String field);

    @Message("{label} (verplichting {number})")
    String kind_field(String label, int number);

    @Message("{label} (verplichting {kind}, eigen onderdeel {number})")
    String free_field(String label, int kind, int number);

    @Message("Ja, een rapportage met onderdelen")
    String report_yes();

    @Message("Nee, een mijlpaal (alleen een datum)")
    String report_no();

    @Message("Wat publiceren oplevert: {title}")
    String preview_title(String title);

    @Message("{obligations} verplichtingen voor {regions} regio's.")
    String preview_summary(int obligations, int regions);

    @Message("Per verplichting")
    String per_kind_title();

    @Message("Aantal")
    String col_count();

    @Message("Termijnen")
    String col_dates();

    @Message("Niet verschuldigd")
    String not_owed_title();

    @Message("Deze verplichtingen vallen vóór de toelating van de regio; de regio krijgt ze niet.")
    String not_owed_intro();

    @Message("Geen: elke regio krijgt elke verplichting.")
    String not_owed_none();

    @Message("Voorbeeld")
    String sample_title();

    @Message("De eerste {count} verplichtingen die zouden ontstaan.")
    String sample_intro(int count);

    @Message("Regio")
    String col_region();

    @Message("Publiceren…")
    String to_publish();

    @Message("Terug naar de regeling")
    String back_to_regulation();

    @Message("Regeling publiceren")
    String confirm_title();

    @Message("Als u {title} publiceert, ontstaan {obligations} verplichtingen voor {regions} regio's.")
    String confirm_text(String title, int obligations, int regions);

    @Message("Dit kan niet ongedaan worden gemaakt: een gepubliceerde regeling verandert alleen nog door een "
            + "wijziging.")
    String confirm_warning();

    @Message("Ja, publiceren")
    String publish();

    @Message("De regeling wijzigen")
    String amendment_title();

    @Message("Vul de vindplaats en de termijnen in die de wijziging verzet. Eerst ziet u welke verplichtingen van "
            + "welke regio's verschuiven; pas daarna publiceert u.")
    String amendment_intro();

    @Message("Nieuwe termijnen (leeg laten wat niet verandert)")
    String amendment_deadlines();

    @Message("Deze regeling heeft geen verplichtingen met een vaste datum; een wijziging kan er geen verzetten.")
    String amendment_none();

    @Message("Bekijk wat er verschuift")
    String button_preview();

    @Message("Wat versie {version} zou verschuiven")
    String amendment_preview_title(int version);

    @Message("{obligations} verplichtingen van {regions} regio's verschuiven.")
    String amendment_preview_summary(int obligations, long regions);

    @Message("van {from} naar {to}")
    String moved_to(String from, String to);

    @Message("En nog {count} verplichtingen.")
    String preview_more(int count);

    @Message("Wijziging publiceren")
    String publish_amendment();

    @Message("Wie te laat is, staat bij de termijnen.")
    String overdue_link();

    @Message("{#when outcome}{#is DRAFT_SAVED}Het concept is opgeslagen.{#is REGULATION_PUBLISHED}De regeling is "
            + "gepubliceerd; de regio's hebben hun verplichtingen.{#is DRAFT_DELETED}Het concept is "
            + "verwijderd.{#is AMENDMENT_PUBLISHED}De wijziging is gepubliceerd; de termijnen van alle betrokken "
            + "regio's zijn aangepast.{#else}{/when}")
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

    @Message("Alle soorten")
    String overdue_all_kinds();

    @Message("Kies een soort om alleen die te zien.")
    String overdue_filter_hint();

    @Message("{before}, na de wijziging {after}")
    String status_moves(String before, String after);
}
