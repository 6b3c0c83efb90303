package nl.sto.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import java.util.Optional;

import nl.sto.commontest.Endpoint;
import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionProjectionHostileInputTest;
import nl.sto.devstack.DevstackTestResource;

/** R01 with its demo partners; the ministry-admin sends the good requests, as only it may change anything. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends RegionProjectionHostileInputTest {

    @Override
    protected Optional<String> exampleBody(Endpoint endpoint) {
        return endpoint.path().endsWith("/reminder-pause")
                ? Optional.of("{\"reason\":\"De regio werkt zijn contactpersonen bij\"}") : Optional.empty();
    }
}
