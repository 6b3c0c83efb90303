package nl.sto.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in this JVM. Every recipient gets a mailbox on first delivery and any
 * credentials are accepted, so a mailer needs no account set up. Tests read what arrived through
 * {@link #greenMail()}.
 */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    private SmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts SMTP on 127.0.0.1:smtpPort, or on a free port when {@code smtpPort} is 0. */
    public static SmtpServer start(int smtpPort) {
        // GreenMail needs a concrete port in its setup to report it back, so 0 is resolved here.
        int port = FreePorts.orFree(smtpPort);
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new SmtpServer(greenMail, port);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
