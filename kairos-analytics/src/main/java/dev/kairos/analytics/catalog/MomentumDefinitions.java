package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Rsi;
import java.util.List;

/** Oscillators and momentum indicators of the catalogue. */
final class MomentumDefinitions {
    private MomentumDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.ofClose("rsi", "relative strength index, Wilder smoothing (TA-Lib RSI)",
                        List.of(IndicatorArg.period("period", 14)), (c, a) -> Rsi.batch(c, (int) a[0])));
    }
}
