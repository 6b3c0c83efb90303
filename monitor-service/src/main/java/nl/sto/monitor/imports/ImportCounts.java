package nl.sto.monitor.imports;

/** Rows of a file read so far, and how many of them were accepted and rejected. */
public record ImportCounts(long read, long accepted, long rejected) {
}
