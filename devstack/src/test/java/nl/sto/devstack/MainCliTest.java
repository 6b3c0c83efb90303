package nl.sto.devstack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local-run CLI as the {@code sto} script uses it: a process per component, READY line, SIGTERM to stop. */
class MainCliTest {

    @Test
    void postgresCreatesTheDatabasesAndStopsOnSigterm() throws Exception {
        int port = FreePorts.free();
        Path data = DevstackDirs.newRunDir("cli-pg");
        try {
            Cli cli = Cli.start("postgres", "--port", String.valueOf(port), "--data", data.resolve("pg").toString(),
                    "--databases", "regions,reports,monitor,notification");
            cli.awaitReady("READY postgres 127.0.0.1:" + port);
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
                 ResultSet rs = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_database WHERE datname IN ('regions','reports','monitor','notification')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            cli.stop();
            assertThat(FreePorts.accepting(port)).isFalse();
        } finally {
            DevstackDirs.deleteQuietly(data);
        }
    }

    @Test
    void smtpRunsGreenMailStandaloneWithItsRestApi() throws Exception {
        int smtpPort = FreePorts.free();
        int apiPort = FreePorts.free();
        Cli cli = Cli.start("smtp", "--port", String.valueOf(smtpPort), "--api-port", String.valueOf(apiPort));
        List<ProcessHandle> children = new ArrayList<>();
        try {
            cli.awaitReady("READY smtp 127.0.0.1:" + smtpPort);
            children.addAll(cli.process.descendants().toList());

            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtpPort));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("noreply@sto.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("biz-r01@business.sto.example"));
            message.setSubject("Nieuwe regeling");
            message.setText("Er is een nieuwe regeling.");
            Transport.send(message);

            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(10)).until(() -> http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + apiPort + "/api/user/biz-r01@business.sto.example/messages/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("Nieuwe regeling"));
        } finally {
            cli.stop();
        }
        assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(FreePorts.accepting(smtpPort)).isFalse();
    }

    /** A CLI process on this test's class path whose stdout lines are collected. */
    private static final class Cli {
        private final Process process;
        private final List<String> stdout = new CopyOnWriteArrayList<>();

        private Cli(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(stdout::add);
                } catch (Exception e) {
                    // process gone
                }
            }, "cli-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        static Cli start(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(ChildProcesses.javaBinary(), "-Xmx256m",
                    "-Dsto.devstack.dir=" + DevstackDirs.base(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Path log = DevstackDirs.base().resolve("cli-test-" + args[0] + ".log");
            return new Cli(new ProcessBuilder(command).redirectError(log.toFile()).start());
        }

        void awaitReady(String line) {
            await().atMost(Duration.ofSeconds(90))
                    .failFast("CLI exited", () -> !process.isAlive())
                    .until(() -> stdout.contains(line));
        }

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM, as the sto script sends it
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
