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

    /** Cross-parameter rules (e.g. fast &lt; slow); each problem names its parameters. */
    default List<String> validate(StrategyParams params) {
        return List.of();
    }

    Strategy create(InstrumentId instrument, StrategyParams params);
}
