package dev.kairos.analytics.feature;

import dev.kairos.analytics.catalog.IndicatorArg;
import dev.kairos.analytics.catalog.IndicatorDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One named feature: what it computes, from which inputs, with which window. A closed set: the seed
 * features of the issue and any output of the indicator catalogue. Each record documents its formula and
 * unit, and carries the static formula both the incremental and the batch form call.
 *
 * <p><b>Names.</b> A seed feature with its default window is named exactly {@code bodyOverAtr},
 * {@code volumeZ}, {@code realizedVol}, {@code obImbalance}, {@code premiumPct}, {@code fundingRate},
 * {@code openInterest} or {@code spreadBps}; with another window the window follows an underscore
 * ({@code volumeZ_50}). The maximum age of a side input is not part of the name. A catalogue output is named
 * as the catalogue names its columns: the output name, then each argument ({@code rsi_14},
 * {@code macd_hist_12_26_9}, {@code bb_percent_b_20_2}, {@code obv}).
 *
 * <p><b>Availability.</b> A value is available only when it is finite: warm-up, a missing or stale side
 * input, or an undefined ratio (division by zero) make the feature missing, its value {@code NaN}. It is
 * never replaced by 0.
 */
public sealed interface FeatureSpec permits FeatureSpec.BodyOverAtr, FeatureSpec.VolumeZ, FeatureSpec.RealizedVol,
        FeatureSpec.IndicatorOutput, FeatureSpec.AsOfFeature {

    /** The unique name readers use. */
    String name();

    /** One line: formula, unit and inputs. */
    String description();

    /**
     * The feature of {@code name}: a seed name (with an optional window, {@code volumeZ_50}) or a catalogue
     * column name ({@code rsi_14}).
     *
     * @throws IllegalArgumentException naming the known features when {@code name} is neither
     */
    static FeatureSpec parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature name is empty");
        }
        String n = name.strip();
        Optional<FeatureSpec> seed = parseSeed(n);
        if (seed.isPresent()) {
            return seed.get();
        }
        return IndicatorOutput.parse(n).orElseThrow(() -> new IllegalArgumentException("unknown feature '" + name
                + "': expected one of " + BodyOverAtr.NAME + ", " + VolumeZ.NAME + ", " + RealizedVol.NAME + " (each"
                + " optionally _<window>), " + ObImbalance.NAME + ", " + PremiumPct.NAME + ", " + FundingRate.NAME
                + ", " + OpenInterest.NAME + ", " + SpreadBps.NAME + ", or an indicator catalogue column such as"
                + " rsi_14 or macd_hist_12_26_9 (output name, then every argument)"));
    }

    /** The eight seed features with their default windows and maximum ages, in the order. */
    static List<FeatureSpec> seed() {
        return List.of(new BodyOverAtr(), new VolumeZ(), new ObImbalance(), new PremiumPct(), new FundingRate(),
                new OpenInterest(), new RealizedVol(), new SpreadBps());
    }

    private static Optional<FeatureSpec> parseSeed(String n) {
        switch (n) {
            case BodyOverAtr.NAME -> {
                return Optional.of(new BodyOverAtr());
            }
            case VolumeZ.NAME -> {
                return Optional.of(new VolumeZ());
            }
            case RealizedVol.NAME -> {
                return Optional.of(new RealizedVol());
            }
            case ObImbalance.NAME -> {
                return Optional.of(new ObImbalance());
            }
            case PremiumPct.NAME -> {
                return Optional.of(new PremiumPct());
            }
            case FundingRate.NAME -> {
                return Optional.of(new FundingRate());
            }
            case OpenInterest.NAME -> {
                return Optional.of(new OpenInterest());
            }
            case SpreadBps.NAME -> {
                return Optional.of(new SpreadBps());
            }
            default -> {
                int us = n.lastIndexOf('_');
                if (us < 0) {
                    return Optional.empty();
                }
                String base = n.substring(0, us);
                String window = n.substring(us + 1);
                if (!window.matches("[1-9][0-9]{0,5}")) {
                    return Optional.empty();
                }
                int w = Integer.parseInt(window);
                Optional<FeatureSpec> spec = switch (base) {
                    case BodyOverAtr.NAME -> Optional.of(new BodyOverAtr(w));
                    case VolumeZ.NAME -> Optional.of(new VolumeZ(w));
                    case RealizedVol.NAME -> Optional.of(new RealizedVol(w));
                    default -> Optional.empty();
                };
                if (spec.isPresent() && !spec.get().name().equals(n)) {
                    throw new IllegalArgumentException("feature '" + n + "' has the default window: name it '"
                            + spec.get().name() + "'");
                }
                return spec;
            }
        }
    }

    private static String windowed(String name, int window, int defaultWindow) {
        return window == defaultWindow ? name : name + "_" + window;
    }

    /**
     * Signed candle body in ATRs: {@code (close - open) / ATR(period)}, ATR being Wilder's average true range
     * of this bar and the {@code period - 1} before it (TA-Lib convention, {@link dev.kairos.analytics.indicator.Atr}).
     * Dimensionless; positive for an up candle, negative for a down candle, so {@code |bodyOverAtr|} is the
     * candle strength and its sign the direction. Default window 14; available from bar {@code period} (0-based)
     * on; missing when the ATR is 0 (a run of flat bars).
     */
    record BodyOverAtr(int period) implements FeatureSpec {
        public static final String NAME = "bodyOverAtr";
        public static final int DEFAULT_PERIOD = 14;

        public BodyOverAtr {
            if (period < 1) {
                throw new IllegalArgumentException(NAME + " ATR period must be >= 1, got " + period);
            }
        }

        public BodyOverAtr() {
            this(DEFAULT_PERIOD);
        }

        /** {@code (close - open) / atr}; {@code NaN} (missing) unless finite. */
        public static double of(double open, double close, double atr) {
            return (close - open) / atr;
        }

        @Override
        public String name() {
            return windowed(NAME, period, DEFAULT_PERIOD);
        }

        @Override
        public String description() {
            return "(close - open) / ATR(" + period + "), signed, dimensionless";
        }
    }

    /**
     * Volume z-score: {@code (volume - mean) / stdev} of this bar's volume against the last {@code period}
     * volumes (itself included), population standard deviation (divisor {@code period}),
     * {@link dev.kairos.analytics.indicator.ZScore}; 0 when the window is flat. Dimensionless. Default window
     * 20; available from bar {@code period - 1} on.
     */
    record VolumeZ(int period) implements FeatureSpec {
        public static final String NAME = "volumeZ";
        public static final int DEFAULT_PERIOD = 20;

        public VolumeZ {
            if (period < 2) {
                throw new IllegalArgumentException(NAME + " window must be >= 2, got " + period);
            }
        }

        public VolumeZ() {
            this(DEFAULT_PERIOD);
        }

        @Override
        public String name() {
            return windowed(NAME, period, DEFAULT_PERIOD);
        }

        @Override
        public String description() {
            return "z-score of the volume over " + period + " bars, population stdev, dimensionless";
        }
    }

    /**
     * Close-to-close realised volatility: the sample standard deviation (divisor {@code period - 1}) of the
     * last {@code period} log returns {@code ln(close / previous close)}, a fraction per bar, not annualised
     * ({@link dev.kairos.analytics.indicator.CloseToCloseVolatility}). Default window 20; available from bar
     * {@code period} on.
     */
    record RealizedVol(int period) implements FeatureSpec {
        public static final String NAME = "realizedVol";
        public static final int DEFAULT_PERIOD = 20;

        public RealizedVol {
            if (period < 2) {
                throw new IllegalArgumentException(NAME + " window must be >= 2, got " + period);
            }
        }

        public RealizedVol() {
            this(DEFAULT_PERIOD);
        }

        @Override
        public String name() {
            return windowed(NAME, period, DEFAULT_PERIOD);
        }

        @Override
        public String description() {
            return "sample stdev of the last " + period + " log returns of the close, fraction per bar";
        }
    }

    /**
     * A feature read from a side input as of the bar's close: the last value stamped at or before the close
     * time, if it is at most {@link #maxAge()} old; otherwise missing.
     */
    sealed interface AsOfFeature extends FeatureSpec permits ObImbalance, PremiumPct, FundingRate, OpenInterest,
            SpreadBps {

        MaxAge maxAge();

        /** The side input this feature reads. */
        TimedSeries input(SideInputs inputs);

        /**
         * The feature value from the bar's close and the as-of input ({@code NaN} when missing); the input
         * itself unless the feature says otherwise.
         */
        default double valueAt(double barClose, double input) {
            return input;
        }
    }

    /**
     * Top-of-book imbalance {@code (bid size - ask size) / (bid size + ask size)} as of the close, in [-1, 1]
     * (positive: more size bid than offered), read from {@link SideInputs#orderBookImbalance()}. Default
     * maximum age 60 s: a book not updated for a minute is treated as a feed outage.
     */
    record ObImbalance(MaxAge maxAge) implements AsOfFeature {
        public static final String NAME = "obImbalance";
        public static final MaxAge DEFAULT_MAX_AGE = MaxAge.of(Duration.ofSeconds(60));

        public ObImbalance {
            requireMaxAge(NAME, maxAge);
        }

        public ObImbalance() {
            this(DEFAULT_MAX_AGE);
        }

        /** {@code (bidSize - askSize) / (bidSize + askSize)}; {@code NaN} when both sizes are 0. */
        public static double of(double bidSize, double askSize) {
            double total = bidSize + askSize;
            return total > 0.0 ? (bidSize - askSize) / total : Double.NaN;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public TimedSeries input(SideInputs inputs) {
            return inputs.orderBookImbalance();
        }

        @Override
        public String description() {
            return "(bid size - ask size) / (bid size + ask size) at the top of the book as of the close, in [-1, 1],"
                    + " max age " + maxAge;
        }
    }

    /**
     * Premium of the bar's (perpetual's) close over the reference (index or spot) price as of the close, in
     * percent: {@code (close - reference) / reference × 100}, read from {@link SideInputs#referencePrice()}.
     * Missing when the reference is not positive. Default maximum age 1 bar (a reference of the same timeframe
     * may miss one bar).
     */
    record PremiumPct(MaxAge maxAge) implements AsOfFeature {
        public static final String NAME = "premiumPct";
        public static final MaxAge DEFAULT_MAX_AGE = MaxAge.bars(1);

        public PremiumPct {
            requireMaxAge(NAME, maxAge);
        }

        public PremiumPct() {
            this(DEFAULT_MAX_AGE);
        }

        /** {@code (close - reference) / reference × 100}; {@code NaN} unless the reference is positive. */
        public static double of(double close, double reference) {
            return reference > 0.0 ? (close - reference) / reference * 100.0 : Double.NaN;
        }

        @Override
        public double valueAt(double barClose, double input) {
            return of(barClose, input);
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public TimedSeries input(SideInputs inputs) {
            return inputs.referencePrice();
        }

        @Override
        public String description() {
            return "(close - reference) / reference × 100 with the reference as of the close, percent, max age "
                    + maxAge;
        }
    }

    /**
     * The funding rate known at the close: the last rate with funding time at or before the close time, a
     * fraction per funding interval (0.0001 = 0.01 %), read from {@link SideInputs#fundingRate()}. Default
     * maximum age 9 h: one 8-hour funding interval plus an hour of slack, so a skipped settlement shows as
     * missing.
     */
    record FundingRate(MaxAge maxAge) implements AsOfFeature {
        public static final String NAME = "fundingRate";
        public static final MaxAge DEFAULT_MAX_AGE = MaxAge.of(Duration.ofHours(9));

        public FundingRate {
            requireMaxAge(NAME, maxAge);
        }

        public FundingRate() {
            this(DEFAULT_MAX_AGE);
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public TimedSeries input(SideInputs inputs) {
            return inputs.fundingRate();
        }

        @Override
        public String description() {
            return "last funding rate with funding time <= close, fraction per interval, max age " + maxAge;
        }
    }

    /**
     * Open interest as of the close, in the source's unit, read from {@link SideInputs#openInterest()}.
     * Default maximum age 15 min (covers a 5-minute open-interest feed with slack).
     */
    record OpenInterest(MaxAge maxAge) implements AsOfFeature {
        public static final String NAME = "openInterest";
        public static final MaxAge DEFAULT_MAX_AGE = MaxAge.of(Duration.ofMinutes(15));

        public OpenInterest {
            requireMaxAge(NAME, maxAge);
        }

        public OpenInterest() {
            this(DEFAULT_MAX_AGE);
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public TimedSeries input(SideInputs inputs) {
            return inputs.openInterest();
        }

        @Override
        public String description() {
            return "open interest as of the close, source unit, max age " + maxAge;
        }
    }

    /**
     * Quoted spread {@code (ask - bid) / mid × 10,000} as of the close, in basis points, read from
     * {@link SideInputs#spreadBps()}. Default maximum age 60 s.
     */
    record SpreadBps(MaxAge maxAge) implements AsOfFeature {
        public static final String NAME = "spreadBps";
        public static final MaxAge DEFAULT_MAX_AGE = MaxAge.of(Duration.ofSeconds(60));

        public SpreadBps {
            requireMaxAge(NAME, maxAge);
        }

        public SpreadBps() {
            this(DEFAULT_MAX_AGE);
        }

        /** {@code (ask - bid) / ((ask + bid) / 2) × 10,000}. */
        public static double of(double bid, double ask) {
            return (ask - bid) / ((ask + bid) / 2.0) * 10_000.0;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public TimedSeries input(SideInputs inputs) {
            return inputs.spreadBps();
        }

        @Override
        public String description() {
            return "(ask - bid) / mid × 10,000 as of the close, basis points, max age " + maxAge;
        }
    }

    private static void requireMaxAge(String name, MaxAge maxAge) {
        if (maxAge == null) {
            throw new IllegalArgumentException(name + " needs a maximum age");
        }
    }

    /**
     * One output of a catalogue indicator as a feature, e.g. {@code rsi_14} or {@code macd_hist_12_26_9}; its
     * unit is the indicator's. Computed bar by bar with the indicator's incremental class, in batch with the
     * catalogue's batch form; the two agree exactly.
     *
     * @param indicator the catalogue entry's name, e.g. {@code macd}
     * @param output    one of its output names, e.g. {@code macd_hist}
     * @param args      one value per argument of the entry, in order, within the argument's range
     */
    record IndicatorOutput(String indicator, String output, List<Double> args) implements FeatureSpec {
        public IndicatorOutput {
            if (indicator == null || output == null || args == null) {
                throw new IllegalArgumentException("indicator, output and args are required");
            }
            args = List.copyOf(args);
            IndicatorDefinition d = IncrementalCatalog.definition(indicator);
            if (!d.outputs().contains(output)) {
                throw new IllegalArgumentException("catalogue indicator '" + indicator + "' has outputs " + d.outputs()
                        + ", not '" + output + "'");
            }
            if (args.size() != d.args().size()) {
                throw new IllegalArgumentException("catalogue indicator '" + indicator + "' takes " + d.args().size()
                        + " arguments " + argNames(d) + ", got " + args.size());
            }
            for (int i = 0; i < args.size(); i++) {
                IndicatorArg a = d.args().get(i);
                double v = args.get(i);
                if (!(a.min() <= v && v <= a.max()) || (a.integer() && v != Math.rint(v))) {
                    throw new IllegalArgumentException(indicator + " argument " + a.name() + " must be "
                            + (a.integer() ? "an integer " : "") + "in [" + a.format(a.min()) + ", "
                            + a.format(a.max()) + "], got " + v);
                }
            }
            if (!IncrementalCatalog.supports(indicator)) {
                throw new IllegalArgumentException("catalogue indicator '" + indicator
                        + "' has no incremental form in the feature package yet");
            }
        }

        /** The output with the entry's default arguments. */
        public static IndicatorOutput withDefaults(String indicator, String output) {
            IndicatorDefinition d = IncrementalCatalog.definition(indicator);
            return new IndicatorOutput(indicator, output, d.args().stream().map(IndicatorArg::defaultValue).toList());
        }

        /** The output of {@code indicator} with these arguments. */
        public static IndicatorOutput of(String indicator, String output, double... args) {
            List<Double> list = new ArrayList<>(args.length);
            for (double a : args) {
                list.add(a);
            }
            return new IndicatorOutput(indicator, output, list);
        }

        /**
         * The catalogue output whose column name is exactly {@code column} ({@code rsi_14},
         * {@code bb_upper_20_2}, {@code obv}); empty when none is.
         */
        public static Optional<IndicatorOutput> parse(String column) {
            List<IndicatorOutput> found = new ArrayList<>();
            for (IndicatorDefinition d : IncrementalCatalog.BUILT_IN.all()) {
                for (String output : d.outputs()) {
                    candidate(d, output, column).ifPresent(found::add);
                }
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException("feature '" + column + "' is ambiguous: " + found);
            }
            return found.stream().findFirst();
        }

        private static Optional<IndicatorOutput> candidate(IndicatorDefinition d, String output, String column) {
            int n = d.args().size();
            if (n == 0) {
                return column.equals(output) ? Optional.of(new IndicatorOutput(d.name(), output, List.of()))
                        : Optional.empty();
            }
            if (!column.startsWith(output + "_")) {
                return Optional.empty();
            }
            String[] parts = column.substring(output.length() + 1).split("_", -1);
            if (parts.length != n) {
                return Optional.empty();
            }
            List<Double> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                IndicatorArg a = d.args().get(i);
                double v;
                try {
                    v = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (!(a.min() <= v && v <= a.max()) || (a.integer() && v != Math.rint(v))
                        || !a.format(v).equals(parts[i])) {
                    return Optional.empty();
                }
                args.add(v);
            }
            return Optional.of(new IndicatorOutput(d.name(), output, args));
        }

        private static List<String> argNames(IndicatorDefinition d) {
            return d.args().stream().map(IndicatorArg::name).toList();
        }

        /** Position of {@link #output()} among the entry's outputs. */
        public int outputIndex() {
            return IncrementalCatalog.definition(indicator).outputs().indexOf(output);
        }

        /** The arguments as an array, in order. */
        public double[] argArray() {
            double[] a = new double[args.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = args.get(i);
            }
            return a;
        }

        @Override
        public String name() {
            IndicatorDefinition d = IncrementalCatalog.definition(indicator);
            StringBuilder s = new StringBuilder(output);
            for (int i = 0; i < args.size(); i++) {
                s.append('_').append(d.args().get(i).format(args.get(i)));
            }
            return s.toString();
        }

        @Override
        public String description() {
            return IncrementalCatalog.definition(indicator).description() + ", output " + output;
        }
    }
}
