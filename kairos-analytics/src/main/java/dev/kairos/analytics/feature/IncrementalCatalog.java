package dev.kairos.analytics.feature;

import dev.kairos.analytics.catalog.IndicatorCatalog;
import dev.kairos.analytics.catalog.IndicatorDefinition;
import dev.kairos.analytics.indicator.AccumulationDistribution;
import dev.kairos.analytics.indicator.Adx;
import dev.kairos.analytics.indicator.Aroon;
import dev.kairos.analytics.indicator.Atr;
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
import java.util.Set;

/**
 * The incremental indicator behind each entry of the built-in {@link IndicatorCatalog}, built with the same
 * arguments, so that a catalogue column computed bar by bar equals the catalogue's batch column. Outputs are
 * read by position: output {@code i} of the indicator is output {@code i} of the catalogue entry.
 */
final class IncrementalCatalog {
    /** The built-in catalogue; its definitions are immutable and shared. */
    static final IndicatorCatalog BUILT_IN = IndicatorCatalog.builtIn();

    private static final Set<String> SUPPORTED = Set.of("sma", "ema", "wma", "dema", "tema", "kama", "macd",
            "linreg-slope", "aroon", "trix", "rsi", "roc", "mom", "willr", "cci", "stoch", "stochf", "stochrsi",
            "ultosc", "zscore", "min", "max", "trange", "atr", "natr", "bbands", "stddev", "keltner", "donchian",
            "adx", "sar", "rvol", "parkinson", "garman-klass", "heikin-ashi", "obv", "ad", "adosc", "mfi", "cmf",
            "vwap", "session-vwap");

    /** As the catalogue annualises realised volatility: a market open every day of a 365-day year. */
    private static final double DAYS_PER_YEAR = 365.0;
    private static final double MS_PER_DAY = 86_400_000.0;

    private IncrementalCatalog() {
    }

    static boolean supports(String indicator) {
        return SUPPORTED.contains(indicator);
    }

    static IndicatorDefinition definition(String indicator) {
        return BUILT_IN.find(indicator).orElseThrow(() -> new IllegalArgumentException("no catalogue indicator named '"
                + indicator + "'"));
    }

    /**
     * A fresh incremental indicator for a catalogue entry.
     *
     * @param a         the entry's arguments, validated
     * @param barMillis the bar length, for annualising volatilities as the catalogue does
     */
    static Indicator create(String indicator, double[] a, long barMillis) {
        return switch (indicator) {
            case "sma" -> new Sma(p(a, 0));
            case "ema" -> new Ema(p(a, 0));
            case "wma" -> new Wma(p(a, 0));
            case "dema" -> new Dema(p(a, 0));
            case "tema" -> new Tema(p(a, 0));
            case "kama" -> new Kama(p(a, 0));
            case "macd" -> new Macd(p(a, 0), p(a, 1), p(a, 2));
            case "linreg-slope" -> new LinearRegressionSlope(p(a, 0));
            case "aroon" -> new Aroon(p(a, 0));
            case "trix" -> new Trix(p(a, 0));
            case "rsi" -> new Rsi(p(a, 0));
            case "roc" -> new Roc(p(a, 0));
            case "mom" -> new Momentum(p(a, 0));
            case "willr" -> new WilliamsR(p(a, 0));
            case "cci" -> new Cci(p(a, 0));
            case "stoch" -> new Stochastic(p(a, 0), p(a, 1), p(a, 2));
            case "stochf" -> new StochasticFast(p(a, 0), p(a, 1));
            case "stochrsi" -> new StochasticRsi(p(a, 0), p(a, 1), p(a, 2));
            case "ultosc" -> new UltimateOscillator(p(a, 0), p(a, 1), p(a, 2));
            case "zscore" -> new ZScore(p(a, 0));
            case "min" -> new RollingMin(p(a, 0));
            case "max" -> new RollingMax(p(a, 0));
            case "trange" -> new TrueRange();
            case "atr" -> new Atr(p(a, 0));
            case "natr" -> new Natr(p(a, 0));
            case "bbands" -> new BollingerBands(p(a, 0), a[1]);
            case "stddev" -> new StdDev(p(a, 0));
            case "keltner" -> new KeltnerChannels(p(a, 0), p(a, 1), a[2]);
            case "donchian" -> new DonchianChannels(p(a, 0));
            case "adx" -> new Adx(p(a, 0));
            case "sar" -> new ParabolicSar(a[0], a[1]);
            case "rvol" -> new CloseToCloseVolatility(p(a, 0), periodsPerYear(a[1], barMillis));
            case "parkinson" -> new ParkinsonVolatility(p(a, 0), periodsPerYear(a[1], barMillis));
            case "garman-klass" -> new GarmanKlassVolatility(p(a, 0), periodsPerYear(a[1], barMillis));
            case "heikin-ashi" -> new HeikinAshi();
            case "obv" -> new Obv();
            case "ad" -> new AccumulationDistribution();
            case "adosc" -> new ChaikinOscillator(p(a, 0), p(a, 1));
            case "mfi" -> new Mfi(p(a, 0));
            case "cmf" -> new ChaikinMoneyFlow(p(a, 0));
            case "vwap" -> new RollingVwap(p(a, 0));
            case "session-vwap" -> new SessionVwap();
            default -> throw new IllegalArgumentException("catalogue indicator '" + indicator
                    + "' has no incremental form in the feature package");
        };
    }

    private static int p(double[] a, int i) {
        return (int) a[i];
    }

    /** Bars per 365-day year when annualising, else 1; the same expression as the catalogue's. */
    private static double periodsPerYear(double annualise, long barMillis) {
        return annualise == 0 ? 1.0 : DAYS_PER_YEAR * MS_PER_DAY / barMillis;
    }
}
