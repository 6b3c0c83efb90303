package nl.sto.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./sto <command>} in the checkout, its output in the test's log. */
public final class StoCommand {

    /** The checkout: failsafe passes sto.root (the reactor's root); from the module directory it is "..". */
    public static final Path ROOT = Path.of(System.getProperty("sto.root", "..")).toAbsolutePath().normalize();

    /** ./sto up builds what is stale first; on two busy cores that takes minutes. */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private StoCommand() {
    }

    /** The exit code. */
    public static int run(String command) {
        try {
            Process process = new ProcessBuilder(ROOT.resolve("sto").toString(), command)
                    .directory(ROOT.toFile()).redirectErrorStream(true).start();
            Thread pump = new Thread(() -> copyLines(process, command), "sto-" + command + "-output");
            pump.start();
            if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                throw new AssertionError("./sto " + command + " did not finish within " + TIMEOUT);
            }
            pump.join();
            return process.exitValue();
        } catch (IOException e) {
            throw new AssertionError("Cannot run ./sto " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running ./sto " + command, e);
        }
    }

    private static void copyLines(Process process, String command) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[sto " + command + "] " + line);
            }
        } catch (IOException e) {
            System.out.println("[sto " + command + "] output lost: " + e);
        }
    }
}
