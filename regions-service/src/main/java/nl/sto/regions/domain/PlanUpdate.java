package nl.sto.regions.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The region's name and its aims for the three goals: duurzaam, dekkend, kwalitatief hoogstaand. */
public record PlanUpdate(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String duurzaam,
        @Size(max = 4000) String dekkend,
        @Size(max = 4000) String kwalitatief) {
}
