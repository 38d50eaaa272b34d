package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Aroon;
import dev.kairos.analytics.indicator.Dema;
import dev.kairos.analytics.indicator.Ema;
import dev.kairos.analytics.indicator.Kama;
import dev.kairos.analytics.indicator.LinearRegressionSlope;
import dev.kairos.analytics.indicator.Macd;
import dev.kairos.analytics.indicator.Sma;
import dev.kairos.analytics.indicator.Tema;
import dev.kairos.analytics.indicator.Trix;
import dev.kairos.analytics.indicator.Wma;
import java.util.List;

/** Moving averages and trend indicators of the catalogue. */
final class TrendDefinitions {
    private TrendDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.ofClose("sma", "simple moving average of the close (TA-Lib SMA)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Sma.batch(c, (int) a[0])),
                Definitions.ofClose("ema", "exponential moving average seeded with the SMA (TA-Lib EMA)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Ema.batch(c, (int) a[0])),
                Definitions.ofClose("wma", "linearly weighted moving average of the close (TA-Lib WMA)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Wma.batch(c, (int) a[0])),
                Definitions.ofClose("dema", "double exponential moving average, 2 EMA - EMA(EMA) (TA-Lib DEMA)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Dema.batch(c, (int) a[0])),
                Definitions.ofClose("tema", "triple exponential moving average (TA-Lib TEMA)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Tema.batch(c, (int) a[0])),
                Definitions.ofClose("kama", "Kaufman adaptive moving average, fast 2, slow 30 (TA-Lib KAMA)",
                        List.of(IndicatorArg.period("period", 10)), (c, a) -> Kama.batch(c, (int) a[0])),
                Definitions.of("macd",
                        "MACD line, signal and histogram; fast EMA aligned to the slow one (TA-Lib MACD)",
                        List.of(IndicatorArg.period("fast", 12), IndicatorArg.period("slow", 26),
                                IndicatorArg.period("signal", 9)),
                        List.of("macd", "macd_signal", "macd_hist"), (b, a) -> {
                            Macd.Batch m = Macd.batch(b.closes(), (int) a[0], (int) a[1], (int) a[2]);
                            return List.of(m.macd(), m.signal(), m.histogram());
                        }),
                Definitions.of("linreg-slope",
                        "slope of the least-squares line through the last closes, per bar (TA-Lib LINEARREG_SLOPE)",
                        List.of(new IndicatorArg("period", 14, 2, 100_000, true)), List.of("linreg_slope"),
                        (b, a) -> List.of(LinearRegressionSlope.batch(b.closes(), (int) a[0]))),
                Definitions.of("aroon", "Aroon up, down and oscillator of the highs and lows (TA-Lib AROON, AROONOSC)",
                        List.of(IndicatorArg.period("period", 14)), List.of("aroon_up", "aroon_down", "aroon_osc"),
                        (b, a) -> {
                            Aroon.Batch r = Aroon.batch(b.highs(), b.lows(), (int) a[0]);
                            return List.of(r.up(), r.down(), r.oscillator());
                        }),
                Definitions.ofClose("trix", "1-bar rate of change of a triple EMA, in percent (TA-Lib TRIX)",
                        List.of(IndicatorArg.period("period", 15)), (c, a) -> Trix.batch(c, (int) a[0])));
    }
}
