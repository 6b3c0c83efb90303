package nl.sto.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every message bundle has its English texts in {@code messages/<bundle>_en.properties}, one per method. Quarkus fails
 * the build on a key that is no method of the bundle, but silently shows the Dutch text for a method the file lacks;
 * this test catches that, and a key given twice (Quarkus keeps the first). The file is read as Quarkus reads it: UTF-8,
 * {@code #} comments, the key before the first {@code =}, a trailing backslash continuing the value on the next line.
 */
class EnglishMessageFilesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyMethodOfEveryBundleHasOneEnglishTextAndNoKeyIsUnknown() {
        List<Class<?>> bundles = bundleInterfaces();
        assertThat(bundles).extracting(bundle -> bundle.getAnnotation(MessageBundle.class).value())
                .as("the portal's message bundles, found in its sources")
                .containsExactlyInAnyOrder("msg", "web", "ntf", "mon", "reg", "rgl", "rep");

        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            String file = "messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_en.properties";
            Set<String> methods = new TreeSet<>();
            Arrays.stream(bundle.getDeclaredMethods())
                    .filter(method -> Modifier.isAbstract(method.getModifiers()))
                    .filter(method -> method.isAnnotationPresent(Message.class))
                    .map(Method::getName)
                    .forEach(methods::add);
            List<String> duplicates = new ArrayList<>();
            Map<String, String> texts = read(file, duplicates);

            duplicates.forEach(key -> problems.add(file + ": " + key + " is given more than once"));
            methods.stream().filter(name -> !texts.containsKey(name))
                    .forEach(name -> problems.add(file + ": no English text for " + name + " (shows the Dutch one)"));
            texts.keySet().stream().filter(key -> !methods.contains(key))
                    .forEach(key -> problems.add(file + ": " + key + " is no method of " + bundle.getSimpleName()));
            texts.forEach((key, text) -> {
                if (text.isBlank()) {
                    problems.add(file + ": the English text of " + key + " is empty");
                }
            });
        }

        assertThat(problems).withFailMessage("The English message files do not match their bundles:%n%s",
                String.join("\n", problems)).isEmpty();
    }

    /** The interfaces annotated {@code @MessageBundle}, from the sources, so that a new bundle is checked too. */
    private static List<Class<?>> bundleInterfaces() {
        assertThat(SOURCES).as("the portal's sources, from the module's directory").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Class<?>> bundles = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@MessageBundle(")) {
                    String name = SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    bundles.add(Class.forName(name.substring(0, name.length() - ".java".length())));
                }
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Key to text, in the file's order; keys given again go to {@code duplicates}. */
    private static Map<String, String> read(String resource, List<String> duplicates) {
        List<String> lines;
        try (InputStream in = EnglishMessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            assertThat(equals).as(resource + ", line " + (i + 1) + " has no key=text: " + line).isPositive();
            String key = line.substring(0, equals).strip();
            StringBuilder text = new StringBuilder(line.substring(equals + 1).stripLeading());
            while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
                text.setLength(text.length() - 1);
                text.append(lines.get(++i).stripLeading());
            }
            if (texts.putIfAbsent(key, text.toString()) != null) {
                duplicates.add(key);
            }
        }
        return texts;
    }
}
