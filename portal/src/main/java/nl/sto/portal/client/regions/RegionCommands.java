package nl.sto.portal.client.regions;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of regions-service's write operations (its README names the fields and rules). */
public final class RegionCommands {

    private RegionCommands() {
    }

    /** {@code tranche} 1, 2, 3 or LATE; a LATE admission needs the assessment committee's advice reference. */
    public record Registration(String code, String name, String tranche, LocalDate admittedOn,
            String adviceReference) {
    }

    public record PlanUpdate(String name, String duurzaam, String dekkend, String kwalitatief) {
    }

    public record Closing(LocalDate closedOn, String reason) {
    }

    /** {@code identifierType} BOARD, INSTITUTION, LOCATION or KVK; {@code role} lead, school, po, mbo, business. */
    public record PartnerAdmission(String identifierType, String identifier, String name, String municipality,
            String role, LocalDate joinedOn) {
    }

    /** From {@code leftOn} on the partner no longer acts for the region. */
    public record Leaving(LocalDate leftOn) {
    }

    public record GrantAward(int year, BigDecimal amount) {
    }

    /** {@code kind} MONEY or IN_KIND. */
    public record Commitment(int year, BigDecimal amount, String kind) {
    }

    /** {@code language} nl or en: the language of the e-mails the contact receives. */
    public record ContactDetails(String name, String email, String role, String language) {
    }
}
