package nl.sto.reports.regulation;

/** A regulation is drafted (changed freely, seen by the ministry only) until it is published; then only amended. */
public enum RegulationStatus {
    DRAFT,
    PUBLISHED
}
