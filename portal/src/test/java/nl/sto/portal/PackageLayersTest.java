package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's layers: one package per feature, which may use the shared page tools ({@code web}), the service
 * clients ({@code client}), {@code format}, {@code security} and the root package, but never another feature; and
 * none of those shared packages uses a feature. Read from the sources, so an import, a static import or a fully
 * qualified name (in code or in a {@code {@link}}) all count.
 */
class PackageLayersTest {

    private static final Set<String> FEATURES = Set.of("regions", "reports", "regulations", "deadlines", "notifications",
            "monitor");

    private static final Path SOURCES = Path.of("src/main/java/nl/sto/portal");
    private static final Pattern REFERENCE = Pattern.compile("\\bnl\\.sto\\.portal\\.(\\w+)[\\w.]*");

    @Test
    void noFeatureUsesAnotherFeatureAndNoSharedPackageUsesAFeature() {
        assertThat(SOURCES.resolve("regions")).as("the portal's sources, from the module's directory").isDirectory();

        List<String> violations = violations(SOURCES);

        assertThat(violations).withFailMessage("These files reach into a feature package that is not their own "
                + "(file -> reference):%n%s", String.join("\n", violations)).isEmpty();
    }

    @Test
    void namesEachFileThatReachesIntoAnotherFeature(@TempDir Path root) throws IOException {
        write(root, "regions/RegionPage.java", "package nl.sto.portal.regions;\n\n"
                + "import nl.sto.portal.reports.RegionObligations;\nimport nl.sto.portal.web.Outcome;\n");
        write(root, "reports/ReportPage.java", "package nl.sto.portal.reports;\n\n"
                + "/** Like {@link nl.sto.portal.regions.RegionPage}. */\nclass ReportPage {\n}\n");
        write(root, "web/Forms.java", "package nl.sto.portal.web;\n\n"
                + "import static nl.sto.portal.regulations.RegulationAccess.of;\n");
        write(root, "client/reports/ReportsClient.java", "package nl.sto.portal.client.reports;\n\n"
                + "import nl.sto.portal.client.ProblemException;\n");
        write(root, "regions/admin/AdminPage.java", "package nl.sto.portal.regions.admin;\n\n"
                + "import nl.sto.portal.regions.RegionPage;\nimport nl.sto.portal.client.regions.RegionsClient;\n");

        assertThat(violations(root)).containsExactly(
                "regions/RegionPage.java -> nl.sto.portal.reports.RegionObligations",
                "reports/ReportPage.java -> nl.sto.portal.regions.RegionPage",
                "web/Forms.java -> nl.sto.portal.regulations.RegulationAccess.of");
    }

    /** Every reference from a file to a feature package it may not use, as {@code file -> reference}, sorted. */
    private static List<String> violations(Path root) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                Path relative = root.relativize(file);
                String own = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                Matcher reference = REFERENCE.matcher(read(file));
                while (reference.find()) {
                    String used = reference.group(1);
                    if (FEATURES.contains(used) && !used.equals(own)) {
                        found.add(relative.toString().replace('\\', '/') + " -> " + reference.group());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
