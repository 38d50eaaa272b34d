package dev.kairos.model.market;

import dev.kairos.model.InstrumentId;
import java.util.Arrays;

/**
 * The funding rates of one perpetual instrument: at each funding time a position pays (or, with a
 * negative rate, receives) {@code rate × position notional}; longs pay when the rate is positive.
 * Strictly increasing times (epoch ms UTC); rates as fractions per funding interval (0.0001 = 0.01%).
 * Immutable.
 */
public final class FundingRates {
    private final InstrumentId instrument;
    private final long[] times;
    private final double[] rates;

    public FundingRates(InstrumentId instrument, long[] times, double[] rates) {
        if (instrument == null || times == null || rates == null) {
            throw new IllegalArgumentException("funding instrument, times and rates are required");
        }
        if (times.length != rates.length) {
            throw new IllegalArgumentException(instrument + ": " + times.length + " funding times but " + rates.length
                    + " rates");
        }
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(instrument + ": funding times must increase: " + times[i]
                        + " after " + times[i - 1]);
            }
            if (!Double.isFinite(rates[i]) || Math.abs(rates[i]) >= 1) {
                throw new IllegalArgumentException(instrument + ": funding rate at " + times[i]
                        + " must be a finite fraction of magnitude < 1: " + rates[i]);
            }
        }
        this.instrument = instrument;
        this.times = times.clone();
        this.rates = rates.clone();
    }

    /** No funding (spot instruments). */
    public static FundingRates none(InstrumentId instrument) {
        return new FundingRates(instrument, new long[0], new double[0]);
    }

    public InstrumentId instrument() {
        return instrument;
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public long time(int i) {
        return times[i];
    }

    public double rate(int i) {
        return rates[i];
    }

    /** Index of the first funding time &gt;= {@code t}, or {@code size()} when none. */
    public int firstAtOrAfter(long t) {
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i : -i - 1;
    }
}
