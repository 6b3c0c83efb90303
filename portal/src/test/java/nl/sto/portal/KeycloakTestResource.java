package nl.sto.portal;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.sto.devstack.KeycloakServer;

/**
 * Points the portal's three OIDC tenants at a real Keycloak with the STO realms: the one given in
 * {@code sto.keycloak.url} / {@code STO_KEYCLOAK_URL}, else one that devstack starts for this test JVM. The portal
 * has no database or Kafka, so it needs nothing else of the devstack.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("sto.keycloak.url", KeycloakServer.sharedUrl());
    }

    @Override
    public void stop() {
        // Nothing to do: the shared Keycloak outlives this application (other test classes may reuse it) and
        // devstack stops it when the JVM exits.
    }
}
