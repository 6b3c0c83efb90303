package nl.sto.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the devstack writes its scratch files. Zonky, Kafka and Keycloak would otherwise all write under
 * {@code java.io.tmpdir}, where parallel runs (two modules tested at once, a local run next to a test run)
 * trip over each other; a per-run folder under the module's {@code target/} keeps them apart and is removed
 * by {@code mvn clean}.
 */
final class DevstackDirs {

    /** Overrides the base folder, e.g. for a run started outside a Maven module. */
    static final String BASE_DIR_PROPERTY = "sto.devstack.dir";

    private static final AtomicInteger RUN_COUNTER = new AtomicInteger();

    private DevstackDirs() {
    }

    /**
     * {@code sto.devstack.dir} if set; else {@code ./target/devstack} when the working directory is a Maven
     * module (as under Surefire); else a folder under {@code java.io.tmpdir}.
     */
    static Path base() {
        String configured = System.getProperty(BASE_DIR_PROPERTY);
        Path base;
        if (configured != null && !configured.isBlank()) {
            base = Path.of(configured);
        } else if (Files.isDirectory(Path.of("target")) || Files.isRegularFile(Path.of("pom.xml"))) {
            base = Path.of("target", "devstack");
        } else {
            base = Path.of(System.getProperty("java.io.tmpdir"), "sto-devstack");
        }
        return createDirectories(base.toAbsolutePath().normalize());
    }

    /** A fresh folder for one component of one run; the owner deletes it on close. */
    static Path newRunDir(String component) {
        String name = "run-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-"
                + RUN_COUNTER.incrementAndGet() + "-" + component;
        return createDirectories(base().resolve(name));
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    /**
     * Best-effort recursive delete: a leftover scratch folder must not fail a test run. A server that has just
     * stopped may still write its last files (PostgreSQL's statistics at shutdown), so it tries a few times.
     */
    static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 10 && dir != null && Files.exists(dir); attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            deleteTree(dir);
        }
        if (dir != null && Files.exists(dir)) {
            java.util.logging.Logger.getLogger(DevstackDirs.class.getName()).fine(() -> "Could not delete " + dir);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    deleteIgnoringErrors(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) {
                    deleteIgnoringErrors(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // retried by the caller
        }
    }

    private static void deleteIgnoringErrors(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // e.g. a directory that got a new file meanwhile: the next attempt takes it
        }
    }
}
