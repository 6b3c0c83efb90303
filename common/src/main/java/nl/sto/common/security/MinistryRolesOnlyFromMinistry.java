package nl.sto.common.security;

import java.util.Set;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ministry's roles mean something only when the ministry's own login grants them. A school's or business'
 * identity provider is trusted to say who someone is and which organisation they belong to, never that they are
 * ministry staff; a role of that name from there is dropped here, before {@code @RolesAllowed}, {@link CurrentCaller}
 * or the region access check see the identity, so that all three give the same answer.
 */
@ApplicationScoped
public class MinistryRolesOnlyFromMinistry implements SecurityIdentityAugmentor {

    static final Set<String> MINISTRY_ROLES = Set.of(Caller.MINISTRY_ADMIN, Caller.REVIEWER, Caller.MONITOR);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || grantedByMinistry(identity)
                || identity.getRoles().stream().noneMatch(MINISTRY_ROLES::contains)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(withoutMinistryRoles(identity));
    }

    private static boolean grantedByMinistry(SecurityIdentity identity) {
        return Audience.MINISTRY.tenantId().equals(identity.getAttribute(CurrentCaller.TENANT_ID_ATTRIBUTE));
    }

    private static SecurityIdentity withoutMinistryRoles(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission);
        identity.getRoles().stream().filter(role -> !MINISTRY_ROLES.contains(role)).forEach(builder::addRole);
        return builder.build();
    }
}
