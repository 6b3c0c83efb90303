package nl.sto.portal.client.regions;

import nl.sto.contracts.regions.RegionRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What regions-service answers, as far as the portal shows it (unknown JSON properties are ignored, so the
 * service may add some). Amounts are euros; shares are percentages with one decimal, absent without a grant.
 */
public final class RegionViews {

    private RegionViews() {
    }

    public record MyRegion(String code, String name, RegionRole role) {
    }

    public record Totals(BigDecimal grants, BigDecimal cofinancingConfirmed, BigDecimal cofinancingShare) {
    }

    public record RegionSummary(String code, String name, String tranche, LocalDate admittedOn, String status,
            boolean demo, long partners, List<String> municipalities, Totals totals) {
    }

    public record Plan(String duurzaam, String dekkend, String kwalitatief) {
    }

    public record Partner(String id, String identifierType, String identifier, String organisationCode, String name,
            String municipality, String role, LocalDate joinedOn, LocalDate leftOn, boolean active) {
    }

    /** One year: the grant beside the co-financing confirmed (and stated) for it. */
    public record Year(int year, BigDecimal grant, BigDecimal cofinancingConfirmed, BigDecimal cofinancingStated,
            BigDecimal cofinancingShare) {
    }

    /** A business' current commitment for a year: its latest statement. */
    public record Cofinancing(String kvk, String partner, int year, BigDecimal amount, String kind,
            boolean confirmed) {
    }

    /** One statement in the history of co-financing statements and confirmations. */
    public record Statement(String kvk, String partner, int year, BigDecimal amount, String kind, boolean confirmed,
            boolean withdrawn, OffsetDateTime statedAt) {
    }

    public record Contact(String id, String name, String email, String role, String language) {
    }

    /**
     * What the reader may do with the region, as regions-service decides it (and enforces it again): the region page
     * offers these forms and no others.
     *
     * @param stateCofinancing a business partner states, confirms and withdraws its own co-financing
     * @param maintainContacts the lead, and ministry-admins, maintain the contact persons
     * @param administer       ministry-admins edit the plan, partners and grants, and close the region
     * @param readAudit        ministry-admins and reviewers read the audit trail
     */
    public record Allowed(boolean stateCofinancing, boolean maintainContacts, boolean administer,
            boolean readAudit) {

        public static final Allowed NOTHING = new Allowed(false, false, false, false);
    }

    public record RegionDetail(String code, String name, String tranche, LocalDate admittedOn, String adviceReference,
            String status, LocalDate closedOn, String closeReason, boolean demo, RegionRole yourRole, Plan plan,
            List<Partner> partners, List<Year> years, Totals totals, List<Cofinancing> cofinancing,
            List<Contact> contacts, Allowed allowed) {

        static final String CLOSED = "CLOSED";

        public RegionDetail {
            allowed = allowed == null ? Allowed.NOTHING : allowed;
            partners = nonNull(partners);
            years = nonNull(years);
            cofinancing = nonNull(cofinancing);
            contacts = nonNull(contacts);
            plan = plan == null ? new Plan(null, null, null) : plan;
        }

        public boolean closed() {
            return CLOSED.equals(status);
        }

        public List<Partner> activePartners() {
            return partners.stream().filter(Partner::active).toList();
        }

        public List<Partner> formerPartners() {
            return partners.stream().filter(p -> !p.active()).toList();
        }
    }

    public record AuditEntry(OffsetDateTime at, String actor, String actorName, String audience, String region,
            String action, String detail) {
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
