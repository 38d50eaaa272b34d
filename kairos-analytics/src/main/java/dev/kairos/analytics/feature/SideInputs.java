package dev.kairos.analytics.feature;

import dev.kairos.model.market.FundingRates;

/**
 * The point-in-time series the side-input features read, one per source. An absent source is the
 * {@link TimedSeries#empty() empty series}: the features that read it are missing on every bar.
 *
 * @param orderBookImbalance order-book imbalance {@code (bid size - ask size) / (bid size + ask size)} at
 *                           the top of the book, in [-1, 1], stamped at the book update
 * @param referencePrice     the index or spot price the premium is measured against, quote currency,
 *                           stamped when known (for bars: the close time, see
 *                           {@link TimedSeries#closesAtCloseTime})
 * @param fundingRate        funding rate as a fraction per funding interval, stamped at the funding time
 * @param openInterest       open interest in the venue's unit (contracts or base asset), stamped when
 *                           published
 * @param spreadBps          quoted spread {@code (ask - bid) / mid × 10,000}, in basis points, stamped when
 *                           quoted
 */
public record SideInputs(TimedSeries orderBookImbalance, TimedSeries referencePrice, TimedSeries fundingRate,
                         TimedSeries openInterest, TimedSeries spreadBps) {
    private static final SideInputs NONE = new SideInputs(TimedSeries.empty(), TimedSeries.empty(),
            TimedSeries.empty(), TimedSeries.empty(), TimedSeries.empty());

    public SideInputs {
        if (orderBookImbalance == null || referencePrice == null || fundingRate == null || openInterest == null
                || spreadBps == null) {
            throw new IllegalArgumentException("every side input is required; use TimedSeries.empty() for an absent"
                    + " source");
        }
    }

    /** No side inputs: only bar features can be available. */
    public static SideInputs none() {
        return NONE;
    }

    public SideInputs withOrderBookImbalance(TimedSeries series) {
        return new SideInputs(series, referencePrice, fundingRate, openInterest, spreadBps);
    }

    public SideInputs withReferencePrice(TimedSeries series) {
        return new SideInputs(orderBookImbalance, series, fundingRate, openInterest, spreadBps);
    }

    public SideInputs withFundingRate(TimedSeries series) {
        return new SideInputs(orderBookImbalance, referencePrice, series, openInterest, spreadBps);
    }

    /** The funding rates, each known from its funding time on. */
    public SideInputs withFundingRates(FundingRates rates) {
        return withFundingRate(TimedSeries.of(rates));
    }

    public SideInputs withOpenInterest(TimedSeries series) {
        return new SideInputs(orderBookImbalance, referencePrice, fundingRate, series, spreadBps);
    }

    public SideInputs withSpreadBps(TimedSeries series) {
        return new SideInputs(orderBookImbalance, referencePrice, fundingRate, openInterest, series);
    }
}
