package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static final List<String> MINISTRY_ROLES = List.of("ministry-admin", "monitor", "reviewer");

    @Test
    void ministryRolesCountOnlyFromTheMinistrysLogin() {
        assertThat(user(Audience.MINISTRY, MINISTRY_ROLES).roles()).isEqualTo(MINISTRY_ROLES);
        assertThat(user(Audience.SCHOOL, MINISTRY_ROLES).roles()).isEmpty();
        assertThat(user(Audience.BUSINESS, MINISTRY_ROLES).roles()).isEmpty();
    }

    @Test
    void otherRolesOfASchoolOrBusinessStay() {
        assertThat(user(Audience.SCHOOL, List.of("ministry-admin", "board")).roles()).containsExactly("board");
    }

    @Test
    void theLoginLeadsToThePageOfThePersonsTask() {
        assertThat(user(Audience.MINISTRY, List.of("ministry-admin")).startPage()).isEqualTo("/ministry/start");
        assertThat(user(Audience.MINISTRY, List.of("reviewer")).startPage()).isEqualTo("/ministry/start");
        assertThat(user(Audience.MINISTRY, List.of("monitor", "reviewer")).startPage()).isEqualTo("/ministry/start");
        assertThat(user(Audience.MINISTRY, List.of("monitor")).startPage()).isEqualTo("/ministry/monitor");
        assertThat(user(Audience.MINISTRY, List.of()).startPage()).isEqualTo("/ministry/me");
        assertThat(user(Audience.SCHOOL, List.of("monitor")).startPage()).isEqualTo("/school/start");
        assertThat(user(Audience.BUSINESS, List.of()).startPage()).isEqualTo("/business/start");
    }

    private static PortalUser user(Audience audience, List<String> roles) {
        return new PortalUser("Naam", "naam", audience, "41509", roles);
    }
}
