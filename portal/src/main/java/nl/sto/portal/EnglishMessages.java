package nl.sto.portal;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts; the programme's own name stays Dutch, as it is a proper name. */
@Localized("en")
public interface EnglishMessages extends Messages {

    @Override
    @Message("Sterk Techniekonderwijs – portal")
    String portal_title();

    @Override
    @Message("Skip to content")
    String skip_to_content();

    @Override
    @Message("Language")
    String language_nav();

    @Override
    @Message("The portal of the Sterk Techniekonderwijs grant programme, for schools, businesses and the Ministry of Education.")
    String home_intro();

    @Override
    @Message("Log in")
    String login_heading();

    @Override
    @Message("Choose how to log in. You will continue at your own organisation's login page.")
    String login_intro();

    @Override
    @Message("School")
    String login_school_heading();

    @Override
    @Message("For schools in a region: secondary, vocational and primary.")
    String login_school_text();

    @Override
    @Message("Log in as a school")
    String login_school();

    @Override
    @Message("Business")
    String login_business_heading();

    @Override
    @Message("For businesses that are partners in a region.")
    String login_business_text();

    @Override
    @Message("Log in as a business")
    String login_business();

    @Override
    @Message("Ministry and monitor team")
    String login_ministry_heading();

    @Override
    @Message("For staff of the Ministry of Education, Culture and Science, and for the monitor team: the researchers "
            + "who follow the progress of Sterk Techniekonderwijs.")
    String login_ministry_text();

    @Override
    @Message("Log in as the ministry or monitor team")
    String login_ministry();

    @Override
    @Message("My details")
    String me_title();

    @Override
    @Message("Welcome, {name}")
    String me_heading(String name);

    @Override
    @Message("You are logged in. These are the details the portal received about you.")
    String me_intro();

    @Override
    @Message("Name")
    String field_name();

    @Override
    @Message("Username")
    String field_username();

    @Override
    @Message("Audience")
    String field_audience();

    @Override
    @Message("Organisation code")
    String field_organisation_code();

    @Override
    @Message("Roles")
    String field_roles();

    @Override
    @Message("{#when audience}{#is SCHOOL}school{#is BUSINESS}business{#is MINISTRY}ministry{/when}")
    String audience_label(Audience audience);

    @Override
    @Message("{#when audience}{#is SCHOOL}BRIN{#is BUSINESS}KvK number{#else}none{/when}")
    String organisation_kind(Audience audience);

    @Override
    @Message("none (you do not act for an organisation)")
    String no_organisation();

    @Override
    @Message("none")
    String no_roles();

    @Override
    @Message("Log out")
    String logout();

    @Override
    @Message("Main menu")
    String area_nav();

    @Override
    @Message("Start")
    String nav_start();

    @Override
    @Message("My regions")
    String nav_my_regions();

    @Override
    @Message("Regions overview")
    String nav_overview();

    @Override
    @Message("Deadlines")
    String nav_deadlines();

    @Override
    @Message("Reports")
    String nav_reports();

    @Override
    @Message("Regulations")
    String nav_regulations();

    @Override
    @Message("Reminders")
    String nav_reminders();

    @Override
    @Message("Compliance")
    String nav_compliance();

    @Override
    @Message("Monitor")
    String nav_monitor();

    @Override
    @Message("Sterk Techniekonderwijs is a programme of the Dutch Ministry of Education, Culture and Science.")
    String footer_text();
}
