package nl.sto.contracts.regions;

import java.time.LocalDate;

/** {@code nl.sto.region.admitted.v1}: a region was admitted to the programme (in a tranche, or late). */
public record RegionAdmitted(String code, String tranche, LocalDate admittedOn, String adviceReference) {
}
