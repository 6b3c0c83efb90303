package nl.sto.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port helpers. Every component binds to 127.0.0.1 only. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port that was free a moment ago. Components whose address must be known before they start (Kafka's
     * advertised listener, Keycloak's hostname) need a concrete port instead of 0; the tiny race is acceptable.
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    static int orFree(int port) {
        return port == 0 ? free() : port;
    }

    /** True when something accepts TCP connections on 127.0.0.1:port. */
    static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
