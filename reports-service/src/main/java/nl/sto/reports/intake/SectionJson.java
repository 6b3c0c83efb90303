package nl.sto.reports.intake;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;

/**
 * Section content to and from JSON in the shape of its section. Read straight into the typed record, so amounts stay
 * exact decimals (a JSON tree would make doubles of them); unknown fields are refused, so a misspelt field is not
 * silently lost.
 */
@ApplicationScoped
public class SectionJson {

    private final ObjectMapper json;

    public SectionJson(ObjectMapper json) {
        this.json = json;
    }

    /** The content a client sent; a body that does not fit the section's shape is a 400 naming the field. */
    public SectionContent parse(Section section, String body) {
        SectionContent content;
        try {
            content = json.readerFor(section.contentType())
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body == null ? "" : body);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest(path(e), "is not a field of section " + section.key());
        } catch (JsonMappingException e) {
            throw e.getPath().isEmpty() ? ProblemException.badRequest("content", "is missing or not a JSON object")
                    : ProblemException.badRequest(path(e), "value has the wrong type or format");
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("content", "is not valid JSON");
        }
        if (content == null) {
            throw ProblemException.badRequest("content", "is required");
        }
        return content;
    }

    /** Content as it was stored. */
    public SectionContent read(ReportSection stored) {
        try {
            return json.readerFor(stored.section.contentType()).readValue(stored.content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored section " + stored.id + " is not readable", e);
        }
    }

    public String write(SectionContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Section content cannot be written as JSON", e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
