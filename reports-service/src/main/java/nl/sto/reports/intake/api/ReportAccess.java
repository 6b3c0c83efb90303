package nl.sto.reports.intake.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.regions.KnownRegionRepository;
import nl.sto.common.security.CurrentCaller;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.reports.intake.ReportStatus;

/**
 * Who may do what with a region's reports. Everyone acting for the region reads them (businesses too: they
 * co-finance what is reported), and so do the ministry and the monitor team in every region. The school partners
 * (lead, school, mbo, po) write the draft together; only the lead submits, for the region; ministry-admins and
 * reviewers review. An unknown region is a 404 before anything else.
 */
@ApplicationScoped
public class ReportAccess {

    private static final RegionRole[] EDITORS = {RegionRole.LEAD, RegionRole.SCHOOL, RegionRole.MBO, RegionRole.PO};

    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public ReportAccess(KnownRegionRepository regions, RegionAccess access, CurrentCaller caller) {
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    public Uni<RegionRole> toRead(String code) {
        return regions.requireKnown(code).chain(() -> access.require(caller.get(), code));
    }

    public Uni<RegionRole> toEdit(String code) {
        return regions.requireKnown(code).chain(() -> access.requireOneOf(caller.get(), code, EDITORS));
    }

    public Uni<RegionRole> toSubmit(String code) {
        return regions.requireKnown(code).chain(() -> access.requireOneOf(caller.get(), code, RegionRole.LEAD));
    }

    /**
     * What someone acting as {@code role} in the report's region may do with a report in {@code status}, by the same
     * rules as the checks above and the report's own state: the view says it, so that a client offers only these.
     */
    public static ReportViews.Allowed allowed(RegionRole role, ReportStatus status) {
        boolean writer = role.writesReports();
        return new ReportViews.Allowed(
                writer && status == ReportStatus.DRAFT,
                role == RegionRole.LEAD && status == ReportStatus.DRAFT,
                writer && status == ReportStatus.RETURNED,
                role == RegionRole.MINISTRY && status == ReportStatus.SUBMITTED);
    }

    /** Ministry-admins and reviewers: both are the ministry that judges reports; the monitor team only reads. */
    public Uni<RegionRole> toReview(String code) {
        if (RegionAccess.roleInEveryRegion(caller.get()).filter(role -> role == RegionRole.MINISTRY).isEmpty()) {
            return Uni.createFrom().failure(ProblemException.forbidden("Only the ministry reviews reports"));
        }
        return regions.requireKnown(code).replaceWith(RegionRole.MINISTRY);
    }
}
