package nl.sto.portal.regions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.ServiceCalls;
import nl.sto.portal.client.reports.ReportsClient;

/**
 * Reads a region's obligations, the regulations they follow from and their reports for the region page, which must
 * not fail when only reports-service does. The three are asked for at once.
 */
@ApplicationScoped
public class ObligationsReader {

    private static final Logger LOG = Logger.getLogger(ObligationsReader.class);

    private final ReportsClient reports;
    private final ServiceCalls calls;

    ObligationsReader(@RestClient ReportsClient reports, ServiceCalls calls) {
        this.reports = reports;
        this.calls = calls;
    }

    public RegionObligations of(String regionCode) {
        try {
            var owed = calls.start(() -> reports.obligations(regionCode));
            var regulations = calls.start(reports::regulations);
            var written = calls.start(() -> reports.reports(regionCode));
            return RegionObligations.of(owed.get(), regulations.get(), written.get());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return RegionObligations.PREPARING;
            }
            LOG.warnf("Obligations of region %s not available: %s", regionCode, e.getMessage());
            return RegionObligations.UNAVAILABLE;
        } catch (ProcessingException e) {
            LOG.warnf("Obligations of region %s not available: %s", regionCode, e.getMessage());
            return RegionObligations.UNAVAILABLE;
        }
    }
}
