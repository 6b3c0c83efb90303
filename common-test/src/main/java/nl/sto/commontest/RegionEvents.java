package nl.sto.commontest;

import java.time.LocalDate;
import java.util.UUID;

import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;

/**
 * Puts a region into a service the way regions-service does: by its events on {@code sto.regions.v1}. For services
 * other than regions-service, whose projections and obligations follow from these events.
 */
public final class RegionEvents {

    /** Board number of lead-r01's school board (its token's {@code brin} claim). */
    public static final String LEAD_R01_BOARD = "41509";
    /** BRIN of school-r02's school. */
    public static final String SCHOOL_R02_BRIN = "16PK";
    /** KvK number of biz-r01's company. */
    public static final String BUSINESS_R01_KVK = "99000001";

    private RegionEvents() {
    }

    /** A fresh region code, so that tests sharing a database never meet each other's regions. */
    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Registered and admitted in tranche 1 on {@code admittedOn}, as regions-service announces a registration. */
    public static void registerAndAdmit(String code, LocalDate admittedOn) {
        send(EventTypes.REGION_REGISTERED, code, """
                {"code":"%s","name":"Regio %s","tranche":"1","admittedOn":"%s"}""".formatted(code, code, admittedOn));
        send(EventTypes.REGION_ADMITTED, code, """
                {"code":"%s","tranche":"1","admittedOn":"%s"}""".formatted(code, admittedOn));
    }

    /** The organisation joins the region in {@code role} (lead, school, mbo, po, business) from 2020-01-01. */
    public static void join(String code, String organisationCode, String role) {
        send(EventTypes.PARTNER_JOINED, code, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"BOARD","identifier":"%s",
                 "organisationCode":"%s","name":"Partner %s","role":"%s","joinedOn":"2020-01-01"}"""
                .formatted(UUID.randomUUID(), code, organisationCode, organisationCode, organisationCode, role));
    }

    /** lead-r01's board as lead and biz-r01's company as business; school-r02 is of another region. */
    public static void joinDemoPartners(String code) {
        join(code, LEAD_R01_BOARD, "lead");
        join(code, BUSINESS_R01_KVK, "business");
    }

    public static void send(String type, String code, String json) {
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), type, code, json);
    }
}
