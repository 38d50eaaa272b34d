package dev.kairos.engine.backtest;

import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;

/**
 * One instrument, its bars, (for perpetuals) its funding rates, and the other point-in-time side inputs its
 * strategy may read (reference price, order-book imbalance, spread, open interest).
 *
 * <p>Funding is given once, as {@link FundingRates}: the engine charges it and strategies see it as the
 * {@code fundingRate} side input ({@link #strategyInputs()}); {@code sideInputs} must therefore not carry a
 * funding series of its own.
 *
 * @param funding    funding rates; {@link FundingRates#none} for spot instruments
 * @param sideInputs the other side inputs; {@link SideInputs#none()} when there are none
 */
public record MarketData(Instrument instrument, BarSeries bars, FundingRates funding, SideInputs sideInputs) {
    public MarketData {
        if (instrument == null || bars == null || funding == null || sideInputs == null) {
            throw new IllegalArgumentException("instrument, bars, funding and side inputs are required");
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
        if (!sideInputs.fundingRate().isEmpty()) {
            throw new IllegalArgumentException(instrument.id() + ": give funding as FundingRates (the funding"
                    + " component), not as a side input, so that what is charged and what strategies see agree");
        }
    }

    /** An instrument without funding or side inputs. */
    public MarketData(Instrument instrument, BarSeries bars) {
        this(instrument, bars, FundingRates.none(instrument.id()), SideInputs.none());
    }

    /** A perpetual with its funding rates, without other side inputs. */
    public MarketData(Instrument instrument, BarSeries bars, FundingRates funding) {
        this(instrument, bars, funding, SideInputs.none());
    }

    /** An instrument without funding, with side inputs. */
    public MarketData(Instrument instrument, BarSeries bars, SideInputs sideInputs) {
        this(instrument, bars, FundingRates.none(instrument.id()), sideInputs);
    }

    /** The same data with these side inputs instead. */
    public MarketData withSideInputs(SideInputs inputs) {
        return new MarketData(instrument, bars, funding, inputs);
    }

    /** The same data with these funding rates instead. */
    public MarketData withFunding(FundingRates rates) {
        return new MarketData(instrument, bars, rates, sideInputs);
    }

    /**
     * What the instrument's strategy reads: the side inputs plus the funding rates as the {@code fundingRate}
     * series (each rate known from its funding time on).
     */
    public SideInputs strategyInputs() {
        return funding.isEmpty() ? sideInputs : sideInputs.withFundingRates(funding);
    }
}
