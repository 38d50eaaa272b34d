package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Ema;
import dev.kairos.analytics.indicator.Sma;
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
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> Ema.batch(c, (int) a[0])));
    }
}
