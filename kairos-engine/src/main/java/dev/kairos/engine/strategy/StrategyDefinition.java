package dev.kairos.engine.strategy;

import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.model.InstrumentId;
import java.util.List;

/** A named, parameterised kind of strategy that can create one instance per instrument. */
public interface StrategyDefinition {

    /** The name users type, e.g. {@code sma-cross}. */
    String name();

    /** One line: what it trades on and how confidence is derived. */
    String description();

    List<ParamSpec> params();

    /**
     * Whether the strategy reads the engine's regime ({@code StrategyContext.regime()}); a run of such a
     * strategy with regime tracking off is a configuration error, not a silent run without trades.
     */
    default boolean needsRegimes() {
        return false;
    }

    /**
     * Cross-parameter rules (e.g. fast &lt; slow) and checks of what text parameters name (a file must exist
     * and parse, a member strategy must be known); each problem names its parameter as {@code --param
     * name=value: ...}. Runs before a run starts, so that the CLI reports every problem as a usage error (exit
     * 2): whatever {@link #create} would reject must be rejected here first.
     */
    default List<String> validate(StrategyParams params) {
        return List.of();
    }

    /**
     * The parameters as this strategy will use them, for manifests, summaries and reports: e.g. a preset's values
     * in place of the declared defaults of parameters not given (e3's {@code mode}). An instance created with
     * either gives the same signals. Only called with parameters that {@link #validate} accepts.
     */
    default StrategyParams effective(StrategyParams params) {
        return params;
    }

    /**
     * A fresh instance for one instrument and run. Reads its inputs (e.g. a signals file) here, once, never per
     * bar.
     *
     * @throws IllegalArgumentException when the parameters are invalid; {@link #validate} should have said so
     */
    Strategy create(InstrumentId instrument, StrategyParams params);

    /**
     * A fresh instance that may also read data beyond bars: funding rates, a reference price, order-book
     * imbalance, spread, open interest, as point-in-time {@link SideInputs} (typically through a
     * {@link dev.kairos.analytics.feature.FeatureStream}, which reads each one as of the bar's close and never
     * later). Absent sources are empty series. The engine always calls this form; strategies that read only
     * bars need not override it.
     *
     * @throws IllegalArgumentException when the parameters are invalid; {@link #validate} should have said so
     */
    default Strategy create(InstrumentId instrument, StrategyParams params, SideInputs inputs) {
        return create(instrument, params);
    }
}
