package dev.kairos.analytics.catalog;

import dev.kairos.model.market.BarSeries;
import java.util.List;
import java.util.function.BiFunction;

/** Builds catalogue entries from batch functions. */
final class Definitions {
    private Definitions() {
    }

    /** An entry with several outputs computed from the whole bar series. */
    static IndicatorDefinition of(String name, String description, List<IndicatorArg> args, List<String> outputs,
                                  BiFunction<BarSeries, double[], List<double[]>> batch) {
        return new IndicatorDefinition() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<IndicatorArg> args() {
                return args;
            }

            @Override
            public List<String> outputs() {
                return outputs;
            }

            @Override
            public List<double[]> compute(BarSeries bars, double[] a) {
                return batch.apply(bars, a);
            }
        };
    }

    /** A single-output entry over the close. */
    static IndicatorDefinition ofClose(String name, String description, List<IndicatorArg> args,
                                       BiFunction<double[], double[], double[]> batch) {
        return of(name, description, args, List.of(name), (b, a) -> List.of(batch.apply(b.closes(), a)));
    }
}
