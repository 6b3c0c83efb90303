package nl.sto.monitor.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may go to: public ones, and 127.0.0.1 and ::1 only where loopback is allowed. */
class WebhookAddressesTest {

    private final TargetAddresses production = new TargetAddresses(false);
    private final TargetAddresses local = new TargetAddresses(true);

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "127.1.2.3, loopback", "::1, loopback", "::ffff:127.0.0.1, loopback",
        "::127.0.0.1, loopback",
        "169.254.169.254, link-local", "169.254.1.1, link-local", "fe80::1, link-local",
        "10.0.0.5, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.10, private",
        "fc00::1, private", "fd12:3456::1, private",
        "100.64.0.1, shared", "100.127.255.254, shared",
        "0.0.0.0, any-local", "::, any-local", "0.1.2.3, any-local",
        "224.0.0.1, multicast", "ff02::1, multicast"})
    void addressesOutsideThePublicInternetAreRefused(String address, String kind) {
        assertThat(production.refusal(ip(address))).hasValueSatisfying(why -> assertThat(why).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111",
        "11.0.0.1"})
    void publicAddressesAreAllowed(String address) {
        assertThat(production.refusal(ip(address))).isEmpty();
        assertThat(local.refusal(ip(address))).isEmpty();
    }

    @Test
    void loopbackAllowedMeans127001AndColonColon1Only() {
        assertThat(local.refusal(ip("127.0.0.1"))).isEmpty();
        assertThat(local.refusal(ip("::1"))).isEmpty();
        assertThat(local.refusal(ip("127.0.0.2"))).isPresent();
        assertThat(local.refusal(ip("10.0.0.1"))).isPresent();
        assertThat(local.refusal(ip("169.254.169.254"))).isPresent();
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIs() {
        TargetAddresses.Resolved mixed = production.check(List.of(ip("93.184.216.34"), ip("10.1.1.1")));
        assertThat(mixed.allowed()).isFalse();
        assertThat(mixed.refusal()).contains("10.1.1.1").contains("private");
        assertThat(production.check(List.of(ip("93.184.216.34"))).address()).isEqualTo(ip("93.184.216.34"));
        assertThat(production.check(List.of()).allowed()).isFalse();
    }

    @Test
    void urlsMustBeHttpOrHttpsWithAHostAndNoCredentials() {
        assertThat(SubscriberUrls.formProblem("https://receiver.example.org/hook?x=1")).isEmpty();
        assertThat(SubscriberUrls.formProblem("http://[::1]:8080/")).isEmpty();
        assertThat(SubscriberUrls.formProblem("ftp://example.org/")).hasValueSatisfying(p -> assertThat(p)
                .contains("http or https"));
        assertThat(SubscriberUrls.formProblem("file:///etc/passwd")).isPresent();
        assertThat(SubscriberUrls.formProblem("gopher://127.0.0.1:6379/_")).isPresent();
        assertThat(SubscriberUrls.formProblem("https:///no-host")).isPresent();
        assertThat(SubscriberUrls.formProblem("https://user:pw@example.org/")).isPresent();
        assertThat(SubscriberUrls.formProblem("not a url")).isPresent();
        assertThat(SubscriberUrls.formProblem("http://example.org:70000/")).isPresent();
        assertThat(SubscriberUrls.formProblem("http://example.org:0/")).isPresent();
        assertThat(SubscriberUrls.formProblem("")).isPresent();
        assertThat(SubscriberUrls.formProblem("https://example.org/" + "a".repeat(2000))).isPresent();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
