package nl.sto.monitor.webhooks;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.problem.ProblemException;
import nl.sto.monitor.webhooks.SubscriptionViews.ReplayRequest;
import nl.sto.monitor.webhooks.SubscriptionViews.SubscriptionRequest;

/**
 * A subscription and a replay as asked for, checked before anything is stored: every field that is wrong is named at
 * once in a 400. Where the URL leads is checked afterwards ({@link SubscriberUrls}), as that needs a DNS lookup.
 */
final class SubscriptionInput {

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LAST_YEAR = 9999;

    private SubscriptionInput() {
    }

    /** A subscription that passed the checks, its filters written as the JSON that is stored. */
    record Checked(URI url, String description, String contactEmail, String filters) {
    }

    static Checked check(SubscriptionRequest request, ObjectMapper json) {
        if (request == null) {
            throw ProblemException.badRequest("body", FieldErrorCode.REQUIRED,
                    "is required: a JSON object with url, contactEmail and filters");
        }
        List<FieldError> errors = new ArrayList<>();
        SubscriberUrls.formProblem(request.url()).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        String description = blankAsNull(request.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", FieldErrorCode.TOO_LONG,
                    "may be at most " + MAX_DESCRIPTION + " characters long"));
        }
        String email = blankAsNull(request.contactEmail());
        if (email == null) {
            errors.add(new FieldError("contactEmail", FieldErrorCode.REQUIRED,
                    "is required: who is told when the subscription is paused"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("contactEmail", "must be an e-mail address"));
        }
        EventFilters.Parsed filters = EventFilters.parse(request.filters());
        errors.addAll(filters.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Checked(URI.create(request.url().strip()), description, email, written(request, json));
    }

    private static String written(SubscriptionRequest request, ObjectMapper json) {
        try {
            return json.writeValueAsString(request.filters() == null ? List.of() : request.filters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Filters that were read as JSON can be written as JSON", e);
        }
    }

    /** Where a replay starts: the time it asks for, or the position (inclusive); exactly one of them. */
    record ReplayStart(OffsetDateTime since, Long fromPosition) {
    }

    static ReplayStart check(ReplayRequest request) {
        boolean hasSince = request != null && blankAsNull(request.since()) != null;
        boolean hasPosition = request != null && request.fromPosition() != null;
        if (hasSince == hasPosition) {
            throw ProblemException.badRequest("since", "give either since (an ISO-8601 time with its offset) or "
                    + "fromPosition (a position of the log), not both and not neither");
        }
        if (hasPosition) {
            if (request.fromPosition() < 1) {
                throw ProblemException.badRequest("fromPosition", "must be a position of the log: 1 or more");
            }
            return new ReplayStart(null, request.fromPosition());
        }
        try {
            OffsetDateTime since = OffsetDateTime.parse(request.since().strip());
            if (since.getYear() >= 1 && since.getYear() <= LAST_YEAR) {
                return new ReplayStart(since, null);
            }
        } catch (DateTimeParseException e) {
            // Answered below, as every other time that is not one.
        }
        throw ProblemException.badRequest("since", "must be an ISO-8601 time with its offset, like "
                + "2024-03-01T09:00:00Z");
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
