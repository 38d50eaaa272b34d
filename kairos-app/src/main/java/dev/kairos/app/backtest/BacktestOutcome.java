package dev.kairos.app.backtest;

import dev.kairos.engine.backtest.BacktestResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a backtest job produced and where it put it. */
public record BacktestOutcome(String runId, BacktestResult result, List<LoadedData> data, Path runDir, Path journal,
                              Path report, Optional<Path> tradesCsv) {
    public BacktestOutcome {
        data = List.copyOf(data);
    }
}
