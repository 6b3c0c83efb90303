package nl.sto.regions.domain;

import java.util.List;

/** A region with everything registered about it, read in one session. */
public record RegionSnapshot(Region region, List<Membership> memberships, List<GrantAward> grants,
        List<CofinancingStatement> cofinancing, List<Contact> contacts) {
}
