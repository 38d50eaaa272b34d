package dev.kairos.bench;

import dev.kairos.analytics.indicator.AccumulationDistribution;
import dev.kairos.analytics.indicator.Adx;
import dev.kairos.analytics.indicator.Aroon;
import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.BarIndicator;
import dev.kairos.analytics.indicator.BollingerBands;
import dev.kairos.analytics.indicator.Cci;
import dev.kairos.analytics.indicator.ChaikinMoneyFlow;
import dev.kairos.analytics.indicator.ChaikinOscillator;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.Dema;
import dev.kairos.analytics.indicator.DonchianChannels;
import dev.kairos.analytics.indicator.Ema;
import dev.kairos.analytics.indicator.GarmanKlassVolatility;
import dev.kairos.analytics.indicator.HeikinAshi;
import dev.kairos.analytics.indicator.HlcIndicator;
import dev.kairos.analytics.indicator.Indicator;
import dev.kairos.analytics.indicator.Kama;
import dev.kairos.analytics.indicator.KeltnerChannels;
import dev.kairos.analytics.indicator.LinearRegressionSlope;
import dev.kairos.analytics.indicator.Macd;
import dev.kairos.analytics.indicator.Mfi;
import dev.kairos.analytics.indicator.Momentum;
import dev.kairos.analytics.indicator.Natr;
import dev.kairos.analytics.indicator.Obv;
import dev.kairos.analytics.indicator.ParabolicSar;
import dev.kairos.analytics.indicator.ParkinsonVolatility;
import dev.kairos.analytics.indicator.Roc;
import dev.kairos.analytics.indicator.RollingMax;
import dev.kairos.analytics.indicator.RollingMin;
import dev.kairos.analytics.indicator.RollingVwap;
import dev.kairos.analytics.indicator.Rsi;
import dev.kairos.analytics.indicator.SessionVwap;
import dev.kairos.analytics.indicator.SingleInputIndicator;
import dev.kairos.analytics.indicator.Sma;
import dev.kairos.analytics.indicator.StdDev;
import dev.kairos.analytics.indicator.Stochastic;
import dev.kairos.analytics.indicator.StochasticFast;
import dev.kairos.analytics.indicator.StochasticRsi;
import dev.kairos.analytics.indicator.Tema;
import dev.kairos.analytics.indicator.Trix;
import dev.kairos.analytics.indicator.TrueRange;
import dev.kairos.analytics.indicator.UltimateOscillator;
import dev.kairos.analytics.indicator.WilliamsR;
import dev.kairos.analytics.indicator.Wma;
import dev.kairos.analytics.indicator.ZScore;
import dev.kairos.model.market.BarSeries;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every incremental indicator of {@code dev.kairos.analytics.indicator} (42, at the catalogue's default
 * arguments) updated together, bar by bar, over the 1,000,000 synthetic one-minute bars of
 * {@link BenchSetup#bars()}. The score is nanoseconds per bar for the whole set (target: at most 150), and
 * {@code -prof gc} should show about 0 B/op: updates allocate nothing.
 *
 * <p>{@link #allIndicators} is the set: one instance of each class in a field of its concrete type (direct
 * calls, as a strategy holding its indicators makes them), reset at the start of every invocation, the value
 * each update returns summed (in a few independent partial sums, so that the additions do not form one long
 * dependency chain) and the total given to the {@link Blackhole}. {@link #oneIndicator} runs a single indicator
 * the same way, chosen by {@code indicator} (a class name), to see which ones the set's time goes to.
 *
 * <p>Run: {@code kairos-bench/run.sh jmh IndicatorsBenchmark.allIndicators -prof gc}; the breakdown:
 * {@code kairos-bench/run.sh jmh IndicatorsBenchmark.oneIndicator} (add {@code -p indicator=Stochastic,Aroon}
 * for a few). The set's method is larger than C2's inlining budget, so some of its updates (about 18 of 42 on
 * JDK 25, where C2 reaches its limits on inlined bytecode and on IR nodes) are calls rather than inlined code,
 * as they would be in a strategy that updates this many indicators; updating them in the reverse order, which
 * makes other ones the calls, gave the same score within the noise. The single-indicator scores measure
 * mostly each indicator's latency (one dependency chain per bar), the set's score its throughput; their sum
 * happens to be close to the set's score.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(BenchSetup.BARS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class IndicatorsBenchmark {

    /** The bars as columns, generated once per trial. */
    @State(Scope.Benchmark)
    public static class Bars {
        long[] time;
        double[] open;
        double[] high;
        double[] low;
        double[] close;
        double[] volume;

        @Setup(Level.Trial)
        public void setup() {
            BarSeries bars = BenchSetup.bars();
            time = bars.timestamps();
            open = bars.opens();
            high = bars.highs();
            low = bars.lows();
            close = bars.closes();
            volume = bars.volumes();
        }
    }

    /** One instance of every incremental indicator, at the catalogue's default arguments. */
    @State(Scope.Thread)
    public static class Indicators {
        // trend (over the close)
        final Sma sma = new Sma(20);
        final Ema ema = new Ema(20);
        final Wma wma = new Wma(20);
        final Dema dema = new Dema(20);
        final Tema tema = new Tema(20);
        final Kama kama = new Kama(10);
        final Macd macd = new Macd(12, 26, 9);
        final LinearRegressionSlope slope = new LinearRegressionSlope(14);
        final Trix trix = new Trix(15);
        // momentum (over the close)
        final Rsi rsi = new Rsi(14);
        final Roc roc = new Roc(10);
        final Momentum mom = new Momentum(10);
        final StochasticRsi stochRsi = new StochasticRsi(14, 5, 3);
        final ZScore zScore = new ZScore(20);
        final RollingMin min = new RollingMin(20);
        final RollingMax max = new RollingMax(20);
        // volatility (over the close)
        final BollingerBands bbands = new BollingerBands(20, 2.0);
        final StdDev stdDev = new StdDev(20);
        final CloseToCloseVolatility rvol = new CloseToCloseVolatility(20);
        // high, low, close
        final Aroon aroon = new Aroon(14);
        final WilliamsR willR = new WilliamsR(14);
        final Cci cci = new Cci(20);
        final Stochastic stoch = new Stochastic(14, 3, 3);
        final StochasticFast stochF = new StochasticFast(14, 3);
        final UltimateOscillator ultOsc = new UltimateOscillator(7, 14, 28);
        final TrueRange trueRange = new TrueRange();
        final Atr atr = new Atr(14);
        final Natr natr = new Natr(14);
        final KeltnerChannels keltner = new KeltnerChannels(20, 10, 2.0);
        final DonchianChannels donchian = new DonchianChannels(20);
        final Adx adx = new Adx(14);
        final ParabolicSar sar = new ParabolicSar(0.02, 0.2);
        final ParkinsonVolatility parkinson = new ParkinsonVolatility(20);
        // the whole bar
        final GarmanKlassVolatility garmanKlass = new GarmanKlassVolatility(20);
        final HeikinAshi heikinAshi = new HeikinAshi();
        final Obv obv = new Obv();
        final AccumulationDistribution ad = new AccumulationDistribution();
        final ChaikinOscillator adOsc = new ChaikinOscillator(3, 10);
        final Mfi mfi = new Mfi(14);
        final ChaikinMoneyFlow cmf = new ChaikinMoneyFlow(20);
        final RollingVwap vwap = new RollingVwap(14);
        final SessionVwap sessionVwap = new SessionVwap();

        /** All of them, in field order. */
        final List<Indicator> all = List.of(sma, ema, wma, dema, tema, kama, macd, slope, trix, rsi, roc, mom,
                stochRsi, zScore, min, max, bbands, stdDev, rvol, aroon, willR, cci, stoch, stochF, ultOsc, trueRange,
                atr, natr, keltner, donchian, adx, sar, parkinson, garmanKlass, heikinAshi, obv, ad, adOsc, mfi, cmf,
                vwap, sessionVwap);

        void reset() {
            for (Indicator i : all) {
                i.reset();
            }
        }
    }

    /** One indicator of the set, by class name, for the breakdown. */
    @State(Scope.Thread)
    public static class One {
        @Param({"Sma", "Ema", "Wma", "Dema", "Tema", "Kama", "Macd", "LinearRegressionSlope", "Trix", "Rsi", "Roc",
                "Momentum", "StochasticRsi", "ZScore", "RollingMin", "RollingMax", "BollingerBands", "StdDev",
                "CloseToCloseVolatility", "Aroon", "WilliamsR", "Cci", "Stochastic", "StochasticFast",
                "UltimateOscillator", "TrueRange", "Atr", "Natr", "KeltnerChannels", "DonchianChannels", "Adx",
                "ParabolicSar", "ParkinsonVolatility", "GarmanKlassVolatility", "HeikinAshi", "Obv",
                "AccumulationDistribution", "ChaikinOscillator", "Mfi", "ChaikinMoneyFlow", "RollingVwap",
                "SessionVwap"})
        public String indicator;

        Indicator chosen;
        /** Four more instances of the same class, for {@link #oneIndicatorThroughput}. */
        Indicator[] copies;

        @Setup(Level.Trial)
        public void setup() {
            chosen = pick();
            copies = new Indicator[] {pick(), pick(), pick(), pick()};
        }

        private Indicator pick() {
            return new Indicators().all.stream().filter(i -> i.getClass().getSimpleName().equals(indicator)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no indicator class " + indicator));
        }
    }

    /** Every indicator updated on every bar; the score is per bar. */
    @Benchmark
    public void allIndicators(Bars b, Indicators s, Blackhole bh) {
        s.reset();
        long[] t = b.time;
        double[] o = b.open;
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double[] v = b.volume;
        double sum = 0.0;
        for (int i = 0; i < c.length; i++) {
            double close = c[i];
            double high = h[i];
            double low = l[i];
            double trend = s.sma.update(close) + s.ema.update(close) + s.wma.update(close) + s.dema.update(close)
                    + s.tema.update(close) + s.kama.update(close) + s.macd.update(close) + s.slope.update(close)
                    + s.trix.update(close);
            double momentum = s.rsi.update(close) + s.roc.update(close) + s.mom.update(close)
                    + s.stochRsi.update(close) + s.zScore.update(close) + s.min.update(close) + s.max.update(close)
                    + s.bbands.update(close) + s.stdDev.update(close) + s.rvol.update(close);
            double hlc = s.aroon.update(high, low, close) + s.willR.update(high, low, close)
                    + s.cci.update(high, low, close) + s.stoch.update(high, low, close)
                    + s.stochF.update(high, low, close) + s.ultOsc.update(high, low, close)
                    + s.trueRange.update(high, low, close) + s.atr.update(high, low, close);
            double channels = s.natr.update(high, low, close) + s.keltner.update(high, low, close)
                    + s.donchian.update(high, low, close) + s.adx.update(high, low, close)
                    + s.sar.update(high, low, close) + s.parkinson.update(high, low, close);
            long time = t[i];
            double open = o[i];
            double volume = v[i];
            double bar = s.garmanKlass.update(time, open, high, low, close, volume)
                    + s.heikinAshi.update(time, open, high, low, close, volume)
                    + s.obv.update(time, open, high, low, close, volume)
                    + s.ad.update(time, open, high, low, close, volume)
                    + s.adOsc.update(time, open, high, low, close, volume)
                    + s.mfi.update(time, open, high, low, close, volume)
                    + s.cmf.update(time, open, high, low, close, volume)
                    + s.vwap.update(time, open, high, low, close, volume)
                    + s.sessionVwap.update(time, open, high, low, close, volume);
            sum += ((trend + momentum) + (hlc + channels)) + bar;
        }
        bh.consume(sum);
    }

    /**
     * The indicator {@link One#indicator} alone, updated on every bar; the score is per bar. A shorter budget
     * than the set's: 42 forks, about 5 minutes in all.
     */
    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public void oneIndicator(Bars b, One one, Blackhole bh) {
        Indicator chosen = one.chosen;
        chosen.reset();
        double sum = switch (chosen) {
            case SingleInputIndicator x -> run(x, b);
            case HlcIndicator x -> run(x, b);
            case BarIndicator x -> run(x, b);
        };
        bh.consume(sum);
    }

    private static double run(SingleInputIndicator x, Bars b) {
        double[] c = b.close;
        double sum = 0.0;
        for (int i = 0; i < c.length; i++) {
            sum += x.update(c[i]);
        }
        return sum;
    }

    private static double run(HlcIndicator x, Bars b) {
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double sum = 0.0;
        for (int i = 0; i < c.length; i++) {
            sum += x.update(h[i], l[i], c[i]);
        }
        return sum;
    }

    private static double run(BarIndicator x, Bars b) {
        long[] t = b.time;
        double[] o = b.open;
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double[] v = b.volume;
        double sum = 0.0;
        for (int i = 0; i < c.length; i++) {
            sum += x.update(t[i], o[i], h[i], l[i], c[i], v[i]);
        }
        return sum;
    }

    /**
     * Four instances of the indicator {@link One#indicator} updated on every bar, side by side; the score is per
     * update. Four independent dependency chains hide each update's latency, so this is the indicator's
     * throughput cost, the share of the set's time it can be charged with (the set's score is close to the sum
     * of these plus the cost of the updates C2 leaves as calls).
     */
    @Benchmark
    @OperationsPerInvocation(4 * BenchSetup.BARS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public void oneIndicatorThroughput(Bars b, One one, Blackhole bh) {
        Indicator[] x = one.copies;
        for (Indicator i : x) {
            i.reset();
        }
        double sum = switch (x[0]) {
            case SingleInputIndicator unused -> runFour((SingleInputIndicator) x[0], (SingleInputIndicator) x[1],
                    (SingleInputIndicator) x[2], (SingleInputIndicator) x[3], b);
            case HlcIndicator unused -> runFour((HlcIndicator) x[0], (HlcIndicator) x[1], (HlcIndicator) x[2],
                    (HlcIndicator) x[3], b);
            case BarIndicator unused -> runFour((BarIndicator) x[0], (BarIndicator) x[1], (BarIndicator) x[2],
                    (BarIndicator) x[3], b);
        };
        bh.consume(sum);
    }

    private static double runFour(SingleInputIndicator w, SingleInputIndicator x, SingleInputIndicator y,
            SingleInputIndicator z, Bars b) {
        double[] c = b.close;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int i = 0; i < c.length; i++) {
            double close = c[i];
            s0 += w.update(close);
            s1 += x.update(close);
            s2 += y.update(close);
            s3 += z.update(close);
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double runFour(HlcIndicator w, HlcIndicator x, HlcIndicator y, HlcIndicator z, Bars b) {
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int i = 0; i < c.length; i++) {
            double high = h[i];
            double low = l[i];
            double close = c[i];
            s0 += w.update(high, low, close);
            s1 += x.update(high, low, close);
            s2 += y.update(high, low, close);
            s3 += z.update(high, low, close);
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double runFour(BarIndicator w, BarIndicator x, BarIndicator y, BarIndicator z, Bars b) {
        long[] t = b.time;
        double[] o = b.open;
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double[] v = b.volume;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int i = 0; i < c.length; i++) {
            long time = t[i];
            double open = o[i];
            double high = h[i];
            double low = l[i];
            double close = c[i];
            double volume = v[i];
            s0 += w.update(time, open, high, low, close, volume);
            s1 += x.update(time, open, high, low, close, volume);
            s2 += y.update(time, open, high, low, close, volume);
            s3 += z.update(time, open, high, low, close, volume);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
