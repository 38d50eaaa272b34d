package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Adx;
import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.BollingerBands;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.DonchianChannels;
import dev.kairos.analytics.indicator.GarmanKlassVolatility;
import dev.kairos.analytics.indicator.HeikinAshi;
import dev.kairos.analytics.indicator.KeltnerChannels;
import dev.kairos.analytics.indicator.Natr;
import dev.kairos.analytics.indicator.ParabolicSar;
import dev.kairos.analytics.indicator.ParkinsonVolatility;
import dev.kairos.analytics.indicator.StdDev;
import dev.kairos.analytics.indicator.TrueRange;
import dev.kairos.model.market.BarSeries;
import java.util.List;

/** Volatility, channel, directional-movement and bar-shape indicators of the catalogue. */
final class VolatilityDefinitions {
    /** Days in a year of a market that trades every day, for annualising realised volatility. */
    private static final double DAYS_PER_YEAR = 365.0;
    private static final double MS_PER_DAY = 86_400_000.0;

    private VolatilityDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.of("trange", "true range (TA-Lib TRANGE; first value at index 1)", List.of(),
                        List.of("trange"), (b, a) -> List.of(TrueRange.batch(b.highs(), b.lows(), b.closes()))),
                Definitions.of("atr", "average true range, Wilder smoothing (TA-Lib ATR)",
                        List.of(IndicatorArg.period("period", 14)), List.of("atr"),
                        (b, a) -> List.of(Atr.batch(b.highs(), b.lows(), b.closes(), (int) a[0]))),
                Definitions.of("natr", "ATR in percent of the close (TA-Lib NATR)",
                        List.of(IndicatorArg.period("period", 14)), List.of("natr"),
                        (b, a) -> List.of(Natr.batch(b.highs(), b.lows(), b.closes(), (int) a[0]))),
                Definitions.of("bbands", "Bollinger Bands: SMA of the close ± deviations × population stdev "
                                + "(TA-Lib BBANDS), with %B (fraction) and bandwidth (% of the middle band)",
                        List.of(atLeastTwo("period", 20), IndicatorArg.real("deviations", 2, 0.01, 100)),
                        List.of("bb_upper", "bb_middle", "bb_lower", "bb_percent_b", "bb_bandwidth"),
                        (b, a) -> {
                            BollingerBands.Batch r = BollingerBands.batch(b.closes(), (int) a[0], a[1]);
                            return List.of(r.upper(), r.middle(), r.lower(), r.percentB(), r.bandwidth());
                        }),
                Definitions.ofClose("stddev", "population standard deviation of the close (TA-Lib STDDEV)",
                        List.of(atLeastTwo("period", 20)), (c, a) -> StdDev.batch(c, (int) a[0])),
                Definitions.of("keltner", "Keltner Channels: EMA of the close ± multiplier × ATR (no TA-Lib "
                                + "equivalent; StockCharts' form with TA-Lib's EMA and ATR)",
                        List.of(IndicatorArg.period("ema_period", 20), IndicatorArg.period("atr_period", 10),
                                IndicatorArg.real("multiplier", 2, 0.01, 100)),
                        List.of("kc_upper", "kc_middle", "kc_lower"),
                        (b, a) -> {
                            KeltnerChannels.Batch r = KeltnerChannels.batch(b.highs(), b.lows(), b.closes(),
                                    (int) a[0], (int) a[1], a[2]);
                            return List.of(r.upper(), r.middle(), r.lower());
                        }),
                Definitions.of("donchian", "Donchian Channels: highest high, midpoint and lowest low of the last "
                                + "n bars, current bar included (TA-Lib MAX, MIDPRICE, MIN)",
                        List.of(IndicatorArg.period("period", 20)), List.of("dc_upper", "dc_middle", "dc_lower"),
                        (b, a) -> {
                            DonchianChannels.Batch r = DonchianChannels.batch(b.highs(), b.lows(), b.closes(),
                                    (int) a[0]);
                            return List.of(r.upper(), r.middle(), r.lower());
                        }),
                Definitions.of("adx", "average directional index with +DI and -DI, Wilder (TA-Lib ADX, "
                                + "PLUS_DI, MINUS_DI; the DIs start at index period, the ADX at 2 × period - 1)",
                        List.of(atLeastTwo("period", 14)), List.of("adx", "plus_di", "minus_di"),
                        (b, a) -> {
                            Adx.Batch r = Adx.batch(b.highs(), b.lows(), b.closes(), (int) a[0]);
                            return List.of(r.adx(), r.plusDi(), r.minusDi());
                        }),
                Definitions.of("sar", "parabolic SAR (TA-Lib SAR, its start rule; acceleration <= maximum)",
                        List.of(IndicatorArg.real("acceleration", 0.02, 0.0001, 1),
                                IndicatorArg.real("maximum", 0.2, 0.0001, 1)),
                        List.of("sar"), (b, a) -> List.of(ParabolicSar.batch(b.highs(), b.lows(), a[0], a[1]))),
                Definitions.of("rvol", "close-to-close realised volatility: sample stdev of log returns, per bar "
                                + "or annualised (annualise 1: × sqrt(bars per 365-day year)); no TA-Lib equivalent",
                        List.of(atLeastTwo("period", 20), annualise()), List.of("rvol"),
                        (b, a) -> List.of(CloseToCloseVolatility.batch(b.closes(), (int) a[0],
                                periodsPerYear(b, a[1])))),
                Definitions.of("parkinson", "Parkinson high-low volatility, per bar or annualised (annualise 1); "
                                + "no TA-Lib equivalent",
                        List.of(IndicatorArg.period("period", 20), annualise()), List.of("parkinson"),
                        (b, a) -> List.of(ParkinsonVolatility.batch(b.highs(), b.lows(), (int) a[0],
                                periodsPerYear(b, a[1])))),
                Definitions.of("garman-klass", "Garman-Klass OHLC volatility, per bar or annualised (annualise 1); "
                                + "no TA-Lib equivalent",
                        List.of(IndicatorArg.period("period", 20), annualise()), List.of("garman_klass"),
                        (b, a) -> List.of(GarmanKlassVolatility.batch(b.opens(), b.highs(), b.lows(), b.closes(),
                                (int) a[0], periodsPerYear(b, a[1])))),
                Definitions.of("heikin-ashi", "Heikin-Ashi candles; first open = (open + close) / 2 of the first bar "
                                + "(no TA-Lib equivalent)",
                        List.of(), List.of("ha_open", "ha_high", "ha_low", "ha_close"),
                        (b, a) -> {
                            HeikinAshi.Batch r = HeikinAshi.batch(b.opens(), b.highs(), b.lows(), b.closes());
                            return List.of(r.open(), r.high(), r.low(), r.close());
                        }));
    }

    private static IndicatorArg atLeastTwo(String name, int defaultValue) {
        return new IndicatorArg(name, defaultValue, 2, 100_000, true);
    }

    /** 0: volatility per bar; 1: annualised with the series' bar interval. */
    private static IndicatorArg annualise() {
        return new IndicatorArg("annualise", 0, 0, 1, true);
    }

    /** Bars per 365-day year when annualising, else 1. */
    static double periodsPerYear(BarSeries bars, double annualise) {
        return annualise == 0 ? 1.0 : DAYS_PER_YEAR * MS_PER_DAY / bars.intervalMs();
    }
}
