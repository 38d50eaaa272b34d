package dev.kairos.engine.backtest;

import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.market.BarSeries;

/**
 * One instrument, its bars and (for perpetuals) its funding rates.
 */
public record MarketData(Instrument instrument, BarSeries bars, FundingRates funding) {
    public MarketData {
        if (instrument == null || bars == null || funding == null) {
            throw new IllegalArgumentException("instrument, bars and funding are required");
        }
        if (!instrument.id().equals(bars.instrument())) {
            throw new IllegalArgumentException("bars of " + bars.instrument() + " given for " + instrument.id());
        }
        if (!instrument.id().equals(funding.instrument())) {
            throw new IllegalArgumentException("funding of " + funding.instrument() + " given for " + instrument.id());
        }
        if (!funding.isEmpty() && instrument.kind() != InstrumentKind.PERPETUAL) {
            throw new IllegalArgumentException(instrument.id() + " is " + instrument.kind()
                    + ": only perpetual instruments pay funding");
        }
    }

    /** An instrument without funding. */
    public MarketData(Instrument instrument, BarSeries bars) {
        this(instrument, bars, FundingRates.none(instrument.id()));
    }
}
