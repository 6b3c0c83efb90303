package nl.sto.platform.portal;

import nl.sto.platform.StoCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform as {@code ./sto up} runs it, shared by every test class of the module run (they all meet the same
 * demo users and regions). Before each class it makes sure the platform is up - {@code ./sto up} starts only what
 * is not running, so this is cheap when it is, and it also brings the platform back after a class such as
 * PlatformSmokeIT that ends with {@code ./sto down}. When the module's tests are over, {@code ./sto down} stops it
 * again, but only if these tests started it: a platform someone had running beforehand is left running.
 */
public final class RunningPlatform implements BeforeAllCallback {

    static final String PORTAL = "http://127.0.0.1:8080";
    static final String REGIONS = "http://127.0.0.1:8081";
    static final String NOTIFICATIONS = "http://127.0.0.1:8084";
    static final String KEYCLOAK = "http://127.0.0.1:8180";

    private static final List<String> READINESS = List.of(PORTAL + "/q/health/ready", REGIONS + "/q/health/ready",
            KEYCLOAK + "/realms/sto-schools/.well-known/openid-configuration");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String STOP_AT_THE_END = RunningPlatform.class.getName() + ".down";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isUp()) {
            return;
        }
        assertThat(StoCommand.run("up")).as("exit code of ./sto up").isZero();
        // The root store closes its resources once, after the last test class of this JVM.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(STOP_AT_THE_END, key -> new Down(), Down.class);
    }

    private static boolean isUp() {
        return READINESS.stream().allMatch(RunningPlatform::answers200);
    }

    private static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code ./sto down} when the JVM's tests are done (JUnit closes the root store's AutoCloseables last); safe
     * when PlatformSmokeIT already stopped everything.
     */
    private static final class Down implements AutoCloseable {
        @Override
        public void close() {
            StoCommand.run("down");
        }
    }
}
