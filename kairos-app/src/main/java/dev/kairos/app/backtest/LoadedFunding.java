package dev.kairos.app.backtest;

import dev.kairos.persistence.csv.FundingCsvReader;
import dev.kairos.persistence.csv.Sha256;
import java.nio.file.Path;

/** One funding-rate file as loaded: the rates with how every row fared, and the file's hash. */
public record LoadedFunding(Path file, FundingCsvReader.Result result, Sha256 sha256) {
    public LoadedFunding {
        if (file == null || result == null || sha256 == null) {
            throw new IllegalArgumentException("file, result and hash are required");
        }
    }
}
