package nl.sto.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in this JVM. Every recipient gets a mailbox on first delivery and any
 * credentials are accepted, so a mailer needs no account set up. Tests read what arrived through
 * {@link #greenMail()}, and stop and restart it to see what an outage does.
 */
public final class SmtpServer implements AutoCloseable {

    private final ServerSetup setup;
    private final int port;
    private GreenMail greenMail;

    private SmtpServer(ServerSetup setup, int port) {
        this.setup = setup;
        this.port = port;
    }

    /** Starts SMTP on 127.0.0.1:smtpPort, or on a free port when {@code smtpPort} is 0. */
    public static SmtpServer start(int smtpPort) {
        // GreenMail needs a concrete port in its setup to report it back, so 0 is resolved here.
        int port = FreePorts.orFree(smtpPort);
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        SmtpServer server = new SmtpServer(setup, port);
        server.restart();
        return server;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public synchronized GreenMail greenMail() {
        return greenMail;
    }

    /** Stops accepting connections (and drops the open ones), as a mail server that went away. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Starts again on the same port, with empty mailboxes. */
    public synchronized void restart() {
        stop();
        greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    @Override
    public void close() {
        stop();
    }
}
