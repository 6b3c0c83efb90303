package nl.sto.reports.intake;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.json.JsonProblems;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.reports.sections.ReportSections;
import nl.sto.reports.sections.SectionContent;

/**
 * Section content to and from JSON in the shape of its section. Read straight into the typed record, so amounts stay
 * exact decimals (a JSON tree would make doubles of them), and as strictly as every request body (common's
 * {@code StrictJson}): a misspelt field is not silently lost, an amount sent as text is refused. Read from the bytes,
 * so that a body that is not UTF-8 is refused too.
 */
@ApplicationScoped
public class SectionJson {

    private final ObjectMapper json;

    public SectionJson(ObjectMapper json) {
        this.json = json;
    }

    /** The content a client sent; a body that does not fit the section's shape is a 400 naming the field. */
    public SectionContent parse(ReportSections.Section section, byte[] body) {
        SectionContent content;
        try {
            content = json.readerFor(section.contentType()).readValue(body == null ? new byte[0] : body);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest(JsonProblems.path(e), "is not a field of section " + section.key());
        } catch (JsonMappingException e) {
            throw JsonProblems.fieldError(e).map(error -> ProblemException.badRequest(error.field(), error.message()))
                    .orElseGet(() -> ProblemException.badRequest("content", "is missing or not a JSON object"));
        } catch (IOException e) {
            throw ProblemException.badRequest("content", "is not valid JSON in UTF-8");
        }
        if (content == null) {
            throw ProblemException.badRequest("content", FieldErrorCode.REQUIRED, "is required");
        }
        return content;
    }

    /** Content as it was stored, in the shape of its section in the report's kind. */
    public SectionContent read(ReportSection stored, ReportSections sections) {
        Class<? extends SectionContent> type = sections.find(stored.section).map(ReportSections.Section::contentType)
                .orElseThrow(() -> new IllegalStateException("Stored section " + stored.id + " (" + stored.section
                        + ") is not a section of its report's kind"));
        try {
            return json.readerFor(type).readValue(stored.content);
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

}
