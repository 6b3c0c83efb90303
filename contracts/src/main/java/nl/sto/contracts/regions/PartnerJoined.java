package nl.sto.contracts.regions;

import java.time.LocalDate;

/**
 * {@code nl.sto.partner.joined.v1}: an organisation became a partner of a region in a role.
 * {@code identifierType} is {@code BOARD} (bevoegd gezag number), {@code INSTITUTION} (BRIN),
 * {@code LOCATION} (BRIN + vestiging) or {@code KVK}; {@code organisationCode} is the code its people's login
 * carries (board number, BRIN or KvK number), which is what every service's access check matches.
 * {@code role} is {@code lead}, {@code school}, {@code po}, {@code mbo} or {@code business}.
 */
public record PartnerJoined(String membershipId, String regionCode, String identifierType, String identifier,
        String organisationCode, String name, String role, LocalDate joinedOn) {
}
