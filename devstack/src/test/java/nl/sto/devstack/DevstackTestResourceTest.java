package nl.sto.devstack;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevstackTestResourceTest {

    @Test
    void startsEverythingAndHandsOutTheConfig() throws Exception {
        DevstackTestResource resource = new DevstackTestResource();
        Map<String, String> config = resource.start();
        try {
            int pgPort = DevstackTestResource.postgres().port();
            int smtpPort = DevstackTestResource.smtp().port();
            assertThat(config).containsOnlyKeys("quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
                    "quarkus.datasource.username", "quarkus.datasource.password", "kafka.bootstrap.servers",
                    "sto.keycloak.url", "quarkus.mailer.host", "quarkus.mailer.port", "sto.smtp.host", "sto.smtp.port");
            assertThat(config)
                    .containsEntry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + pgPort + "/sto")
                    .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + pgPort + "/sto")
                    .containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("quarkus.datasource.password", "postgres")
                    .containsEntry("kafka.bootstrap.servers", DevstackTestResource.kafka().bootstrapServers())
                    .containsEntry("sto.keycloak.url", DevstackTestResource.keycloakUrl())
                    .containsEntry("quarkus.mailer.host", "127.0.0.1")
                    .containsEntry("quarkus.mailer.port", String.valueOf(smtpPort))
                    .containsEntry("sto.smtp.host", "127.0.0.1")
                    .containsEntry("sto.smtp.port", String.valueOf(smtpPort));

            try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(FreePorts.accepting(DevstackTestResource.kafka().port())).isTrue();
            assertThat(FreePorts.accepting(smtpPort)).isTrue();
            assertThat(KeycloakProcess.realmsAnswer(config.get("sto.keycloak.url"))).isTrue();
        } finally {
            resource.stop();
        }
        assertThatThrownBy(DevstackTestResource::kafka).isInstanceOf(IllegalStateException.class);
    }
}
