package nl.sto.regions.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.sto.common.validation.ProgrammeDate;

/** What the ministry states when it registers a region. */
public record RegionRegistration(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "2 to 20 capitals, digits or dashes")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "1|2|3|LATE", message = "1, 2, 3 or LATE") String tranche,
        @NotNull @ProgrammeDate LocalDate admittedOn,
        @Size(max = 200) String adviceReference) {
}
