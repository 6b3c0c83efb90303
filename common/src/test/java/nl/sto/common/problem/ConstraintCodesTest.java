package nl.sto.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Each broken constraint reaches the client as the code a portal words in its own language. */
class ConstraintCodesTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Input(@NotBlank String name, @NotNull Integer year, @Size(min = 2, max = 4) String code,
            @Size(max = 2) List<String> tags, @Pattern(regexp = "R\\d+") String region, @Max(10) Integer count,
            @Email String email) {
    }

    private static String codeOf(Input input, String field) {
        return VALIDATOR.validate(input).stream().filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintCodes::of).findFirst().orElseThrow();
    }

    private static final Input VALID = new Input("n", 2024, "ab", List.of(), "R1", 1, "a@b.nl");

    @Test
    void leftOutOrBlankIsRequired() {
        Input blank = new Input(" ", null, "ab", List.of(), "R1", 1, "a@b.nl");
        assertThat(codeOf(blank, "name")).isEqualTo(FieldErrorCode.REQUIRED);
        assertThat(codeOf(blank, "year")).isEqualTo(FieldErrorCode.REQUIRED);
    }

    @Test
    void aSizeIsTooLongOrTooShortByWhichBoundItBreaks() {
        assertThat(codeOf(new Input("n", 2024, "abcde", List.of(), "R1", 1, "a@b.nl"), "code"))
                .isEqualTo(FieldErrorCode.TOO_LONG);
        assertThat(codeOf(new Input("n", 2024, "a", List.of(), "R1", 1, "a@b.nl"), "code"))
                .isEqualTo(FieldErrorCode.TOO_SHORT);
        assertThat(codeOf(new Input("n", 2024, "ab", List.of("x", "y", "z"), "R1", 1, "a@b.nl"), "tags"))
                .isEqualTo(FieldErrorCode.TOO_LONG);
    }

    @Test
    void aBrokenLimitIsNamedSoTheMessageCanSayIt() {
        Input wrong = new Input("n", 2024, "abcde", List.of(), "R1", 11, "a@b.nl");
        assertThat(paramsOf(wrong, "code")).containsExactly(Map.entry("max", "4"));
        assertThat(paramsOf(new Input("n", 2024, "a", List.of(), "R1", 1, "a@b.nl"), "code"))
                .containsExactly(Map.entry("min", "2"));
        assertThat(paramsOf(wrong, "count")).containsExactly(Map.entry("max", "10"));
        assertThat(paramsOf(new Input(" ", 2024, "ab", List.of(), "R1", 1, "a@b.nl"), "name")).isEmpty();
    }

    private static Map<String, String> paramsOf(Input input, String field) {
        return VALIDATOR.validate(input).stream().filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintCodes::params).findFirst().orElseThrow();
    }

    @Test
    void patternRangeAndEmailHaveTheirOwnCodes() {
        Input wrong = new Input("n", 2024, "ab", List.of(), "X", 11, "not an address");
        assertThat(codeOf(wrong, "region")).isEqualTo(FieldErrorCode.PATTERN);
        assertThat(codeOf(wrong, "count")).isEqualTo(FieldErrorCode.RANGE);
        assertThat(codeOf(wrong, "email")).isEqualTo(FieldErrorCode.EMAIL);
        assertThat(VALIDATOR.validate(VALID)).isEmpty();
    }
}
