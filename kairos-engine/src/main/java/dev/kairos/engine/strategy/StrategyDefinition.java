package dev.kairos.engine.strategy;

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
     * Cross-parameter rules (e.g. fast &lt; slow) and checks of what text parameters name (a file must exist
     * and parse, a member strategy must be known); each problem names its parameter as {@code --param
     * name=value: ...}. Runs before a run starts, so that the CLI reports every problem as a usage error (exit
     * 2): whatever {@link #create} would reject must be rejected here first.
     */
    default List<String> validate(StrategyParams params) {
        return List.of();
    }

    /**
     * A fresh instance for one instrument and run. Reads its inputs (e.g. a signals file) here, once, never per
     * bar.
     *
     * @throws IllegalArgumentException when the parameters are invalid; {@link #validate} should have said so
     */
    Strategy create(InstrumentId instrument, StrategyParams params);
}
