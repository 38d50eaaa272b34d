package dev.kairos.persistence.candles;

import dev.kairos.model.market.BarSeries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bar series whose volumes are also kept as exact decimals: summing doubles would change the last
 * digits of a summed volume (e.g. {@code 16632.7425402} becomes {@code 16632.742540200002}), summing the
 * decimals does not.
 *
 * @param series  the bars; each volume is the double nearest to its exact decimal
 * @param volumes the exact volume of each bar, in series order
 */
public record DecimalBars(BarSeries series, List<BigDecimal> volumes) {
    public DecimalBars {
        Objects.requireNonNull(series, "series");
        volumes = List.copyOf(volumes);
        if (volumes.size() != series.size()) {
            throw new IllegalArgumentException(series.size() + " bars but " + volumes.size() + " volumes");
        }
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).doubleValue() != series.volume(i)) {
                throw new IllegalArgumentException("bar " + i + ": volume " + series.volume(i)
                        + " is not the double of its exact volume " + volumes.get(i).toPlainString());
            }
        }
    }

    /** The series with volumes taken from its doubles (their shortest decimal form). */
    public static DecimalBars of(BarSeries series) {
        BigDecimal[] v = new BigDecimal[series.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = BigDecimal.valueOf(series.volume(i));
        }
        return new DecimalBars(series, List.of(v));
    }

    public int size() {
        return series.size();
    }

    /** Exact volume of bar {@code i}. */
    public BigDecimal volume(int i) {
        return volumes.get(i);
    }
}
