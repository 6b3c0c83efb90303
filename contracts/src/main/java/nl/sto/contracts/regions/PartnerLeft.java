package nl.sto.contracts.regions;

import java.time.LocalDate;

/** {@code nl.sto.partner.left.v1}: a partner's membership ends on {@code leftOn} (it loses access then). */
public record PartnerLeft(String membershipId, String regionCode, String organisationCode, LocalDate leftOn) {
}
