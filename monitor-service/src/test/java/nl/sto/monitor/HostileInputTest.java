package nl.sto.monitor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import nl.sto.commontest.HostileInputContractTest;
import nl.sto.commontest.RegionProjectionHostileInputTest;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
@TestProfile(HostileInputContractTest.OwnApplication.class)
class HostileInputTest extends RegionProjectionHostileInputTest {
}
