package nl.sto.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts connections and never answers, as one that hangs: taken in the place of the SMTP
 * server while that one is stopped. Closing it drops the connections it holds.
 */
final class SilentMailServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentMailServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::acceptForever, "silent-mail-server");
        acceptor.setDaemon(true);
    }

    static SilentMailServer on(String host, int port) throws IOException {
        SilentMailServer server = new SilentMailServer(new ServerSocket(port, 50, InetAddress.getByName(host)));
        server.acceptor.start();
        return server;
    }

    private void acceptForever() {
        try {
            while (!socket.isClosed()) {
                held.add(socket.accept());
            }
        } catch (IOException closed) {
            // closing the server ends the wait for the next connection
        }
    }

    @Override
    public void close() throws Exception {
        socket.close();
        acceptor.join();
        for (Socket connection : held) {
            connection.close();
        }
    }
}
