package nl.sto.monitor.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.duo.DuoCsv;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;

import org.jboss.logging.Logger;

/**
 * Starts imports: checks a file's columns and school year before anything is recorded (a wrong file is a 400 at
 * once), records the run, and imports it in the background, one file after another, while the run shows its
 * progress. A file whose fingerprint matches the last import of its kind and school year is recorded as
 * {@code unchanged} and not read again.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    private final ImportRepository runs;
    private final ImportSettings settings;
    private final Clock clock;
    private final ImportJob job;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> new Thread(r, "monitor-import"));

    public ImportService(DataSource db, ImportRepository runs, ImportSettings settings, Clock clock) {
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.job = new ImportJob(db, runs, settings, clock);
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
    }

    /**
     * An uploaded file: kept until its import is done (the upload itself goes when the request ends). The school year
     * is the one given, or else the year its name ends with (a DUO student file of 2019 counts on 1 October 2019:
     * school year 2019-2020).
     */
    public ImportRun upload(Path upload, String fileName, String schoolYear, String by) {
        Inspected file = inspect(upload, fileName, schoolYear);
        return start(file, by, id -> {
            try {
                Files.createDirectories(settings.workDir());
                Path kept = settings.workDir().resolve(id + ".csv");
                Files.copy(upload, kept, StandardCopyOption.REPLACE_EXISTING);
                return new Source(kept, true);
            } catch (IOException e) {
                throw new UncheckedIOException("The upload could not be kept for its import", e);
            }
        });
    }

    /** Every file of the shipped open data that the monitor knows how to import, each as its own run. */
    public List<ImportRun> shipped(String by) {
        List<ImportRun> started = new ArrayList<>();
        for (Path file : ShippedFiles.in(settings.dataDir())) {
            started.add(start(inspect(file, file.getFileName().toString(), null), by, id -> new Source(file, false)));
        }
        return started;
    }

    public List<ImportRun> latest(int limit) {
        return runs.latest(limit);
    }

    public ImportRun find(UUID id) {
        return runs.find(id, 100).orElseThrow(() -> ProblemException.notFound("There is no import " + id));
    }

    private record Inspected(Path file, String fileName, DuoFileKind kind, RowMapping mapping, String schoolYear,
            FileFacts facts) {
    }

    private record Source(Path file, boolean removeAfter) {
    }

    private interface SourceFor {
        Source of(UUID runId);
    }

    private ImportRun start(Inspected file, String by, SourceFor source) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean unchanged = runs.lastImported(file.kind(), file.schoolYear())
                .filter(file.facts().sha256()::equals).isPresent();
        String status = unchanged ? ImportRun.UNCHANGED : ImportRun.RUNNING;
        runs.create(id, file.kind(), file.fileName(), file.schoolYear(), file.facts().sha256(), status,
                file.facts().bytes(), file.facts().lines(), by, now);
        if (!unchanged) {
            Source kept = source.of(id);
            queue.submit(() -> importNow(id, kept, file.mapping(), file.fileName()));
        }
        return find(id);
    }

    private void importNow(UUID id, Source source, RowMapping mapping, String fileName) {
        try {
            job.run(id, source.file(), mapping);
            LOG.infof("Imported %s (import %s)", fileName, id);
        } catch (Exception e) {
            LOG.errorf(e, "Import %s of %s failed", id, fileName);
            runs.fail(id, e.getMessage(), OffsetDateTime.now(clock));
        } finally {
            if (source.removeAfter()) {
                try {
                    Files.deleteIfExists(source.file());
                } catch (IOException e) {
                    LOG.warnf("The uploaded file %s could not be removed: %s", source.file(), e.getMessage());
                }
            }
        }
    }

    /** The file's kind (from its header), its school year and its facts; 400 for a file the monitor cannot use. */
    private static Inspected inspect(Path file, String fileName, String schoolYear) {
        try (DuoCsv csv = DuoCsv.open(file)) {
            List<String> header = csv.header();
            DuoFileKind kind = DuoFileKind.of(header).orElseThrow(() -> ProblemException.badRequest("file",
                    "the columns are not those of a file the monitor imports. Expected, for "
                            + expectations(header) + "; found: " + String.join(", ", header)));
            return inspected(file, fileName, kind, header, schoolYear);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
    }

    /**
     * How the file's rows are read, and the school year(s) it counts: one school year given or named for a file of
     * one year, the span of its column groups for an exam file ({@code 2014-2019}), none for the state of a moment.
     */
    private static Inspected inspected(Path file, String fileName, DuoFileKind kind, List<String> header,
            String schoolYear) throws IOException {
        String year = kind.schoolYears() == DuoFileKind.SchoolYears.GIVEN ? schoolYear(schoolYear, fileName) : null;
        RowMapping mapping = switch (kind) {
            case STUDENTS -> new StudentRows(header, year);
            case LOCATIONS -> new LocationRows(header);
            case COORDINATES -> new PositionRows(header);
            case POPULATION -> new PopulationRows(header);
            case FLOW_THROUGH -> new FlowThroughRows(header, year);
            case EXAMS -> new ExamRows(header);
        };
        if (mapping instanceof ExamRows exams) {
            year = exams.span();
        }
        return new Inspected(file, fileName, kind, mapping, year, FileFacts.of(file));
    }

    private static String expectations(List<String> header) {
        List<String> kinds = new ArrayList<>();
        for (DuoFileKind kind : DuoFileKind.values()) {
            kinds.add(kind.value() + ": " + String.join(", ", kind.columns().stream()
                    .map(names -> String.join(" or ", names)).toList())
                    + " (missing: " + String.join(", ", kind.missing(header)) + ")");
        }
        return String.join("; for ", kinds);
    }

    /** The school year given, or the one the file's name says; 400 naming {@code schoolYear} when neither does. */
    static String schoolYear(String given, String fileName) {
        if (given != null && !given.isBlank()) {
            Matcher year = SCHOOL_YEAR.matcher(given.strip());
            if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
                throw ProblemException.badRequest("schoolYear", "must be two consecutive years, like 2019-2020");
            }
            return given.strip();
        }
        Optional<String> named = YEAR_IN_NAME.matcher(fileName).results().reduce((first, second) -> second)
                .map(m -> m.group(1) + "-" + (Integer.parseInt(m.group(1)) + 1));
        return named.orElseThrow(() -> ProblemException.badRequest("schoolYear", FieldErrorCode.REQUIRED,
                "is required: the file's name "
                + "does not say which school year it counts (give it as 2019-2020)"));
    }
}
