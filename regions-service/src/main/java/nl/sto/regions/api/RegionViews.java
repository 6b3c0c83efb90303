package nl.sto.regions.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.sto.common.security.Caller;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.regions.domain.CofinancingStatement;
import nl.sto.regions.domain.Contact;
import nl.sto.regions.domain.GrantAward;
import nl.sto.regions.domain.Membership;
import nl.sto.regions.domain.Region;
import nl.sto.regions.domain.RegionSnapshot;

/** What clients see of regions: the JSON shapes of the API, built from snapshots. */
public final class RegionViews {

    private RegionViews() {
    }

    public record Plan(String duurzaam, String dekkend, String kwalitatief) {
    }

    public record Partner(String id, String identifierType, String identifier, String organisationCode, String name,
            String municipality, String role, LocalDate joinedOn, LocalDate leftOn, boolean active) {
    }

    /** Grant and confirmed co-financing side by side; share = co-financing as a percentage of the grant. */
    public record Year(int year, BigDecimal grant, BigDecimal cofinancingConfirmed, BigDecimal cofinancingStated,
            BigDecimal cofinancingShare) {
    }

    public record Cofinancing(String kvk, String partner, int year, BigDecimal amount, String kind,
            boolean confirmed, boolean withdrawn) {
    }

    public record ContactView(String id, String name, String email, String role, String language) {
    }

    public record Totals(BigDecimal grants, BigDecimal cofinancingConfirmed, BigDecimal cofinancingShare) {
    }

    public record RegionDetail(String code, String name, String tranche, LocalDate admittedOn, String adviceReference,
            String status, LocalDate closedOn, String closeReason, boolean demo, RegionRole yourRole, Plan plan,
            List<Partner> partners, List<Year> years, Totals totals, List<Cofinancing> cofinancing,
            List<ContactView> contacts, RegionActions allowed) {
    }

    public record RegionSummary(String code, String name, String tranche, LocalDate admittedOn, String status,
            boolean demo, long partners, List<String> municipalities, Totals totals) {
    }

    public record MyRegion(String code, String name, RegionRole role) {
    }

    /** The region as the caller sees it: {@code yourRole} in it, and what it may do with it. */
    public static RegionDetail detail(RegionSnapshot s, Caller caller, RegionRole yourRole, LocalDate today) {
        Region r = s.region();
        List<Year> years = years(s.grants(), current(s.cofinancing()));
        return new RegionDetail(r.code, r.name, r.tranche, r.admittedOn, r.adviceReference, r.status.name(),
                r.closedOn, r.closeReason, r.demo, yourRole, new Plan(r.planDuurzaam, r.planDekkend,
                        r.planKwalitatief),
                s.memberships().stream().map(m -> partner(m, today)).toList(), years, totals(years),
                cofinancing(s.memberships(), current(s.cofinancing())),
                s.contacts().stream().map(RegionViews::contact).toList(),
                RegionActions.of(caller, yourRole, r.isClosed()));
    }

    public static RegionSummary summary(RegionSnapshot s, LocalDate today) {
        Region r = s.region();
        List<Membership> active = s.memberships().stream().filter(m -> m.activeOn(today)).toList();
        List<String> municipalities = active.stream().map(m -> m.municipality).filter(m -> m != null)
                .distinct().sorted().toList();
        return new RegionSummary(r.code, r.name, r.tranche, r.admittedOn, r.status.name(), r.demo, active.size(),
                municipalities, totals(years(s.grants(), current(s.cofinancing()))));
    }

    public static Partner partner(Membership m, LocalDate today) {
        return new Partner(m.id, m.identifierType, m.identifier, m.organisationCode, m.name, m.municipality, m.role,
                m.joinedOn, m.leftOn, m.activeOn(today));
    }

    public static ContactView contact(Contact c) {
        return new ContactView(c.id, c.name, c.email, c.role, c.language);
    }

    public static Cofinancing statement(CofinancingStatement c, String partnerName) {
        return new Cofinancing(c.kvk, partnerName, c.year, c.amount, c.kind, c.confirmed, c.withdrawn);
    }

    /**
     * The commitment of each business per year: its latest statement (statements arrive oldest first), unless that
     * withdrew it.
     */
    static List<CofinancingStatement> current(List<CofinancingStatement> history) {
        Map<String, CofinancingStatement> latest = new TreeMap<>();
        history.forEach(c -> latest.put(c.kvk + "/" + c.year, c));
        return latest.values().stream().filter(c -> !c.withdrawn).toList();
    }

    private static List<Year> years(List<GrantAward> grants, List<CofinancingStatement> commitments) {
        Map<Integer, BigDecimal> grantByYear = grants.stream()
                .collect(Collectors.toMap(g -> g.year, g -> g.amount, BigDecimal::add, TreeMap::new));
        Map<Integer, List<CofinancingStatement>> cofinancingByYear = commitments.stream()
                .collect(Collectors.groupingBy(c -> c.year, TreeMap::new, Collectors.toList()));
        TreeMap<Integer, Year> years = new TreeMap<>();
        grantByYear.keySet().forEach(y -> years.put(y, null));
        cofinancingByYear.keySet().forEach(y -> years.put(y, null));
        return years.keySet().stream().map(y -> {
            List<CofinancingStatement> ofYear = cofinancingByYear.getOrDefault(y, List.of());
            BigDecimal grant = grantByYear.getOrDefault(y, zero());
            BigDecimal confirmed = sum(ofYear.stream().filter(c -> c.confirmed).toList());
            BigDecimal stated = sum(ofYear);
            return new Year(y, grant, confirmed, stated, share(confirmed, grant));
        }).toList();
    }

    private static Totals totals(List<Year> years) {
        BigDecimal grants = years.stream().map(Year::grant).reduce(zero(), BigDecimal::add);
        BigDecimal confirmed = years.stream().map(Year::cofinancingConfirmed).reduce(zero(), BigDecimal::add);
        return new Totals(grants, confirmed, share(confirmed, grants));
    }

    private static List<Cofinancing> cofinancing(List<Membership> memberships, List<CofinancingStatement> current) {
        Map<String, String> names = memberships.stream()
                .collect(Collectors.toMap(m -> m.identifier, m -> m.name, (a, b) -> a));
        return current.stream()
                .sorted(Comparator.comparing((CofinancingStatement c) -> c.year).thenComparing(c -> c.kvk))
                .map(c -> statement(c, names.get(c.kvk))).toList();
    }

    private static BigDecimal sum(List<CofinancingStatement> statements) {
        return statements.stream().map(c -> c.amount).reduce(zero(), BigDecimal::add);
    }

    /** Percentage with one decimal; none where there is no grant to compare with. */
    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

}
