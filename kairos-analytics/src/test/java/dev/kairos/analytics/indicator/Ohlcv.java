package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Bars as columns for the indicator tests, with the ways to make them: a seeded random walk, or a CSV file
 * of the shared data folder read by header name.
 */
record Ohlcv(long[] timestamp, double[] open, double[] high, double[] low, double[] close, double[] volume) {

    int size() {
        return close.length;
    }

    /**
     * A random walk of valid 4h bars: high ≥ max(open, close), low ≤ min(open, close), all positive, open at
     * the previous close. Some bars are flat, some have no volume, and volume varies over orders of
     * magnitude, to exercise zero changes, zero ranges and uneven weights.
     */
    static Ohlcv random(SplittableRandom rnd, int n) {
        return random(rnd, n, 100 * Math.exp(rnd.nextDouble(-2, 2)));
    }

    /** As {@link #random(SplittableRandom, int)} starting from {@code price}. */
    static Ohlcv random(SplittableRandom rnd, int n, double price) {
        return random(rnd, n, price, false);
    }

    /**
     * As {@link #random(SplittableRandom, int)}, and when {@code stretches} is true with long stretches (up to
     * 80 bars) of flat bars without volume, like an illiquid market's: whole windows of zero returns, zero
     * ranges and zero volume.
     */
    static Ohlcv randomWithFlatStretches(SplittableRandom rnd, int n) {
        return random(rnd, n, 100 * Math.exp(rnd.nextDouble(-2, 2)), true);
    }

    private static Ohlcv random(SplittableRandom rnd, int n, double price, boolean stretches) {
        long[] timestamp = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        // start at a random 4h boundary of 2024, so that session resets fall at various indices
        long t = 1_704_067_200_000L + rnd.nextInt(0, 2190) * 14_400_000L;
        int flatLeft = 0;
        for (int i = 0; i < n; i++) {
            timestamp[i] = t;
            t += 14_400_000L;
            open[i] = price;
            if (stretches && flatLeft == 0 && rnd.nextInt(60) == 0) {
                flatLeft = rnd.nextInt(1, 80);
            }
            if (flatLeft > 0) {
                flatLeft--;
                close[i] = high[i] = low[i] = price;
                volume[i] = 0.0;
                continue;
            }
            boolean flat = rnd.nextInt(25) == 0;
            price = flat ? price : price * Math.exp(rnd.nextGaussian() * 0.02);
            close[i] = price;
            high[i] = flat ? price : Math.max(open[i], price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
            low[i] = flat ? price : Math.min(open[i], price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
            volume[i] = rnd.nextInt(20) == 0 ? 0.0 : Math.exp(rnd.nextDouble(0, 8));
        }
        return new Ohlcv(timestamp, open, high, low, close, volume);
    }

    /** The same bars with every price multiplied by {@code factor}. */
    Ohlcv scalePrices(double factor) {
        return new Ohlcv(timestamp, times(open, factor), times(high, factor), times(low, factor),
                times(close, factor), volume);
    }

    private static double[] times(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }

    /**
     * Numeric columns of a CSV file of the shared data folder, by header name; empty or non-numeric cells
     * (dates) are NaN. Empty when the file is absent.
     */
    static Optional<Map<String, double[]>> columns(String relative) {
        Optional<Path> file = SharedData.find(relative);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.get(), e);
        }
        String[] header = lines.get(0).split(",", -1);
        int n = lines.size() - 1;
        Map<String, double[]> columns = new HashMap<>();
        for (String name : header) {
            columns.put(name, new double[n]);
        }
        for (int row = 0; row < n; row++) {
            String[] cells = lines.get(row + 1).split(",", -1);
            assertThat(cells).as("cells in row %d of %s", row, relative).hasSize(header.length);
            for (int c = 0; c < header.length; c++) {
                columns.get(header[c])[row] = parse(cells[c]);
            }
        }
        return Optional.of(columns);
    }

    private static double parse(String cell) {
        try {
            return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** The bars of TA-Lib's golden file (timestamps parsed exactly, as longs). */
    static Ohlcv fromColumns(Map<String, double[]> c) {
        double[] ts = c.get("timestamp");
        long[] timestamp = new long[ts.length];
        for (int i = 0; i < ts.length; i++) {
            timestamp[i] = (long) ts[i];
        }
        return new Ohlcv(timestamp, c.get("open"), c.get("high"), c.get("low"), c.get("close"), c.get("volume"));
    }

    /**
     * Runs a fresh or reset indicator over the bars and collects every output after every update: one row
     * per output. Checks that {@code update} returns output 0 and that {@code value()} is output 0.
     */
    double[][] run(Indicator indicator) {
        int n = size();
        double[][] out = new double[indicator.outputCount()][n];
        for (int i = 0; i < n; i++) {
            double returned = switch (indicator) {
                case SingleInputIndicator s -> s.update(close[i]);
                case HlcIndicator h -> h.update(high[i], low[i], close[i]);
                case BarIndicator b -> b.update(timestamp[i], open[i], high[i], low[i], close[i], volume[i]);
            };
            for (int k = 0; k < out.length; k++) {
                out[k][i] = indicator.output(k);
            }
            assertThat(Double.doubleToLongBits(returned)).as("%s update() is output 0 at index %d", indicator, i)
                    .isEqualTo(Double.doubleToLongBits(out[0][i]));
            assertThat(Double.doubleToLongBits(indicator.value())).as("%s value() at index %d", indicator, i)
                    .isEqualTo(Double.doubleToLongBits(out[0][i]));
        }
        return out;
    }
}
