package nl.sto.reports.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regulation.ObligationKind;

/**
 * Regions as reports-service learns of them: registered and joined by partners through events on
 * {@code sto.regions.v1}, as regions-service publishes them. Their obligations are inserted directly, standing in
 * for the consumer of {@code region.admitted} that creates them (to be replaced by that flow once it is here).
 */
final class ReportFixture {

    static final String LEAD_BOARD = "41509";
    static final String BUSINESS_KVK = "99000001";
    static final String SCHOOL_R02_BRIN = "16PK";

    /** The four obligations of a region. */
    record Obligations(UUID progressReport1, UUID progressReport2, UUID finalReport, UUID spendingPeriodEnd) {
    }

    private ReportFixture() {
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** lead-r01's board leads, biz-r01's company is a business partner (like demo R01). */
    static String regionLikeR01() {
        String code = register();
        join(code, "BOARD", "41509", LEAD_BOARD, "lead");
        join(code, "KVK", BUSINESS_KVK, BUSINESS_KVK, "business");
        awaitRole(Tokens.businessR01(), code);
        return code;
    }

    /** Like R01, with school-r02's school as a school partner too: two editors from two organisations. */
    static String regionLikeR01WithSchool() {
        String code = register();
        join(code, "BOARD", "41509", LEAD_BOARD, "lead");
        join(code, "KVK", BUSINESS_KVK, BUSINESS_KVK, "business");
        join(code, "LOCATION", "16PK01", SCHOOL_R02_BRIN, "school");
        awaitRole(Tokens.schoolR02(), code);
        return code;
    }

    /** school-r02's school is a school partner, another board leads (like demo R02). */
    static String regionLikeR02() {
        String code = register();
        join(code, "BOARD", "41211", "41211", "lead");
        join(code, "LOCATION", "16PK01", SCHOOL_R02_BRIN, "school");
        awaitRole(Tokens.schoolR02(), code);
        return code;
    }

    /**
     * Progress report 1 due long ago (a submission is late), progress report 2 and the final report due in the
     * future, the spending period ending 1 Aug 2024 (as after the 2021 amendment).
     */
    static Obligations obligations(String code) {
        LocalDate future = LocalDate.now().plusYears(5);
        return new Obligations(
                obligation(code, ObligationKind.PROGRESS_REPORT_1, LocalDate.of(2021, 11, 1)),
                obligation(code, ObligationKind.PROGRESS_REPORT_2, future),
                obligation(code, ObligationKind.FINAL_REPORT, future),
                obligation(code, ObligationKind.SPENDING_PERIOD_END, LocalDate.of(2024, 8, 1)));
    }

    private static UUID obligation(String code, ObligationKind kind, LocalDate dueDate) {
        UUID id = UUID.randomUUID();
        Database.update("""
                INSERT INTO obligation (id, region_code, kind, due_date, status, version, created_at)
                VALUES (?, ?, ?, ?, 'OPEN', 2, now())""", id, code, kind.name(), dueDate);
        return id;
    }

    private static String register() {
        String code = uniqueCode();
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"Regio " + code + "\",\"tranche\":\"1\"}");
        return code;
    }

    private static void join(String code, String type, String identifier, String organisation, String role) {
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.PARTNER_JOINED, code, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"%s","identifier":"%s",
                 "organisationCode":"%s","name":"Partner %s","role":"%s","joinedOn":"2020-03-01"}"""
                .formatted(UUID.randomUUID(), code, type, identifier, organisation, identifier, role));
    }

    /** One region's events are consumed in order, so once the last partner may act, all of them may. */
    private static void awaitRole(String token, String code) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/regions/" + code + "/my-role").then().statusCode(200));
    }
}
