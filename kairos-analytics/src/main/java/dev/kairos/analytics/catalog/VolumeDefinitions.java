package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.AccumulationDistribution;
import dev.kairos.analytics.indicator.ChaikinMoneyFlow;
import dev.kairos.analytics.indicator.ChaikinOscillator;
import dev.kairos.analytics.indicator.Mfi;
import dev.kairos.analytics.indicator.Obv;
import dev.kairos.analytics.indicator.RollingVwap;
import dev.kairos.analytics.indicator.SessionVwap;
import java.util.List;

/** Volume indicators of the catalogue. */
final class VolumeDefinitions {
    private VolumeDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.of("obv", "on-balance volume, starting at the first bar's volume (TA-Lib OBV)",
                        List.of(), List.of("obv"), (b, a) -> List.of(Obv.batch(b.closes(), b.volumes()))),
                Definitions.of("ad", "Chaikin accumulation/distribution line (TA-Lib AD)", List.of(),
                        List.of("ad_line"),
                        (b, a) -> List.of(AccumulationDistribution.batch(b.highs(), b.lows(), b.closes(),
                                b.volumes()))),
                Definitions.of("adosc", "Chaikin oscillator: fast EMA - slow EMA of the A/D line, EMAs seeded "
                                + "with the first A/D value (TA-Lib ADOSC)",
                        List.of(atLeastTwo("fast_period", 3), atLeastTwo("slow_period", 10)), List.of("adosc"),
                        (b, a) -> List.of(ChaikinOscillator.batch(b.highs(), b.lows(), b.closes(), b.volumes(),
                                (int) a[0], (int) a[1]))),
                Definitions.of("mfi", "money flow index (TA-Lib MFI)", List.of(IndicatorArg.period("period", 14)),
                        List.of("mfi"),
                        (b, a) -> List.of(Mfi.batch(b.highs(), b.lows(), b.closes(), b.volumes(), (int) a[0]))),
                Definitions.of("cmf", "Chaikin money flow: n-bar money flow volume / n-bar volume (no TA-Lib "
                                + "equivalent)",
                        List.of(IndicatorArg.period("period", 20)), List.of("cmf"),
                        (b, a) -> List.of(ChaikinMoneyFlow.batch(b.highs(), b.lows(), b.closes(), b.volumes(),
                                (int) a[0]))),
                Definitions.of("vwap", "rolling n-bar volume-weighted average of the typical price (no TA-Lib "
                                + "equivalent)",
                        List.of(IndicatorArg.period("period", 14)), List.of("vwap"),
                        (b, a) -> List.of(RollingVwap.batch(b.highs(), b.lows(), b.closes(), b.volumes(),
                                (int) a[0]))),
                Definitions.of("session-vwap", "volume-weighted average of the typical price since 00:00 UTC (no "
                                + "TA-Lib equivalent)",
                        List.of(), List.of("session_vwap"),
                        (b, a) -> List.of(SessionVwap.batch(b.timestamps(), b.highs(), b.lows(), b.closes(),
                                b.volumes()))));
    }

    private static IndicatorArg atLeastTwo(String name, int defaultValue) {
        return new IndicatorArg(name, defaultValue, 2, 100_000, true);
    }
}
