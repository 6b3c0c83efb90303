package nl.sto.regions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterRegionRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "2 to 20 capitals, digits or dashes")
        String code,
        @NotBlank @Size(max = 200) String name) {
}
