package nl.sto.regions.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.sto.common.validation.ProgrammeDate;

/** A partner joining a region: which organisation (by public register), in which role, from when. */
public record PartnerAdmission(
        @NotBlank @Pattern(regexp = "BOARD|INSTITUTION|LOCATION|KVK", message = "BOARD, INSTITUTION, LOCATION or KVK")
        String identifierType,
        @NotBlank String identifier,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String municipality,
        @NotBlank @Pattern(regexp = "lead|school|po|mbo|business", message = "lead, school, po, mbo or business")
        String role,
        @ProgrammeDate LocalDate joinedOn) {
}
