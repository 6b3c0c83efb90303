package nl.sto.regions.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.security.Caller;

/** Writes the audit trail; called inside the transaction of the change it records. */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> record(Caller actor, String regionCode, String action, Object detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actorSubject = actor.subject();
        entry.actorName = actor.name();
        entry.actorAudience = actor.audience().tenantId();
        entry.regionCode = regionCode;
        entry.action = action;
        entry.detail = write(detail);
        return entry.persist().replaceWithVoid();
    }

    private String write(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }
}
