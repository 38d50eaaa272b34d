package dev.kairos.persistence.trades;

import dev.kairos.model.InstrumentId;
import java.util.Arrays;
import java.util.Objects;

/**
 * Trades of one instrument in columnar primitive arrays, in non-decreasing time (several trades may share
 * a millisecond). Immutable once built; build with {@link Builder}.
 *
 * <p>A trade's amount is {@link Double#NaN} when its row had none ({@link #hasAmount(int)}); such trades set
 * prices but add no volume.
 */
public final class TradeSeries {
    private final InstrumentId instrument;
    private final long[] timestamp;
    private final double[] price;
    private final double[] amount;
    private final int size;

    private TradeSeries(InstrumentId instrument, long[] timestamp, double[] price, double[] amount, int size) {
        this.instrument = instrument;
        this.timestamp = timestamp;
        this.price = price;
        this.amount = amount;
        this.size = size;
    }

    public InstrumentId instrument() {
        return instrument;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Event time of trade {@code i}, epoch ms UTC. */
    public long timestamp(int i) {
        return timestamp[Objects.checkIndex(i, size)];
    }

    public double price(int i) {
        return price[Objects.checkIndex(i, size)];
    }

    /** Amount of trade {@code i} in the base asset; {@link Double#NaN} when the row had none. */
    public double amount(int i) {
        return amount[Objects.checkIndex(i, size)];
    }

    public boolean hasAmount(int i) {
        return !Double.isNaN(amount(i));
    }

    @Override
    public String toString() {
        return "TradeSeries[" + instrument + ", " + size + " trades" + (size == 0 ? "" : ", " + timestamp[0] + ".."
                + timestamp[size - 1]) + "]";
    }

    /** Appends trades in non-decreasing time; trims its arrays on {@link #build}. */
    public static final class Builder {
        private final InstrumentId instrument;
        private long[] timestamp;
        private double[] price;
        private double[] amount;
        private int size;

        public Builder(InstrumentId instrument, int expectedSize) {
            this.instrument = Objects.requireNonNull(instrument, "instrument");
            int cap = Math.max(16, expectedSize);
            timestamp = new long[cap];
            price = new double[cap];
            amount = new double[cap];
        }

        public int size() {
            return size;
        }

        /** Time of the last trade added; {@link Long#MIN_VALUE} when empty. */
        public long lastTimestamp() {
            return size == 0 ? Long.MIN_VALUE : timestamp[size - 1];
        }

        /**
         * Adds a trade. Readers check rows before calling this; here a bad trade is a broken invariant.
         *
         * @param amount in the base asset, or {@link Double#NaN} when unknown
         * @throws IllegalArgumentException when the trade is earlier than the previous one, its price is not
         *                                  positive and finite, or its amount is negative or infinite
         */
        public Builder add(long ts, double price, double amount) {
            if (ts < lastTimestamp()) {
                throw new IllegalArgumentException(instrument + ": trade at " + ts + " is before the previous one at "
                        + lastTimestamp());
            }
            if (!(price > 0) || !Double.isFinite(price)) {
                throw new IllegalArgumentException(instrument + ": trade at " + ts + " has price " + price);
            }
            if (amount < 0 || Double.isInfinite(amount)) {
                throw new IllegalArgumentException(instrument + ": trade at " + ts + " has amount " + amount);
            }
            if (size == timestamp.length) {
                int cap = size + (size >> 1) + 16;
                timestamp = Arrays.copyOf(timestamp, cap);
                this.price = Arrays.copyOf(this.price, cap);
                this.amount = Arrays.copyOf(this.amount, cap);
            }
            timestamp[size] = ts;
            this.price[size] = price;
            this.amount[size] = amount;
            size++;
            return this;
        }

        public TradeSeries build() {
            return new TradeSeries(instrument, Arrays.copyOf(timestamp, size), Arrays.copyOf(price, size),
                    Arrays.copyOf(amount, size), size);
        }
    }
}
