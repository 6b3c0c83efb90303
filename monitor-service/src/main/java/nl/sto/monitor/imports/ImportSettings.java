package nl.sto.monitor.imports;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How imports run; every value has a default. */
@ConfigMapping(prefix = "sto.imports")
public interface ImportSettings {

    /** The folder with the shipped open-data files ({@code duo/...}, {@code pc4-population-2023.csv}). */
    @WithName("data-dir")
    @WithDefault("${sto.data.dir}")
    Path dataDir();

    /** Where an uploaded file waits for its import. */
    @WithName("work-dir")
    @WithDefault("${java.io.tmpdir}/sto-monitor-imports")
    Path workDir();

    /** Rows between two progress updates. */
    @WithName("progress-every")
    @WithDefault("2000")
    int progressEvery();

    /** How many rejected rows a run keeps with their line and reason (all are counted). */
    @WithName("kept-rejections")
    @WithDefault("1000")
    int keptRejections();
}
