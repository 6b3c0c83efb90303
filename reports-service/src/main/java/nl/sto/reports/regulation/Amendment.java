package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.sto.common.validation.ProgrammeDate;

/**
 * An amendment as the ministry publishes it: its legal reference (e.g. "Stcrt. 2021, nr. 40070"), when it was
 * published and takes effect, where the facts come from, and the deadlines it changes by kind code (kinds not named keep theirs).
 */
public record Amendment(
        @NotBlank @Size(max = 200) String legalReference,
        @NotBlank @Size(max = 300) String title,
        @NotNull @ProgrammeDate LocalDate publishedOn,
        @NotNull @ProgrammeDate LocalDate effectiveOn,
        @NotBlank @Size(max = 4000) String sourceNote,
        @NotEmpty Map<String, LocalDate> deadlines) {
}
