package nl.sto.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The GreenMail standalone server (SMTP plus its REST API and web view) as a child process, for the local run.
 * It runs as its own jar because it is a shaded jar with its own Log4j, Jackson and Jersey, which must not
 * share a class path with the devstack's libraries. The build copies it to
 * {@code target/greenmail/greenmail-standalone.jar}. REST API: {@code GET /api/user/<address>/messages/},
 * {@code POST /api/mail/purge}; the web view is served at the API port's root.
 */
final class GreenMailStandalone implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;

    private GreenMailStandalone(Process process) {
        this.process = process;
    }

    /** Starts SMTP on 127.0.0.1:smtpPort and the API on 127.0.0.1:apiPort, output shared with this process. */
    static GreenMailStandalone start(int smtpPort, int apiPort, Duration timeout) {
        Path jar = locateJar();
        List<String> command = List.of(ChildProcesses.javaBinary(),
                "-Xms16m", "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                // Any login works, and mailboxes appear on first delivery: the mailer needs no accounts.
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toString());
        try {
            GreenMailStandalone greenMail = new GreenMailStandalone(
                    new ProcessBuilder(ChildProcesses.guarded(command)).inheritIO().start());
            greenMail.awaitReady(smtpPort, apiPort, timeout);
            return greenMail;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        ChildProcesses.stopTree(process, Duration.ofSeconds(10));
    }

    private void awaitReady(int smtpPort, int apiPort, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("GreenMail exited with code " + process.exitValue() + "; see its output above");
            }
            if (FreePorts.accepting(smtpPort) && apiAnswers(apiPort)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("GreenMail did not start on SMTP " + smtpPort + " / API " + apiPort);
    }

    private static boolean apiAnswers(int apiPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/configuration"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Next to the devstack classes: {@code target/greenmail/} beside {@code target/devstack.jar} or {@code target/classes}. */
    private static Path locateJar() {
        try {
            Path codeSource = Path.of(GreenMailStandalone.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = codeSource.getParent().resolve("greenmail/greenmail-standalone.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + ": build the devstack (mvn -pl devstack -am install)");
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
