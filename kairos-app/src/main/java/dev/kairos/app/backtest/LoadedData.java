package dev.kairos.app.backtest;

import dev.kairos.engine.backtest.MarketData;
import dev.kairos.persistence.csv.BarCsvReport;
import dev.kairos.persistence.csv.Sha256;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One data file as loaded: the bars, how every row fared, and the file's hash; for a perpetual given a
 * {@code --funding} file, that file too (its rates are in {@link MarketData#funding()}).
 */
public record LoadedData(Path file, MarketData market, BarCsvReport report, Sha256 sha256,
                         Optional<LoadedFunding> funding) {
    public LoadedData {
        if (file == null || market == null || report == null || sha256 == null || funding == null) {
            throw new IllegalArgumentException("every part of loaded data is required");
        }
    }

    /** Bars without funding. */
    public LoadedData(Path file, MarketData market, BarCsvReport report, Sha256 sha256) {
        this(file, market, report, sha256, Optional.empty());
    }

    /** The same bars with this funding file, whose rates the market data then carries. */
    public LoadedData withFunding(LoadedFunding f) {
        return new LoadedData(file, market.withFunding(f.result().rates()), report, sha256, Optional.of(f));
    }
}
