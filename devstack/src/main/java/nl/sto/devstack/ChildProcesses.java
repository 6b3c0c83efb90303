package nl.sto.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting and stopping child processes (Keycloak, the GreenMail standalone jar) without leaving orphans. */
final class ChildProcesses {

    /**
     * Runs the command under a small bash watchdog that stops it (SIGTERM) when this JVM disappears without
     * running its shutdown hooks (kill -9, a crashed Surefire fork), so no Keycloak outlives its owner.
     */
    private static final String GUARD = """
            parent=$1; shift
            "$@" &
            child=$!
            trap 'kill -TERM $child 2>/dev/null; wait $child; exit 143' TERM INT
            while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1 & wait $!; done
            kill -TERM $child 2>/dev/null
            wait $child
            """;

    private ChildProcesses() {
    }

    static List<String> guarded(List<String> command) {
        List<String> guarded = new ArrayList<>(List.of("bash", "-c", GUARD, "devstack-guard",
                String.valueOf(ProcessHandle.current().pid())));
        guarded.addAll(command);
        return guarded;
    }

    /** SIGTERM to the process and all its descendants, then SIGKILL for whatever is left after the grace time. */
    static void stopTree(Process process, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // timed out: forced below
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The last lines of a log file, for error messages that explain why a child did not come up. */
    static String tail(Path logFile, int lines) {
        if (logFile == null || !Files.exists(logFile)) {
            return "(no log)";
        }
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    /** The java binary of this JVM, so children run on the same JDK. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
