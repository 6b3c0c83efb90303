package nl.sto.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the project checkout and the Keycloak distribution the devstack build unpacked into it. */
final class ProjectRoot {

    /** Set by the parent pom's Surefire/Failsafe configuration. */
    static final String ROOT_PROPERTY = "sto.root";
    /** Overrides the Keycloak distribution folder (the one holding {@code bin/kc.sh}). */
    static final String KEYCLOAK_HOME_PROPERTY = "sto.keycloak.home";

    private ProjectRoot() {
    }

    /**
     * The folder holding {@code devstack/pom.xml}, searched upwards from {@code sto.root}, the working
     * directory and the devstack's own classes or jar ({@code sto.root} may point at a module when Maven runs
     * inside one; the CLI may be started from anywhere).
     */
    static Path locate() {
        List<Path> starts = new ArrayList<>();
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            starts.add(Path.of(configured).toAbsolutePath());
        }
        starts.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path dir = start.normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("devstack/pom.xml"))) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("Cannot find the project root (a folder with devstack/pom.xml) from "
                + starts + "; set -D" + ROOT_PROPERTY + "=<checkout>");
    }

    /** {@code devstack/target/keycloak/keycloak-<version>}, unpacked by the devstack build. */
    static Path keycloakHome() {
        String configured = System.getProperty(KEYCLOAK_HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return requireKcSh(Path.of(configured));
        }
        Path unpacked = locate().resolve("devstack/target/keycloak");
        if (Files.isDirectory(unpacked)) {
            try (Stream<Path> dirs = Files.list(unpacked)) {
                Path home = dirs.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh"))).sorted().reduce((a, b) -> b)
                        .orElse(null);
                if (home != null) {
                    return home.toAbsolutePath();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No Keycloak distribution under " + unpacked
                + ": build the devstack first (mvn -pl devstack -am install), or set -D" + KEYCLOAK_HOME_PROPERTY);
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(ProjectRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Path requireKcSh(Path home) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Not a Keycloak distribution (no bin/kc.sh): " + home);
        }
        return home.toAbsolutePath().normalize();
    }
}
