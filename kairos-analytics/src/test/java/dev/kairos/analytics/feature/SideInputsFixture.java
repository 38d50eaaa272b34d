package dev.kairos.analytics.feature;

import dev.kairos.analytics.catalog.IndicatorDefinition;
import dev.kairos.model.market.BarSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random side inputs around a bar series, and the widest feature schema, for the agreement tests. */
final class SideInputsFixture {
    private SideInputsFixture() {
    }

    /**
     * Random points over the bars' span and a little beyond: irregular spacing with occasional long gaps
     * (so that staleness applies), runs of equal stamps, and some stamps exactly at a bar's close time.
     */
    static TimedSeries randomSeries(SplittableRandom rnd, BarSeries bars, double mean, double spread) {
        long interval = bars.intervalMs();
        long from = bars.timestamp(0) - 3 * interval;
        long to = bars.closeTime(bars.size() - 1) + 3 * interval;
        long t = from + rnd.nextLong(0, interval);
        List<Long> times = new ArrayList<>();
        while (t < to) {
            times.add(t);
            int kind = rnd.nextInt(20);
            if (kind == 0) {
                t += interval * rnd.nextLong(2, 12); // an outage
            } else if (kind == 1) {
                // stay: an equal stamp
            } else if (kind == 2) {
                int i = bars.firstAtOrAfter(t);
                t = i < bars.size() ? bars.closeTime(i) : t + interval; // exactly at a close
            } else {
                t += rnd.nextLong(1, interval);
            }
        }
        long[] ts = new long[times.size()];
        double[] vs = new double[times.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = times.get(i);
            vs[i] = mean + spread * rnd.nextGaussian();
        }
        return TimedSeries.of(ts, vs);
    }

    static SideInputs random(long seed, BarSeries bars) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double price = bars.close(0);
        return new SideInputs(
                randomSeries(rnd, bars, 0, 0.4),
                randomSeries(rnd, bars, price, price * 0.01),
                randomSeries(rnd, bars, 0.0001, 0.0002),
                randomSeries(rnd, bars, 1e6, 1e4),
                randomSeries(rnd, bars, 2, 0.5));
    }

    /**
     * The seed features with default and with other windows and maximum ages, every output of every catalogue
     * entry with default arguments, and a few catalogue outputs with other arguments.
     */
    static FeatureSchema everything() {
        List<FeatureSpec> specs = new ArrayList<>(FeatureSpec.seed());
        specs.add(new FeatureSpec.BodyOverAtr(3));
        specs.add(new FeatureSpec.VolumeZ(5));
        specs.add(new FeatureSpec.RealizedVol(7));
        specs.add(new FeatureSpec.IndicatorOutput("rvol", "rvol", List.of(20.0, 1.0))); // annualised
        specs.add(FeatureSpec.IndicatorOutput.of("macd", "macd_hist", 5, 13, 4));
        specs.add(FeatureSpec.IndicatorOutput.of("sar", "sar", 0.03, 0.3));
        specs.add(FeatureSpec.IndicatorOutput.of("bbands", "bb_percent_b", 10, 1.5));
        for (IndicatorDefinition d : IncrementalCatalog.BUILT_IN.all()) {
            for (String output : d.outputs()) {
                specs.add(FeatureSpec.IndicatorOutput.withDefaults(d.name(), output));
            }
        }
        return FeatureSchema.of(specs);
    }

    /** The side-input features with other maximum ages, named apart by their own schema. */
    static FeatureSchema otherMaxAges() {
        return FeatureSchema.of(new FeatureSpec.ObImbalance(MaxAge.bars(3)),
                new FeatureSpec.PremiumPct(MaxAge.unlimited()),
                new FeatureSpec.FundingRate(MaxAge.of(Duration.ofMinutes(30))),
                new FeatureSpec.OpenInterest(MaxAge.bars(0)),
                new FeatureSpec.SpreadBps(MaxAge.of(Duration.ZERO)));
    }
}
