package nl.sto.monitor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.sto.commontest.Tokens;

/** Uploads files to the monitor's import API as the monitor team does, and follows the runs to their end. */
public final class Imports {

    /** Columns of the DUO student file as released for 2016 and 2017 (with LWOO, vestiging without zeros). */
    public static final String OLD_STUDENT_HEADER = "BRIN NUMMER;VESTIGINGSNUMMER;INSTELLINGSNAAM VESTIGING;"
            + "PLAATSNAAM VESTIGING;PROVINCIE VESTIGING;ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR;LWOO INDICATIE;"
            + "VMBO SECTOR;AFDELING;ELEMENTCODE;OPLEIDINGSNAAM;"
            + "LEER- OF VERBLIJFSJAAR 1 - MAN;LEER- OF VERBLIJFSJAAR 1 - VROUW;"
            + "LEER- OF VERBLIJFSJAAR 2 - MAN;LEER- OF VERBLIJFSJAAR 2 - VROUW;"
            + "LEER- OF VERBLIJFSJAAR 3 - MAN;LEER- OF VERBLIJFSJAAR 3 - VROUW;"
            + "LEER- OF VERBLIJFSJAAR 4 - MAN;LEER- OF VERBLIJFSJAAR 4 - VROUW;"
            + "LEER- OF VERBLIJFSJAAR 5 - MAN;LEER- OF VERBLIJFSJAAR 5 - VROUW;"
            + "LEER- OF VERBLIJFSJAAR 6 - MAN;LEER- OF VERBLIJFSJAAR 6 - VROUW";

    public static final Path SHIPPED = Path.of("../../shared/data");

    private Imports() {
    }

    /** A student row: location, education type, sector, profile, element code and the year-3 men and women. */
    public static String studentRow(String brin, String vestiging, String educationType, String sector,
            String profile, String elementCode, String year3Men, String year3Women) {
        return String.join(";", brin, vestiging, "School " + brin, "ERGENS", "Utrecht", educationType, "N", sector,
                profile, elementCode, "Opleiding " + elementCode, "0", "0", "0", "0", year3Men, year3Women, "0", "0",
                "0", "0", "0", "0");
    }

    public static Path write(Path dir, String name, List<String> lines, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", charset);
        return file;
    }

    public static Response upload(String token, Path file, String schoolYear) {
        RequestSpecification request = given().auth().oauth2(token).multiPart("file", file.toFile(), "text/csv");
        if (schoolYear != null) {
            request = request.multiPart("schoolYear", schoolYear);
        }
        return request.post("/api/imports");
    }

    /** Until no import runs: a file being imported cannot be started again (409). */
    public static void awaitNoneRunning() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(Tokens.monitor()).get("/api/imports").then().statusCode(200)
                        .extract().jsonPath().getList("status").stream().noneMatch("running"::equals));
    }

    /** The run once it is no longer running. */
    public static JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(Tokens.monitor()).get("/api/imports/" + id).then().statusCode(200)
                        .extract().jsonPath(), run -> !"running".equals(run.getString("status")));
    }
}
