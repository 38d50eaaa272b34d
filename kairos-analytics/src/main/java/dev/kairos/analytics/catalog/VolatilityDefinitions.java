package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.TrueRange;
import java.util.List;

/** Volatility indicators of the catalogue. */
final class VolatilityDefinitions {
    private VolatilityDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.of("trange", "true range (TA-Lib TRANGE; first value at index 1)", List.of(),
                        List.of("trange"), (b, a) -> List.of(TrueRange.batch(b.highs(), b.lows(), b.closes()))),
                Definitions.of("atr", "average true range, Wilder smoothing (TA-Lib ATR)",
                        List.of(IndicatorArg.period("period", 14)), List.of("atr"),
                        (b, a) -> List.of(Atr.batch(b.highs(), b.lows(), b.closes(), (int) a[0]))));
    }
}
