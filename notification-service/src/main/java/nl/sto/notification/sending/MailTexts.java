package nl.sto.notification.sending;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of every reminder, in Dutch; {@link EnglishMailTexts} has them in English. */
@MessageBundle(value = "mail", locale = "nl")
public interface MailTexts {

    @Message("Nieuwe verplichting: {kind}, uiterlijk {date}")
    String subject_announcement(String kind, String date);

    @Message("Regio {region} heeft een nieuwe verplichting: {kind}, uiterlijk {date}. U ontvangt herinneringen "
            + "voordat het zover is. De bijlage zet de datum in uw agenda.")
    String lead_announcement(String region, String kind, String date);

    @Message("Herinnering: {kind} uiterlijk {date} (nog {days} dagen)")
    String subject_before(String kind, String date, long days);

    @Message("Over {days} dagen, op {date}, is de uiterste datum voor {kind} van regio {region}.")
    String lead_before(String region, String kind, String date, long days);

    @Message("Vandaag: {kind} uiterlijk vandaag")
    String subject_due_day(String kind);

    @Message("Vandaag, {date}, is de uiterste datum voor {kind} van regio {region}.")
    String lead_due_day(String region, String kind, String date);

    @Message("Te laat: {kind} was uiterlijk {date}")
    String subject_overdue(String kind, String date);

    @Message("De uiterste datum voor {kind} van regio {region} was {date}. Wij hebben nog geen verslag ontvangen; "
            + "dien het zo snel mogelijk in.")
    String lead_overdue(String region, String kind, String date);

    @Message("Datum verschoven: {kind} nu uiterlijk {date}")
    String subject_date_moved(String kind, String date);

    @Message("De uiterste datum voor {kind} van regio {region} is verschoven van {previous} naar {date}, door "
            + "{reason}. Uw agenda-afspraak verschuift mee.")
    String lead_date_moved(String region, String kind, String previous, String date, String reason);

    @Message("Teruggestuurd: {kind}, graag opnieuw indienen")
    String subject_returned(String kind);

    @Message("Het ministerie heeft {kind} van regio {region} teruggestuurd met opmerkingen. Pas het verslag aan en "
            + "dien het opnieuw in; de uiterste datum is {date}.")
    String lead_returned(String region, String kind, String date);

    @Message("Geen herinneringen meer: {kind}")
    String subject_calendar_cancel(String kind);

    @Message("{kind} van regio {region} is ingediend. U ontvangt hierover geen herinneringen meer en de "
            + "agenda-afspraak vervalt.")
    String lead_calendar_cancel_submitted(String region, String kind);

    @Message("De deelname van regio {region} is beëindigd. {kind} vervalt, met de herinneringen en de "
            + "agenda-afspraak.")
    String lead_calendar_cancel_withdrawn(String region, String kind);

    @Message("Dit is een mijlpaal: er hoeft geen verslag voor te worden ingediend.")
    String milestone_note();

    @Message("Geachte {name},")
    String greeting(String name);

    @Message("Bekijk de verplichting in het portaal")
    String open_link();

    @Message("Vastgesteld door: {reference}")
    String set_by(String reference);

    @Message("U ontvangt dit bericht als contactpersoon van regio {region} in het programma Sterk "
            + "Techniekonderwijs. Uw regio beheert de contactpersonen in het portaal.")
    String footer(String region);
}
