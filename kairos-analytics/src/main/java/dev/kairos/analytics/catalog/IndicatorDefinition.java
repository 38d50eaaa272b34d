package dev.kairos.analytics.catalog;

import dev.kairos.model.market.BarSeries;
import java.util.List;

/**
 * A named indicator that can be computed in batch over bars. Column names are the output names followed by
 * the formatted arguments, e.g. {@code macd_12_26_9}, {@code macd_signal_12_26_9}.
 */
public interface IndicatorDefinition {

    /** Lower-case name users type, e.g. {@code rsi}. */
    String name();

    /** One line: what it measures and the convention followed (TA-Lib or other). */
    String description();

    List<IndicatorArg> args();

    /** Output names in column order, e.g. {@code [macd, macd_signal, macd_hist]}. */
    List<String> outputs();

    /**
     * Computes every output over the bars; one array per output, each {@code bars.size()} long, NaN during
     * warm-up.
     *
     * @param args one value per {@link #args()}, already validated
     */
    List<double[]> compute(BarSeries bars, double[] args);
}
