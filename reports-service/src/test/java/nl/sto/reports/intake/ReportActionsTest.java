package nl.sto.reports.intake;

import static nl.sto.reports.intake.ReportApi.as;
import static nl.sto.reports.intake.ReportApi.fillProgressReport;
import static nl.sto.reports.intake.ReportApi.report;
import static nl.sto.reports.intake.ReportApi.review;
import static nl.sto.reports.intake.ReportApi.startDraft;
import static nl.sto.reports.intake.ReportApi.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * A report says what its reader may do with it now, by the rules the service enforces: the portal offers those forms
 * and no others. Each reader at each step of a report's life: draft, submitted, returned; and who may start one.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReportActionsTest {

    private static final Map<String, Boolean> NOTHING = allowed(false, false, false, false);

    @Test
    void eachReaderIsToldWhatItMayDoAtEachStep() {
        String lead = Tokens.leadR01();
        String school = Tokens.schoolR02();
        String reviewer = Tokens.reviewer();
        String code = ReportFixture.regionLikeR01WithSchool();
        String id = startDraft(school, code, ReportFixture.obligations(code).progressReport1());

        assertThat(allowedFor(lead, code, id)).isEqualTo(allowed(true, true, false, false));
        assertThat(allowedFor(school, code, id)).isEqualTo(allowed(true, false, false, false));
        assertThat(allowedFor(Tokens.businessR01(), code, id)).isEqualTo(NOTHING);
        assertThat(allowedFor(reviewer, code, id)).isEqualTo(NOTHING);
        assertThat(allowedFor(Tokens.monitor(), code, id)).isEqualTo(NOTHING);

        fillProgressReport(school, code, id);
        submit(lead, code, id).then().statusCode(200);
        assertThat(allowedFor(lead, code, id)).isEqualTo(NOTHING);
        assertThat(allowedFor(reviewer, code, id)).isEqualTo(allowed(false, false, false, true));
        assertThat(allowedFor(Tokens.admin(), code, id)).isEqualTo(allowed(false, false, false, true));
        assertThat(allowedFor(Tokens.monitor(), code, id)).isEqualTo(NOTHING);

        review(reviewer, code, id, """
                {"decision":"RETURN","summary":"Bijna","comments":{"covid-19":"Meer per school"}}""")
                .then().statusCode(200);
        assertThat(allowedFor(school, code, id)).isEqualTo(allowed(false, false, true, false));
        assertThat(allowedFor(lead, code, id)).isEqualTo(allowed(false, false, true, false));
        assertThat(allowedFor(reviewer, code, id)).isEqualTo(NOTHING);
        assertThat(allowedFor(Tokens.businessR01(), code, id)).isEqualTo(NOTHING);
    }

    @Test
    void theRegionsWritersMayStartTheReportOfAReportObligationOthersMayNot() {
        String code = ReportFixture.regionLikeR01WithSchool();
        ReportFixture.Obligations owed = ReportFixture.obligations(code);
        String progress = owed.progressReport1().toString();
        String milestone = owed.spendingPeriodEnd().toString();

        assertThat(mayStart(Tokens.leadR01(), code, progress)).isTrue();
        assertThat(mayStart(Tokens.schoolR02(), code, progress)).isTrue();
        assertThat(mayStart(Tokens.leadR01(), code, milestone)).as("a milestone has no report").isFalse();
        assertThat(mayStart(Tokens.businessR01(), code, progress)).isFalse();
        assertThat(mayStart(Tokens.admin(), code, progress)).isFalse();
        assertThat(mayStart(Tokens.monitor(), code, progress)).isFalse();
        assertThat(as(Tokens.leadR01()).when().get("/api/regions/" + code + "/obligations/" + progress).then()
                .statusCode(200).extract().<Boolean>path("mayStartReport")).isTrue();
    }

    private static boolean mayStart(String token, String code, String obligationId) {
        return as(token).when().get("/api/regions/" + code + "/obligations").then().statusCode(200).extract()
                .<Boolean>path("find { it.id == '" + obligationId + "' }.mayStartReport");
    }

    private static Map<String, Boolean> allowedFor(String token, String code, String id) {
        return as(token).when().get(report(code, id)).then().statusCode(200).extract().jsonPath().getMap("allowed");
    }

    private static Map<String, Boolean> allowed(boolean edit, boolean submit, boolean revise, boolean review) {
        return Map.of("edit", edit, "submit", submit, "revise", revise, "review", review);
    }
}
