package nl.sto.monitor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionProjectionHostileInputTest;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

/** Imports are sent as the monitor team, who alone may import, so that bad input reaches the file checks. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends RegionProjectionHostileInputTest {

    private static final Login MONITOR = new Login(Tokens.MINISTRY, "monitor");

    @Override
    protected Login loginFor(Endpoint endpoint) {
        return endpoint.path().startsWith("/api/imports") ? MONITOR : super.loginFor(endpoint);
    }
}
