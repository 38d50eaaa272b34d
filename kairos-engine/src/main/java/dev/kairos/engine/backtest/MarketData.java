package dev.kairos.engine.backtest;

import dev.kairos.model.Instrument;
import dev.kairos.model.market.BarSeries;

/** One instrument and its bars. */
public record MarketData(Instrument instrument, BarSeries bars) {
    public MarketData {
        if (instrument == null || bars == null) {
            throw new IllegalArgumentException("instrument and bars are required");
        }
        if (!instrument.id().equals(bars.instrument())) {
            throw new IllegalArgumentException("bars of " + bars.instrument() + " given for " + instrument.id());
        }
    }
}
