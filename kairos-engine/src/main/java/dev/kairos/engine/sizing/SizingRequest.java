package dev.kairos.engine.sizing;

import dev.kairos.engine.performance.TrackRecord;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Signal;
import java.util.Optional;

/**
 * Everything a sizing policy may look at when a signal asks for a position, as known at the decision time (the
 * close of the signal's bar). Numbers that are not known yet are NaN; policies that need them size zero.
 *
 * @param signal     the signal, with its confidence in [0, 1] and its source strategy
 * @param instrument the instrument, with its lot size and minimum notional
 * @param price      decision price (quote per base unit)
 * @param equity     account equity at the decision (quote currency)
 * @param atr        average true range of the instrument through the decision bar (price units); NaN before the
 *                   ATR has its period of bars
 * @param volatility annualised realised volatility of close-to-close returns (0.5 is 50 % a year); NaN when
 *                   not measured or not enough bars yet
 * @param regime     the instrument's latest regime and its confidence; empty when no regime was ever reported
 * @param record     the source strategy's recent record of trades and scored signals
 * @param stops      the adaptive stop and target distances for this signal; {@link StopDistances#UNKNOWN}
 *                   without an ATR
 */
public record SizingRequest(Signal signal, Instrument instrument, double price, double equity, double atr,
                            double volatility, Optional<RegimeCall> regime, TrackRecord record,
                            StopDistances stops) {
    public SizingRequest {
        if (signal == null || instrument == null || regime == null || record == null || stops == null) {
            throw new IllegalArgumentException("sizing request fields must not be null (use NaN, Optional.empty(),"
                    + " TrackRecord.EMPTY or StopDistances.UNKNOWN for unknown values)");
        }
        if (!signal.instrument().equals(instrument.id())) {
            throw new IllegalArgumentException("signal of " + signal.instrument() + " sized for " + instrument.id());
        }
    }

    /** A request that knows only the price and the equity: no ATR, volatility, regime, record or stops. */
    public static SizingRequest of(Signal signal, Instrument instrument, double price, double equity) {
        return new SizingRequest(signal, instrument, price, equity, Double.NaN, Double.NaN, Optional.empty(),
                TrackRecord.EMPTY, StopDistances.UNKNOWN);
    }

    /** The signal's source. */
    public StrategyId strategy() {
        return signal.source();
    }

    /** The signal's confidence in [0, 1]. */
    public double confidence() {
        return signal.confidence();
    }

    /**
     * Why no policy can size this request, if the price or the equity rules it out: {@link
     * SizingReason#UNKNOWN_INPUT} for a price that is not a positive finite number or an equity that is not
     * finite, {@link SizingReason#NO_EQUITY} for an equity &lt;= 0.
     */
    public Optional<SizingReason> unusable() {
        if (!(price > 0) || Double.isInfinite(price) || !Double.isFinite(equity)) {
            return Optional.of(SizingReason.UNKNOWN_INPUT);
        }
        return equity > 0 ? Optional.empty() : Optional.of(SizingReason.NO_EQUITY);
    }

    public SizingRequest withAtr(double value) {
        return new SizingRequest(signal, instrument, price, equity, value, volatility, regime, record, stops);
    }

    public SizingRequest withVolatility(double value) {
        return new SizingRequest(signal, instrument, price, equity, atr, value, regime, record, stops);
    }

    public SizingRequest withRegime(Optional<RegimeCall> value) {
        return new SizingRequest(signal, instrument, price, equity, atr, volatility, value, record, stops);
    }

    public SizingRequest withRecord(TrackRecord value) {
        return new SizingRequest(signal, instrument, price, equity, atr, volatility, regime, value, stops);
    }

    public SizingRequest withStops(StopDistances value) {
        return new SizingRequest(signal, instrument, price, equity, atr, volatility, regime, record, value);
    }
}
