package nl.sto.reports.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import nl.sto.commontest.Database;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;

/**
 * Regions as reports-service learns of them: registered and joined by partners through events on
 * {@code sto.regions.v1}, as regions-service publishes them. Their obligations are inserted directly rather than
 * derived from a {@code region.admitted} event, so that each test chooses which due dates have passed.
 */
final class ReportFixture {

    static final String LEAD_BOARD = RegionEvents.LEAD_R01_BOARD;
    static final String BUSINESS_KVK = RegionEvents.BUSINESS_R01_KVK;
    static final String SCHOOL_R02_BRIN = RegionEvents.SCHOOL_R02_BRIN;

    /** The four obligations of a region. */
    record Obligations(UUID progressReport1, UUID progressReport2, UUID finalReport, UUID spendingPeriodEnd) {
    }

    private ReportFixture() {
    }

    /** lead-r01's board leads, biz-r01's company is a business partner (like demo R01). */
    static String regionLikeR01() {
        String code = register();
        RegionEvents.join(code, LEAD_BOARD, "lead");
        RegionEvents.join(code, BUSINESS_KVK, "business");
        awaitRole(Tokens.businessR01(), code);
        return code;
    }

    /** Like R01, with school-r02's school as a school partner too: two editors from two organisations. */
    static String regionLikeR01WithSchool() {
        String code = register();
        RegionEvents.join(code, LEAD_BOARD, "lead");
        RegionEvents.join(code, BUSINESS_KVK, "business");
        RegionEvents.join(code, SCHOOL_R02_BRIN, "school");
        awaitRole(Tokens.schoolR02(), code);
        return code;
    }

    /** school-r02's school is a school partner, another board leads (like demo R02). */
    static String regionLikeR02() {
        String code = register();
        RegionEvents.join(code, "41211", "lead");
        RegionEvents.join(code, SCHOOL_R02_BRIN, "school");
        awaitRole(Tokens.schoolR02(), code);
        return code;
    }

    /**
     * Progress report 1 due long ago (a submission is late), progress report 2 and the final report due in the
     * future, the spending period ending 1 Aug 2024 (as after the 2021 amendment).
     */
    static Obligations obligations(String code) {
        LocalDate future = LocalDate.now().plusYears(5);
        takesPart(code);
        return new Obligations(
                obligation(code, "PROGRESS_REPORT_1", LocalDate.of(2021, 11, 1)),
                obligation(code, "PROGRESS_REPORT_2", future),
                obligation(code, "FINAL_REPORT", future),
                obligation(code, "SPENDING_PERIOD_END", LocalDate.of(2024, 8, 1)));
    }

    /** An obligation belongs to a region taking part in the regulation, admitted in 2020. */
    private static void takesPart(String code) {
        Database.update("""
                INSERT INTO admission (region_code, admitted_on, recorded_at) VALUES (?, DATE '2020-01-01', now())
                ON CONFLICT DO NOTHING""", code);
        Database.update("""
                INSERT INTO participation (regulation_id, region_code, grant_decided_on, joined_at)
                VALUES ('STO-2020-2023', ?, DATE '2020-01-01', now()) ON CONFLICT DO NOTHING""", code);
    }

    private static UUID obligation(String code, String kind, LocalDate dueDate) {
        UUID id = UUID.randomUUID();
        Database.update("""
                INSERT INTO obligation (id, region_code, regulation_id, kind, due_date, status, version, created_at)
                VALUES (?, ?, 'STO-2020-2023', ?, ?, 'OPEN', 2, now())""", id, code, kind, dueDate);
        return id;
    }

    private static String register() {
        String code = RegionEvents.uniqueCode();
        RegionEvents.send(EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"Regio " + code + "\",\"tranche\":\"1\"}");
        return code;
    }

    /** One region's events are consumed in order, so once the last partner may act, all of them may. */
    private static void awaitRole(String token, String code) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/regions/" + code + "/my-role").then().statusCode(200));
    }
}
