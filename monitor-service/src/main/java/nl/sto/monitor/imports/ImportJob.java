package nl.sto.monitor.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.sto.common.duo.DuoCsv;
import nl.sto.monitor.imports.ImportRun.Rejection;
import nl.sto.monitor.imports.RowMapping.RejectedRow;

/**
 * One import: reads the file as a stream, loads the rows it accepts in bulk into a staging table, merges them into
 * place, brings what is derived from them up to date (the reach of technical education) and records the run's end,
 * all in one transaction, so that the indicators see the whole file or none of it.
 * Its progress is written every so many rows on a connection of its own.
 */
final class ImportJob {

    private final DataSource db;
    private final ImportRepository runs;
    private final ImportSettings settings;
    private final Clock clock;

    ImportJob(DataSource db, ImportRepository runs, ImportSettings settings, Clock clock) {
        this.db = db;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    void run(UUID id, Path file, RowMapping mapping) throws IOException, SQLException {
        try (DuoCsv csv = DuoCsv.open(file); Connection tx = db.getConnection(); Connection own = db.getConnection()) {
            tx.setAutoCommit(false);
            try (Statement sql = tx.createStatement()) {
                sql.execute(mapping.createStage());
                Loaded loaded = load(id, csv, tx, own, mapping);
                for (String merge : mapping.merge()) {
                    sql.execute(merge);
                }
                if (mapping.reach().changed()) {
                    ReachTable.refresh(tx, mapping.reach().schoolYear());
                }
                runs.finish(tx, id, loaded.counts(), loaded.rejections(), OffsetDateTime.now(clock));
                tx.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
    }

    private record Loaded(ImportCounts counts, List<Rejection> rejections) {
    }

    private Loaded load(UUID id, DuoCsv csv, Connection tx, Connection own, RowMapping mapping)
            throws IOException, SQLException {
        long read = 0;
        long accepted = 0;
        List<Rejection> rejections = new ArrayList<>();
        long rejected = 0;
        try (CopyStream copy = new CopyStream(tx, mapping.copyTarget())) {
            for (DuoCsv.Record record = csv.next(); record != null; record = csv.next()) {
                read++;
                try {
                    List<List<String>> rows = mapping.convert(record);
                    for (List<String> row : rows) {
                        copy.write(row);
                    }
                    accepted++;
                } catch (RejectedRow e) {
                    rejected++;
                    if (rejections.size() < settings.keptRejections()) {
                        rejections.add(new Rejection(record.line(), e.getMessage()));
                    }
                }
                if (read % settings.progressEvery() == 0) {
                    runs.progress(own, id, new ImportCounts(read, accepted, rejected));
                }
            }
            copy.finish();
        }
        return new Loaded(new ImportCounts(read, accepted, rejected), rejections);
    }
}
