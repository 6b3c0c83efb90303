package nl.sto.monitor.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event of the log as readers receive it: a structured CloudEvent (JSON format, specversion 1.0) that carries its
 * place in the log as the extension attribute {@code position}, the number a reader continues after. {@code data} is
 * the event's JSON as it was logged, passed on without being read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "type", "source", "subject", "time", "datacontenttype", "data", "position"})
public record LoggedEvent(String specversion, String id, String type, String source, String subject,
        OffsetDateTime time, String datacontenttype,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The event's JSON data") String data,
        long position) {

    static final String SPEC_VERSION = "1.0";
    static final String JSON = "application/json";

    static LoggedEvent of(long position, String id, String type, String source, String subject, OffsetDateTime time,
            String data) {
        return new LoggedEvent(SPEC_VERSION, id, type, source, subject, time, data == null ? null : JSON, data,
                position);
    }
}
