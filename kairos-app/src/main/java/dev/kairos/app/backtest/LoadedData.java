package dev.kairos.app.backtest;

import dev.kairos.engine.backtest.MarketData;
import dev.kairos.persistence.csv.BarCsvReport;
import dev.kairos.persistence.csv.Sha256;
import java.nio.file.Path;

/** One data file as loaded: the bars, how every row fared, and the file's hash. */
public record LoadedData(Path file, MarketData market, BarCsvReport report, Sha256 sha256) {
}
