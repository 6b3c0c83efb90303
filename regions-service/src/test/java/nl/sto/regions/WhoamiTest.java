package nl.sto.regions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.commontest.WhoamiContractTest;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class WhoamiTest extends WhoamiContractTest {
}
