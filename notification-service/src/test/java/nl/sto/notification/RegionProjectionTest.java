package nl.sto.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.commontest.RegionProjectionContractTest;
import nl.sto.devstack.DevstackTestResource;

@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class RegionProjectionTest extends RegionProjectionContractTest {

    @Override
    protected String consumerGroup() {
        return "notification-service.region-projection";
    }
}
