package nl.sto.regions.domain;

import java.util.Map;
import java.util.Set;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

/** Which register may identify a partner in which role: schools by DUO codes, businesses by KvK number. */
final class PartnerRules {

    private static final Set<IdentifierType> SCHOOL_REGISTERS = Set.of(IdentifierType.BOARD,
            IdentifierType.INSTITUTION, IdentifierType.LOCATION);
    private static final Map<String, Set<IdentifierType>> ALLOWED = Map.of(
            // The lead applicant (penvoerder) is a school board or the institution acting for it.
            "lead", Set.of(IdentifierType.BOARD, IdentifierType.INSTITUTION),
            "school", SCHOOL_REGISTERS,
            "po", SCHOOL_REGISTERS,
            "mbo", SCHOOL_REGISTERS,
            "business", Set.of(IdentifierType.KVK));

    private PartnerRules() {
    }

    static IdentifierType checkedType(PartnerAdmission admission) {
        IdentifierType type = IdentifierType.of(admission.identifierType())
                .orElseThrow(() -> ProblemException.badRequest("identifierType", "BOARD, INSTITUTION, LOCATION or KVK"));
        if (!type.accepts(admission.identifier())) {
            throw ProblemException.badRequest("identifier", FieldErrorCode.PATTERN, "must be " + type.description());
        }
        if (!ALLOWED.getOrDefault(admission.role(), Set.of()).contains(type)) {
            throw ProblemException.badRequest("role", "a " + admission.role() + " partner cannot be identified by "
                    + type.name());
        }
        return type;
    }
}
