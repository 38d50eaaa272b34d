package dev.kairos.engine.journal;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run is: enough to reproduce it. Holds no wall-clock time, so the same inputs give the same
 * journal hash.
 *
 * @param kairosVersion version of the code that ran
 * @param strategy      strategy name
 * @param params        strategy parameters as given (sorted by key)
 * @param seed          seed of every random source in the run
 * @param config        the effective configuration, as sorted key → value text
 * @param data          every input data file with its SHA-256
 */
public record RunManifest(String kairosVersion, String strategy, SortedMap<String, String> params, long seed,
                          SortedMap<String, String> config, List<DataFile> data) {
    public RunManifest {
        if (kairosVersion == null || strategy == null || params == null || config == null || data == null) {
            throw new IllegalArgumentException("manifest fields must not be null");
        }
        params = new TreeMap<>(params);
        config = new TreeMap<>(config);
        data = List.copyOf(data);
    }

    /**
     * One input file.
     *
     * @param path     as given by the user
     * @param sha256   lowercase hex SHA-256 of the file's bytes
     * @param rows     data rows accepted
     */
    public record DataFile(String path, String instrument, String sha256, long rows) {
    }
}
