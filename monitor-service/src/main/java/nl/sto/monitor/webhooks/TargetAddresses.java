package nl.sto.monitor.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may be delivered to: public ones only. A subscriber URL that resolves to the service's own
 * host, the cloud's metadata service (169.254.169.254) or the private network behind the platform would let anyone
 * who may subscribe make the platform send requests there. With {@code allowLoopback} (local runs and tests)
 * 127.0.0.1 and ::1, and nothing else of the loopback range, are allowed too.
 */
public final class TargetAddresses {

    private final boolean allowLoopback;

    public TargetAddresses(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** The first of the host's addresses, when all of them may be delivered to; else why not. */
    public Resolved check(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Resolved.refused("its host has no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                return Resolved.refused("its host resolves to " + address.getHostAddress() + ", " + refusal.get()
                        + "; webhooks go to public addresses only");
            }
        }
        return new Resolved(addresses.get(0), null);
    }

    /** Where a delivery may go, or why it may not. */
    public record Resolved(InetAddress address, String refusal) {

        static Resolved refused(String why) {
            return new Resolved(null, why);
        }

        public boolean allowed() {
            return address != null;
        }
    }

    /** Why an address may not be delivered to, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress plain = embeddedIpv4(address);
        if (plain.isLoopbackAddress()) {
            return allowLoopback && isLocalhost(plain) ? Optional.empty() : Optional.of("a loopback address");
        }
        if (plain.isAnyLocalAddress() || plain instanceof Inet4Address && startsWith(plain, 0, 8)) {
            return Optional.of("an any-local address");
        }
        if (plain.isLinkLocalAddress()) {
            return Optional.of("a link-local address (such as the cloud metadata service)");
        }
        if (plain.isSiteLocalAddress() || plain instanceof Inet6Address && startsWith(plain, 0xfc, 7)) {
            return Optional.of("a private address");
        }
        if (plain instanceof Inet4Address && startsWith(plain, 100, 8) && (plain.getAddress()[1] & 0xc0) == 64) {
            return Optional.of("a shared (carrier-grade NAT) address");
        }
        if (plain.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    private static boolean isLocalhost(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? bytes[0] == 127 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 1
                : address.isLoopbackAddress();
    }

    /** Whether the address's first {@code bits} bits (at most 8) are those of {@code first}. */
    private static boolean startsWith(InetAddress address, int first, int bits) {
        int mask = (0xff << (8 - bits)) & 0xff;
        return (address.getAddress()[0] & mask) == (first & mask);
    }

    /**
     * The IPv4 address inside an IPv4-compatible IPv6 address ({@code ::127.0.0.1}), which some systems still route as
     * the IPv4 one; Java already turns IPv4-mapped ones ({@code ::ffff:127.0.0.1}) into IPv4 addresses.
     */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 12; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if (bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
