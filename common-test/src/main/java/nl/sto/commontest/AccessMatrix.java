package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An endpoint x user access matrix: every endpoint is called by every demo user and by nobody, and each answer's
 * status is compared with the expected one; a refusal must be problem+json. The mismatches are reported together
 * at the end, so one run shows every hole.
 */
public final class AccessMatrix {

    public static final List<String> USERS = List.of("lead-r01", "school-r02", "biz-r01", "admin", "reviewer",
            "monitor", "rogue-admin", "anonymous");
    public static final int NOT_CALLED = -1;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    public AccessMatrix() {
        tokens.put("lead-r01", Tokens.leadR01());
        tokens.put("school-r02", Tokens.schoolR02());
        tokens.put("biz-r01", Tokens.businessR01());
        tokens.put("admin", Tokens.admin());
        tokens.put("reviewer", Tokens.reviewer());
        tokens.put("monitor", Tokens.monitor());
        tokens.put("rogue-admin", Tokens.rogueAdmin());
    }

    public String token(String user) {
        return tokens.get(user);
    }

    /**
     * Expected statuses for lead-r01, school-r02, biz-r01, admin, reviewer, monitor; anonymous always 401. rogue-admin
     * is lead-r01's school login with a ministry-admin role that a school's login may not grant: it is refused
     * wherever lead-r01 is. Where lead-r01 may act it is not called again, as the second call would meet the state
     * that lead-r01's call left.
     */
    public static int[] expect(int... statuses) {
        if (statuses.length != 6) {
            throw new IllegalArgumentException("Six statuses: lead-r01, school-r02, biz-r01, admin, reviewer, monitor");
        }
        int[] all = new int[USERS.size()];
        System.arraycopy(statuses, 0, all, 0, statuses.length);
        all[USERS.indexOf("rogue-admin")] = statuses[0] >= 400 ? statuses[0] : NOT_CALLED;
        all[USERS.size() - 1] = 401;
        return all;
    }

    /** Calls the endpoint as every user; {@code call} gets the request with the user's token, and the user. */
    public void check(String endpoint, BiFunction<RequestSpecification, String, Response> call, int[] expected) {
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i);
            if (expected[i] == NOT_CALLED) {
                continue;
            }
            RequestSpecification request = given();
            if (tokens.containsKey(user)) {
                request = request.auth().oauth2(tokens.get(user));
            }
            Response response = call.apply(request, user);
            if (response.statusCode() != expected[i]) {
                mismatches.add(endpoint + " / " + user + " / " + expected[i] + " / " + response.statusCode());
            } else if (response.statusCode() >= 400 && !String.valueOf(response.contentType())
                    .startsWith("application/problem+json")) {
                mismatches.add(endpoint + " / " + user + " / problem+json / " + response.contentType());
            }
        }
    }

    public void assertAllAsExpected() {
        assertThat(mismatches).as("endpoint / user / expected / got").isEmpty();
    }
}
