package nl.sto.monitor;

import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionProjectionHostileInputTest;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/**
 * Imports are sent as the monitor team, who alone may import, so that bad input reaches the file checks. A new
 * subscription's good body leads to 127.0.0.1, which the test profile allows, so that every case differs from a
 * subscription the service would make in one thing only.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends RegionProjectionHostileInputTest {

    private static final Login MONITOR = new Login(Tokens.MINISTRY, "monitor");

    @Override
    protected Login loginFor(Endpoint endpoint) {
        return endpoint.path().startsWith("/api/imports") ? MONITOR : super.loginFor(endpoint);
    }

    @Override
    protected Optional<String> exampleBody(Endpoint endpoint) {
        if (endpoint.is("POST", "/api/subscriptions")) {
            return Optional.of("""
                    {"url": "http://127.0.0.1:9/hook", "description": "hostile input",
                     "contactEmail": "monitor@example.org",
                     "filters": [{"exact": {"type": "nl.sto.report.submitted.v1"}}]}""");
        }
        return endpoint.path().endsWith("/replay") ? Optional.of("{\"fromPosition\": 1}") : Optional.empty();
    }
}
