package dev.kairos.analytics.feature;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Bar series for the feature tests: hand-written, seeded random, or read from a shared CSV file. */
final class Bars {
    /** 2024-01-01 00:00 UTC. */
    static final long T0 = 1_704_067_200_000L;
    static final long HOUR = 3_600_000L;

    private Bars() {
    }

    /** Bars of {@code intervalMs} from {@code start}, one {@code {open, high, low, close, volume}} row each. */
    static BarSeries of(long start, long intervalMs, double[]... ohlcv) {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-PERP"), ohlcv.length);
        for (int i = 0; i < ohlcv.length; i++) {
            double[] r = ohlcv[i];
            b.add(start + i * intervalMs, r[0], r[1], r[2], r[3], r[4]);
        }
        return b.build(intervalMs);
    }

    /**
     * A seeded random walk of valid bars, with flat bars, zero-volume bars and, now and then, a stretch of
     * identical flat bars without volume (zero returns, zero ranges, zero ATR).
     */
    static BarSeries random(long seed, int n, long intervalMs) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-PERP"), n);
        double price = 100 * Math.exp(rnd.nextDouble(-2, 2));
        int flatLeft = 0;
        for (int i = 0; i < n; i++) {
            long t = T0 + i * intervalMs;
            double open = price;
            if (flatLeft == 0 && rnd.nextInt(80) == 0) {
                flatLeft = rnd.nextInt(1, 40);
            }
            if (flatLeft > 0) {
                flatLeft--;
                b.add(t, price, price, price, price, 0.0);
                continue;
            }
            boolean flat = rnd.nextInt(25) == 0;
            price = flat ? price : price * Math.exp(rnd.nextGaussian() * 0.02);
            double high = flat ? price : Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
            double low = flat ? price : Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
            double volume = rnd.nextInt(20) == 0 ? 0.0 : Math.exp(rnd.nextDouble(0, 8));
            b.add(t, open, high, low, price, volume);
        }
        return b.build(intervalMs);
    }

    /**
     * The bars of a {@code timestamp,open,high,low,close,volume} file with {@code from <= timestamp < to}, with
     * the given interval.
     */
    static BarSeries csv(Path file, long from, long to, long intervalMs) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!lines.get(0).strip().equals("timestamp,open,high,low,close,volume")) {
            throw new IllegalStateException(file + ": unexpected header " + lines.get(0));
        }
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of(file.getFileName().toString()), lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            long t = Long.parseLong(f[0]);
            if (t >= from && t < to) {
                b.add(t, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            }
        }
        return b.build(intervalMs);
    }

    /** Every bar of the file. */
    static BarSeries csv(Path file, long intervalMs) {
        return csv(file, Long.MIN_VALUE, Long.MAX_VALUE, intervalMs);
    }
}
